/**
 * Which page gets which URL: one page per URL, and none on the URLs the site
 * itself uses.
 */
import { error, type Diagnostic } from './diagnostics'
import type { LoadedSource } from './page-sources'

/** URLs the site itself uses, whatever the content; pages made from data (people, teams) add theirs (see `reservedUrls`). */
const RESERVED_URLS: ReadonlyMap<string, string> = new Map([
  ['/404', 'the "page not found" page'],
  ['/404.html', 'the "page not found" page'],
  ['/dev-404-page', 'the development 404 page'],
  ['/search', 'the search results page'],
])

/** The one registry of URLs no content page may take: the site's own, and those of generated pages (URL → what it is). */
export function reservedUrls(generated: ReadonlyMap<string, string> = new Map()): ReadonlyMap<string, string> {
  return new Map([...generated, ...RESERVED_URLS])
}

/** Keeps the first page of each URL; every later one is an error naming both files. */
export function assignRoutes(sources: readonly LoadedSource[], diagnostics: Diagnostic[], reserved: ReadonlyMap<string, string> = reservedUrls()): LoadedSource[] {
  const byUrl = new Map<string, LoadedSource>()
  for (const source of sources) {
    const taken = reserved.get(source.url)
    if (taken) {
      diagnostics.push(
        error('url-reserved', source.file.sourcePath, `its URL ${source.url} is used by ${taken}. Rename the file or set another slug in its frontmatter`, 1),
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
          1,
        ),
      )
      continue
    }
    byUrl.set(source.url, source)
  }
  return [...byUrl.values()]
}
