/**
 * The search engine of this page, opened once: its files are fetched from
 * the search folder under the site's root (see ../site-root.ts), so they
 * load the same way under a path prefix and in `gatsby develop`, where the
 * dev server answers for them.
 */
import { SEARCH_FOLDER } from '../../shared/output'
import { SearchEngine } from '../../shared/search/engine'
import { SEARCH_MANIFEST } from '../../shared/search/format'
import { siteRoot } from '../site-root'

let opening: Promise<SearchEngine> | undefined
let opened: SearchEngine | undefined

/** The folder of the page's language's search files (`ja/`), as the server renderer wrote it on <html data-search-folder>; "" with one language or on a page of the default one. */
export function languageFolder(): string {
  return document.documentElement.dataset.searchFolder ?? ''
}

async function fetchJson(file: string): Promise<unknown> {
  // The manifest's name never changes: ask the server whether it did; the other files are named by content.
  const response = await fetch(`${siteRoot()}${SEARCH_FOLDER}/${languageFolder()}${file}`, file === SEARCH_MANIFEST ? { cache: 'no-cache' } : {})
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
