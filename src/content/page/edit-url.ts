/** "Edit this page" links into the handbook's repository. */
import type { RepositorySettings } from '../settings'
import { isSafeUrl } from '../../shared/url-safety'

/** The repository's URL when it is one a link may carry; a value that slipped past the settings' check (an environment variable) makes no link. */
function repositoryUrl(repository: RepositorySettings): string | undefined {
  return repository.url && isSafeUrl(repository.url, 'web') ? repository.url.trim() : undefined
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    // Not an absolute URL: the host is what comes before the first slash after any scheme.
    return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? ''
  }
}

/** The URL of the web editor for a page's file, or undefined when no repository is configured. */
export function editUrl(repository: RepositorySettings, sourcePath: string): string | undefined {
  const url = repositoryUrl(repository)
  if (!url) return undefined
  const file = [repository.contentPath, sourcePath].filter(Boolean).join('/')
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  // GitLab puts its editor under /-/edit/; GitHub, Gitea and Forgejo use /edit/.
  // Only the host tells: a GitHub repository may be named gitlab.tools.
  const editor = /gitlab\./i.test(hostOf(url)) ? '-/edit' : 'edit'
  return `${url}/${editor}/${encodeURIComponent(repository.branch)}/${encoded}`
}

function fileOf(repository: RepositorySettings, sourcePath: string): string {
  const file = [repository.contentPath, sourcePath].filter(Boolean).join('/')
  return file.split('/').map(encodeURIComponent).join('/')
}

/** The URL of a page file's history on the repository host (`<repo>/commits/<branch>/<path>`), or undefined without a repository. */
export function historyUrl(repository: RepositorySettings, sourcePath: string): string | undefined {
  const url = repositoryUrl(repository)
  if (!url) return undefined
  const commits = /gitlab\./i.test(hostOf(url)) ? '-/commits' : 'commits'
  return `${url}/${commits}/${encodeURIComponent(repository.branch)}/${fileOf(repository, sourcePath)}`
}

/** The URL of one commit on the repository host, or undefined without a repository. */
export function commitUrl(repository: RepositorySettings, hash: string): string | undefined {
  const url = repositoryUrl(repository)
  if (!url) return undefined
  const commit = /gitlab\./i.test(hostOf(url)) ? '-/commit' : 'commit'
  return `${url}/${commit}/${encodeURIComponent(hash)}`
}
