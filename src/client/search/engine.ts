/**
 * The search engine of this page, opened once: its files are fetched from
 * the folder the header's search form names (`data-search-index`, which
 * carries the site's path prefix), so they load the same way under a prefix
 * and in `gatsby develop`, where the dev server answers for them.
 */
import { SearchEngine } from '../../shared/search/engine'
import { SEARCH_FOLDER, SEARCH_MANIFEST } from '../../shared/search/format'

let opening: Promise<SearchEngine> | undefined
let opened: SearchEngine | undefined

/** URL path of the search files' folder, ending with "/". */
export function searchFolder(): string {
  const named = document.querySelector<HTMLElement>('[data-search-index]')?.dataset.searchIndex
  return named || `/${SEARCH_FOLDER}/`
}

/** The site's root path ("/" or "/prefix/"). */
export function siteRoot(): string {
  const folder = searchFolder()
  return folder.endsWith(`${SEARCH_FOLDER}/`) ? folder.slice(0, -SEARCH_FOLDER.length - 1) : '/'
}

/** Link to a page, or to a section of it. */
export function pageHref(url: string, anchor = ''): string {
  return `${siteRoot()}${url.replace(/^\//, '')}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`
}

/** The link to the search results page for a query. */
export function resultsHref(query: string): string {
  return `${siteRoot()}search?q=${encodeURIComponent(query)}`
}

async function fetchJson(file: string): Promise<unknown> {
  // The manifest's name never changes: ask the server whether it did; the other files are named by content.
  const response = await fetch(`${searchFolder()}${file}`, file === SEARCH_MANIFEST ? { cache: 'no-cache' } : {})
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`)
  return response.json()
}

export function openEngine(): Promise<SearchEngine> {
  if (!opening) {
    opening = SearchEngine.open(fetchJson).then((engine) => (opened = engine))
    // A failed load (offline, a deploy in progress) is tried again on the next query.
    opening.catch(() => (opening = undefined))
  }
  return opening
}

/** The engine when it is already open (no loading state to show). */
export function openedEngine(): SearchEngine | undefined {
  return opened
}
