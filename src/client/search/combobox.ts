/**
 * The header search, following the WAI-ARIA combobox pattern: the input
 * (role="combobox") controls a listbox of results grouped by page
 * (role="group", each labelled by its page), every result a link with
 * role="option". The highlighted option is named by aria-activedescendant;
 * focus stays in the input. ↑/↓ move, Enter opens the highlighted result
 * (or the results page), Escape closes, then clears. Results show on every
 * keystroke from what is loaded; the text of the results shown (snippets,
 * section headings) is fetched once typing settles (SETTLE_MS).
 */
import type { SearchResults } from '../../shared/search/engine'
import { element } from '../dom'
import { openEngine, openedEngine } from './engine'
import { comboboxResults, correctionNote } from './render'
import { text } from '../messages'

const RESULT_PAGES = 8
const SECTIONS_PER_PAGE = 3
/** Snippets (and the section names they come with) are fetched once typing pauses this long, for the results shown only. */
export const SETTLE_MS = 150

type State = 'empty' | 'loading' | 'results' | 'none' | 'error'

export class SearchBox {
  private readonly input: HTMLInputElement
  private readonly panel: HTMLElement
  private readonly listbox: HTMLElement
  private readonly status: HTMLElement
  private readonly announcer: HTMLElement
  private options: HTMLAnchorElement[] = []
  private active = -1
  private sequence = 0
  private lastQuery: string | undefined
  private settleTimer = 0

  constructor(private readonly root: HTMLElement) {
    this.input = root.querySelector<HTMLInputElement>('[data-search-input]')!
    this.panel = root.querySelector<HTMLElement>('[data-search-panel]')!
    this.listbox = root.querySelector<HTMLElement>('[role="listbox"]')!
    this.status = root.querySelector<HTMLElement>('[data-search-status]')!
    this.announcer = root.querySelector<HTMLElement>('[data-search-announcer]')!
    const form = root.querySelector('form')
    if (form && !form.querySelector('[data-search-close]')) {
      // Phones show search over the page: a visible way out besides Escape.
      const close = element('button', 'search-close', text('searchCancel'))
      close.type = 'button'
      close.setAttribute('data-search-close', '')
      form.append(close)
    }
    this.listbox.id ||= 'search-listbox'
    this.input.setAttribute('aria-controls', this.listbox.id)
  }

  get isOpen(): boolean {
    return !this.panel.hidden
  }

  open(): void {
    if (!this.isOpen) {
      this.panel.hidden = false
      this.root.setAttribute('data-open', '')
      this.input.setAttribute('aria-expanded', 'true')
    }
    if (this.input.value.trim() !== this.lastQuery) void this.update()
  }

  close(): void {
    this.panel.hidden = true
    this.root.removeAttribute('data-open')
    this.input.setAttribute('aria-expanded', 'false')
    this.setActive(-1)
  }

  private setState(state: State, message: string, hint = '', keys = '', note?: HTMLElement): void {
    this.root.dataset.state = state
    // What the panel shows results for (tests and styles can wait for it).
    this.root.dataset.query = this.lastQuery ?? ''
    this.status.replaceChildren()
    if (note) this.status.append(note)
    if (message) this.status.append(element('span', 'search-message', message))
    if (hint) this.status.append(element('span', 'search-hint', hint))
    if (keys) this.status.append(element('span', 'search-hint search-keys', keys))
    this.status.hidden = !message && !hint && !keys && !note
  }

  private announce(message: string): void {
    // A fresh text node each time, so the same words are announced again.
    this.announcer.textContent = ''
    window.setTimeout(() => (this.announcer.textContent = message), 50)
  }

  /** Runs the current query and shows its results (or the empty, loading, error state). */
  async update(): Promise<void> {
    const query = this.input.value.trim()
    this.lastQuery = query
    const sequence = ++this.sequence
    if (!query) {
      this.showResults(undefined)
      const engine = openedEngine()
      const intro = engine ? text('searchIntro', { count: engine.pageCount }) : text('searchIntroHandbook')
      this.setState('empty', intro, '', text('searchKeys'))
      if (!engine) void openEngine().catch(() => undefined)
      return
    }
    if (!openedEngine()) {
      this.showResults(undefined)
      this.setState('loading', text('searchLoading'))
    }
    window.clearTimeout(this.settleTimer)
    delete this.root.dataset.settled
    let results: SearchResults
    try {
      const engine = await openEngine()
      // Titles, and the headings of what is loaded, at once; snippets once typing settles.
      results = await engine.search(query, { pages: RESULT_PAGES, sectionsPerPage: SECTIONS_PER_PAGE, sectionNames: false })
    } catch {
      if (sequence !== this.sequence) return
      this.showResults(undefined)
      this.setState('error', text('searchFailed'), text('searchRetry'))
      this.announce(text('searchFailed'))
      return
    }
    if (sequence !== this.sequence) return
    if (results.pages.length === 0) {
      this.showResults(undefined)
      this.setState('none', text('noResultsFor', { query }), text('noResultsHint'))
      this.root.dataset.settled = ''
      this.announce(text('noResultsFor', { query }))
      return
    }
    this.showResults(results)
    this.setState('results', results.partial ? text('searchPartial', { count: results.total }) : '', '', '', correctionNote(results))
    this.announce(`${results.correctedQuery ? `${text('showingResultsFor', { query: results.correctedQuery })} ` : ''}${text('searchFound', { count: results.total })}`)
    this.settleTimer = window.setTimeout(() => void this.settle(sequence, results), SETTLE_MS)
  }

  /** Once typing pauses: the sections' names and snippets of the results shown, in place. */
  private async settle(sequence: number, results: SearchResults): Promise<void> {
    try {
      const engine = await openEngine()
      await engine.addSnippets(results)
    } catch {
      // Results without snippets are still results.
    }
    if (sequence !== this.sequence) return
    const active = this.active
    this.showResults(results)
    if (active >= 0) this.setActive(Math.min(active, this.options.length - 1))
    // Tests and the benchmark can wait for the final list.
    this.root.dataset.settled = ''
  }

  private showResults(results: SearchResults | undefined): void {
    this.setActive(-1)
    this.options = []
    this.listbox.replaceChildren()
    if (!results) {
      this.listbox.hidden = true
      return
    }
    this.listbox.hidden = false
    const { groups, options } = comboboxResults(results)
    this.listbox.append(...groups)
    this.options = options
  }

  private setActive(index: number): void {
    const previous = this.options[this.active]
    if (previous) {
      previous.setAttribute('aria-selected', 'false')
      previous.removeAttribute('data-active')
    }
    this.active = index
    const next = this.options[index]
    if (!next) {
      this.input.removeAttribute('aria-activedescendant')
      return
    }
    next.setAttribute('aria-selected', 'true')
    next.setAttribute('data-active', '')
    this.input.setAttribute('aria-activedescendant', next.id)
    next.scrollIntoView({ block: 'nearest' })
  }

  private move(step: number): void {
    if (this.options.length === 0) return
    const count = this.options.length
    const next = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count
    this.setActive(next)
  }

  onKeyDown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault()
        if (!this.isOpen) this.open()
        this.move(event.key === 'ArrowDown' ? 1 : -1)
        break
      case 'Enter': {
        const option = this.options[this.active]
        if (!option || !this.isOpen) return
        event.preventDefault()
        this.follow(option)
        break
      }
      case 'Escape':
        if (this.isOpen) {
          event.preventDefault()
          this.close()
        } else if (this.input.value) {
          event.preventDefault()
          this.input.value = ''
          this.lastQuery = undefined
        }
        break
      default:
        break
    }
  }

  /** Goes to a result; on the same page, only the hash changes and the heading is scrolled to. */
  follow(option: HTMLAnchorElement): void {
    this.close()
    const target = new URL(option.href, location.href)
    if (target.pathname === location.pathname && target.search === location.search && target.hash) {
      if (target.hash === location.hash) document.getElementById(decodeURIComponent(target.hash.slice(1)))?.scrollIntoView()
      else location.hash = target.hash
      this.input.blur()
      return
    }
    location.assign(option.href)
  }

  onInput(): void {
    if (!this.isOpen) this.open()
    else void this.update()
  }

  contains(node: Node | null): boolean {
    return !!node && this.root.contains(node)
  }
}
