/**
 * Which page gets which URL: one page per URL, and none on the URLs the site
 * itself uses.
 */
import { error, type Diagnostic } from '../common/diagnostics'
import type { LoadedSource } from './page-sources'
import { urlFromSourcePath } from '../links/url'
import { BUILD_FOLDERS, reservedUrls } from '../links/site-addresses'

/** The frontmatter field that set the page's URL (page-sources.ts), when one did. */
function addressField(source: LoadedSource): 'slug' | 'url' | 'permalink' | undefined {
  if (source.frontmatter.slug !== undefined) return 'slug'
  if (source.frontmatter.url !== undefined) return 'url'
  return typeof source.frontmatter.permalink === 'string' ? 'permalink' : undefined
}

/** Keeps the first page of each URL; every later one is an error naming both files. */
export function assignRoutes(sources: readonly LoadedSource[], diagnostics: Diagnostic[], reserved: ReadonlyMap<string, string> = reservedUrls()): LoadedSource[] {
  const byUrl = new Map<string, LoadedSource>()
  // The root index page owns the home page: a slug onto / elsewhere is refused, whichever file comes first.
  const home = sources.find((source) => source.url === '/' && urlFromSourcePath(source.file.sourcePath) === '/')
  for (const source of sources) {
    // A URL set in the frontmatter is reported at its field, one made from the file's path at the top.
    const set = addressField(source)
    const at = (set && source.fieldLines[set]) ?? 1
    if (home && source !== home && source.url === '/') {
      const field = set ?? 'url'
      diagnostics.push(
        error(
          'url-home',
          source.file.sourcePath,
          `${field} "${source.frontmatter[field] ?? ''}" makes this page the home page (/), which is ${home.file.sourcePath}. Remove "${field}" or write another path such as "${urlFromSourcePath(source.file.sourcePath)}"`,
          at,
        ),
      )
      continue
    }
    const top = source.url.split('/')[1]!.toLowerCase()
    const taken = reserved.get(source.url) ?? (BUILD_FOLDERS.includes(top) ? `the folder /${top}/, which the build fills` : undefined)
    if (taken) {
      diagnostics.push(error('url-reserved', source.file.sourcePath, `its URL ${source.url} is used by ${taken}. Rename the file or set another slug in its frontmatter`, at))
      continue
    }
    const first = byUrl.get(source.url)
    if (first) {
      diagnostics.push(
        error(
          'url-duplicate',
          source.file.sourcePath,
          `${first.file.sourcePath} and ${source.file.sourcePath} would both be the page ${source.url}. Rename one of the files or give one a different "slug" in its frontmatter`,
          at,
        ),
      )
      continue
    }
    byUrl.set(source.url, source)
  }
  return [...byUrl.values()]
}
