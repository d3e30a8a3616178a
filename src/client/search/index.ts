/**
 * The search chunk, loaded by src/client/search-trigger.ts on first use.
 * Listeners are delegated to the document (as in the rest of src/client), so
 * they keep working when `gatsby develop` re-renders the header.
 */
import { SearchBox } from './combobox'
import { startResultsPage, startSuggestions } from './pages'

const boxes = new WeakMap<HTMLElement, SearchBox>()
let installed = false

function boxFor(target: EventTarget | null): SearchBox | undefined {
  const root = target instanceof Element ? target.closest<HTMLElement>('[data-search]') : null
  if (!root?.querySelector('[data-search-panel]') || !root.querySelector('[data-search-input]')) return undefined
  let box = boxes.get(root)
  if (!box) boxes.set(root, (box = new SearchBox(root)))
  return box
}

function isSearchInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.matches('[data-search-input]')
}

function install(): void {
  if (installed) return
  installed = true
  document.addEventListener('input', (event) => {
    if (isSearchInput(event.target)) boxFor(event.target)?.onInput()
  })
  document.addEventListener('keydown', (event) => {
    if (isSearchInput(event.target)) boxFor(event.target)?.onKeyDown(event)
  })
  document.addEventListener('focusin', (event) => {
    if (isSearchInput(event.target)) boxFor(event.target)?.open()
  })
  document.addEventListener('focusout', (event) => {
    const box = boxFor(event.target)
    if (box && !box.contains(event.relatedTarget as Node | null)) box.close()
  })
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null
    const close = target?.closest('[data-search-close]')
    if (close) {
      boxFor(close)?.close()
      ;(document.activeElement as HTMLElement | null)?.blur()
      return
    }
    const option = target?.closest<HTMLAnchorElement>('[data-search] a[role="option"]')
    // A plain click goes through the box (same-page sections scroll); modified clicks open tabs as links do.
    if (option && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      boxFor(option)?.follow(option)
    }
  })
}

/** Called when the header field gets focus (the focus that loaded this chunk). */
export function activate(input: HTMLInputElement): void {
  install()
  if (document.activeElement === input) boxFor(input)?.open()
}

/** The /search page and the 404 page show results without being asked. */
export function startPage(): void {
  install()
  const results = document.querySelector<HTMLElement>('[data-search-page]')
  if (results) startResultsPage(results)
  const suggestions = document.querySelector<HTMLElement>('[data-search-suggest]')
  if (suggestions) startSuggestions(suggestions)
}
