/**
 * Which page gets which URL: one page per URL, and none on the URLs the site
 * itself uses.
 */
import { error, type Diagnostic } from '../common/diagnostics'
import type { LoadedSource } from './page-sources'
import { urlFromSourcePath } from '../links/url'
import { OUTPUT_FOLDER } from '../../shared/output'

/** URLs the site itself uses, whatever the content; pages made from data (people, teams) add theirs (see `reservedUrls`). */
const RESERVED_URLS: ReadonlyMap<string, string> = new Map([
  ['/404', 'the "page not found" page'],
  ['/404.html', 'the "page not found" page'],
  ['/dev-404-page', 'the development 404 page'],
  // The home page's Markdown copy is /index.md and its data page-data/index/: a page at /index would overwrite both.
  ['/index', 'the home page (its files index.md and page-data/index)'],
  ['/search', 'the search results page'],
])

/** Folders the build fills: Gatsby's page data and assets, and the handbook's own (search index, scripts); no page or redirect goes in them. */
export const BUILD_FOLDERS: readonly string[] = ['page-data', 'static', '_gatsby', OUTPUT_FOLDER, '~partytown']

/** The one registry of URLs no content page may take: the site's own, and those of generated pages (URL → what it is). */
export function reservedUrls(generated: ReadonlyMap<string, string> = new Map()): ReadonlyMap<string, string> {
  return new Map([...generated, ...RESERVED_URLS])
}

/** Keeps the first page of each URL; every later one is an error naming both files. */
export function assignRoutes(sources: readonly LoadedSource[], diagnostics: Diagnostic[], reserved: ReadonlyMap<string, string> = reservedUrls()): LoadedSource[] {
  const byUrl = new Map<string, LoadedSource>()
  // The root index page owns the home page: a slug onto / elsewhere is refused, whichever file comes first.
  const home = sources.find((source) => source.url === '/' && urlFromSourcePath(source.file.sourcePath) === '/')
  for (const source of sources) {
    // A URL set in the frontmatter is reported at its field, one made from the file's path at the top.
    const at = source.fieldLines.slug ?? source.fieldLines.url ?? 1
    if (home && source !== home && source.url === '/') {
      const field = source.frontmatter.slug !== undefined ? 'slug' : 'url'
      diagnostics.push(
        error('url-home', source.file.sourcePath, `${field} "${source.frontmatter[field] ?? ''}" makes this page the home page (/), which is ${home.file.sourcePath}. Remove "${field}" or write another path such as "${urlFromSourcePath(source.file.sourcePath)}"`, at),
      )
      continue
    }
    const top = source.url.split('/')[1]!.toLowerCase()
    const taken = reserved.get(source.url) ?? (BUILD_FOLDERS.includes(top) ? `the folder /${top}/, which the build fills` : undefined)
    if (taken) {
      diagnostics.push(
        error('url-reserved', source.file.sourcePath, `its URL ${source.url} is used by ${taken}. Rename the file or set another slug in its frontmatter`, at),
      )
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
