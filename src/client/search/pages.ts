/**
 * Pages that search by themselves: /search?q=… (a results page that can be
 * linked to and works as the header form's target) and the 404 page, which
 * suggests pages whose address or words are close to the missing one.
 */
import { distance } from 'fastest-levenshtein'
import { element } from '../dom'
import { siteRoot } from '../site-root'
import { openEngine } from './engine'
import { correctionNote, resultsList, suggestionItems, type Suggestion } from './render'
import { text } from '../messages'

const PAGE_RESULTS = 50
const PAGE_SECTIONS = 5

export function startResultsPage(container: HTMLElement): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-page-input]')
  const status = document.querySelector<HTMLElement>('[data-search-page-status]')
  const form = input?.form
  if (!input || !status) return
  let sequence = 0
  let timer = 0

  const show = (message: string, hint = '') => {
    status.replaceChildren(element('span', 'search-message', message))
    if (hint) status.append(element('span', 'search-hint', hint))
  }

  const run = async (query: string) => {
    const current = ++sequence
    const trimmed = query.trim()
    if (!trimmed) {
      container.replaceChildren()
      show(text('searchTypeWord'))
      return
    }
    show(text('searching'))
    try {
      const engine = await openEngine()
      const results = await engine.addSnippets(await engine.search(trimmed, { pages: PAGE_RESULTS, sectionsPerPage: PAGE_SECTIONS, corrections: !exact }))
      if (current !== sequence) return
      container.replaceChildren(resultsList(results))
      const note = correctionNote(results)
      if (results.pages.length === 0) {
        show(text('noResultsFor', { query: trimmed }), text('noResultsHint'))
      } else {
        const shown = results.total > results.pages.length ? ` ${text('searchBestShown', { number: results.pages.length })}` : ''
        const values = { count: results.total, query: results.correctedQuery ?? trimmed, shown }
        show(results.partial ? text('searchPagePartial', values) : text('searchPageResults', values))
        if (note) status.prepend(note)
      }
    } catch {
      if (current !== sequence) return
      container.replaceChildren()
      show(text('searchFailed'), text('searchReload'))
    }
  }

  const params = new URLSearchParams(location.search)
  const query = params.get('q') ?? ''
  // The query as typed, without corrections (the link beside "Showing results for …"); typing again searches as usual.
  let exact = params.get('exact') === '1'
  input.value = query
  void run(query)
  input.addEventListener('input', () => {
    window.clearTimeout(timer)
    exact = false
    timer = window.setTimeout(() => {
      const url = new URL(location.href)
      url.searchParams.delete('exact')
      url.searchParams.set('q', input.value)
      history.replaceState(null, '', url)
      void run(input.value)
    }, 120)
  })
  form?.addEventListener('submit', (event) => {
    event.preventDefault()
    window.clearTimeout(timer)
    const url = new URL(location.href)
    url.searchParams.set('q', input.value)
    history.replaceState(null, '', url)
    void run(input.value)
  })
}

/** The missing address, without the site's prefix, decoded. */
function missingPath(): string {
  const root = siteRoot()
  let path = location.pathname
  if (path.startsWith(root)) path = `/${path.slice(root.length)}`
  try {
    path = decodeURIComponent(path)
  } catch {
    // Keep a malformed address as it is.
  }
  return (
    path
      .replace(/\/+$/, '')
      .replace(/\.(html?|md|mdx)$/i, '')
      .replace(/\/index$/, '') || '/'
  )
}

export async function startSuggestions(container: HTMLElement): Promise<void> {
  const list = container.querySelector<HTMLElement>('[data-search-suggest-list]')
  if (!list) return
  const path = missingPath()
  const words = path.split(/[/\-_.\s]+/).filter((word) => word.length > 1 && !/^\d+$/.test(word))
  try {
    const engine = await openEngine()
    const picked = new Map<string, Suggestion>()
    // Addresses one typo or a moved folder away.
    const near = engine.pages
      .map((page) => ({ page, distance: distance(path.toLowerCase(), page[0].toLowerCase()) }))
      .filter(({ distance: d }) => d <= Math.max(2, Math.floor(path.length * 0.25)))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, 3)
    for (const { page } of near) picked.set(page[0], { url: page[0], title: page[1], crumbs: engine.pageCrumbs(page) })
    if (words.length > 0) {
      const results = await engine.search(words.join(' '), { pages: 5, sectionsPerPage: 1 })
      for (const page of results.pages) {
        if (!picked.has(page.url)) picked.set(page.url, { url: page.url, title: page.title, crumbs: page.crumbs })
      }
    }
    const suggestions = [...picked.values()].slice(0, 5)
    if (suggestions.length === 0) return
    list.replaceChildren(...suggestionItems(suggestions))
    container.hidden = false
  } catch {
    // No suggestions without the index; the page still says what happened.
  }
}
