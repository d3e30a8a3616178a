/**
 * What the build itself writes into public/, whatever the content: files at
 * the site's root and the folders Gatsby and the handbook fill. No redirect
 * and no published content file may take one of these paths: it would
 * overwrite the build's file, or be overwritten by it without a word.
 */
import { BUILD_FOLDERS } from './routes'
import { CHANGES_FEED_FILE } from '../features/changes/page'
import { LLMS_FILE, LLMS_FULL_FILE } from '../features/markdown-copy/build'

/** Files the build writes at the site's root (compared without case: hosts on case-insensitive disks serve either). */
const BUILD_FILES: ReadonlySet<string> = new Set(['robots.txt', 'sitemap.xml', LLMS_FILE, LLMS_FULL_FILE, CHANGES_FEED_FILE, '_redirects', '404.html'])

/** What the build writes at `sitePath` (`/robots.txt`, `static/x.png`), in words after "is", or undefined. */
export function buildOutputAt(sitePath: string): string | undefined {
  const relative = sitePath.replace(/^\/+/, '')
  if (BUILD_FILES.has(relative.toLowerCase())) return `a file the build writes (/${relative})`
  const top = relative.split('/')[0]!
  if (BUILD_FOLDERS.includes(top.toLowerCase())) return `the folder /${top}/, which the build fills`
  return undefined
}
