/** "Edit this page" links into the handbook's repository. */
import type { RepositorySettings } from './config'

/** The URL of the web editor for a page's file, or undefined when no repository is configured. */
export function editUrl(repository: RepositorySettings, sourcePath: string): string | undefined {
  if (!repository.url) return undefined
  const file = [repository.contentPath, sourcePath].filter(Boolean).join('/')
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  // GitLab puts its editor under /-/edit/; GitHub, Gitea and Forgejo use /edit/.
  const editor = /gitlab\./i.test(repository.url) ? '-/edit' : 'edit'
  return `${repository.url}/${editor}/${encodeURIComponent(repository.branch)}/${encoded}`
}
