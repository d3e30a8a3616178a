/**
 * The only search code in the first page load: it waits for the reader to
 * focus the search field, press `/` or Ctrl/Cmd-K, then loads the search
 * module (a separate chunk) with `import()`. Pages that show results by
 * themselves (/search, the 404 page) load it at once.
 */
type SearchModule = typeof import('./search/index')

let loading: Promise<SearchModule> | undefined

const load = (): Promise<SearchModule> => (loading ??= import('./search/index'))

const INPUT = '[data-search-input]'

function editable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

export function installSearchTrigger(): void {
  document.addEventListener('focusin', (event) => {
    const input = event.target
    if (input instanceof HTMLInputElement && input.matches(INPUT)) void load().then((search) => search.activate(input))
  })
  document.addEventListener('keydown', (event) => {
    const shortcut = ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target))
    const input = document.querySelector<HTMLInputElement>(INPUT)
    if (!shortcut || !input || event.defaultPrevented) return
    event.preventDefault()
    input.focus()
    input.select()
  })
}

/** Makes the header field a combobox (with JavaScript only), and starts pages that search on load. */
export function enhanceSearch(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>(INPUT)) {
    for (const [name, value] of [
      ['role', 'combobox'],
      ['aria-autocomplete', 'list'],
      ['aria-expanded', 'false'],
    ])
      input.setAttribute(name!, value!)
  }
  if (document.querySelector('[data-search-page],[data-search-suggest]')) void load().then((search) => search.startPage())
}
