/**
 * The directory's filter (/people): a field that narrows the cards as you
 * type. The page lists everyone without JavaScript; this module, loaded only
 * where `[data-people-filter]` exists, shows the field, hides the cards that
 * do not match every word typed (in any order, case and accents ignored),
 * says how many match, and keeps the query in `?q=` so a reload or a shared
 * link shows the same people. Built for thousands of cards: each card's text
 * is folded once, and a keystroke only flips `hidden` on cards that change.
 */
import { countText, fold, matches, queryWords } from '../shared/people/filter-match'
import { text as messageText } from './messages'

interface Card {
  node: HTMLElement
  /** The card's data-filter, folded once. */
  text: string
}

/** The URL parameter that keeps the query across a reload. */
const PARAM = 'q'

function rememberQuery(query: string): void {
  const url = new URL(window.location.href)
  if (query.trim()) url.searchParams.set(PARAM, query)
  else url.searchParams.delete(PARAM)
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url)
}

/** Makes the filter in `root` work over the directory's cards; once per element. */
export function startPeopleFilter(root: HTMLElement): void {
  if (root.dataset.peopleFilterReady) return
  const input = root.querySelector<HTMLInputElement>('input')
  const status = root.querySelector<HTMLElement>('[role="status"]')
  if (!input || !status) return
  root.dataset.peopleFilterReady = 'true'
  const cards: Card[] = Array.from(document.querySelectorAll<HTMLElement>('.people-directory > [data-filter]'), (node) => ({
    node,
    text: fold(node.dataset.filter ?? ''),
  }))

  let frame = 0
  const apply = (): void => {
    frame = 0
    const query = input.value
    const words = queryWords(query)
    let shown = 0
    for (const card of cards) {
      const visible = matches(card.text, words)
      if (visible) shown += 1
      if (card.node.hidden === visible) card.node.hidden = !visible
    }
    const text = countText(shown, cards.length, query, messageText)
    if (status.textContent !== text) status.textContent = text
    rememberQuery(query)
  }
  // One pass per frame however fast the reader types.
  const schedule = (): void => {
    if (!frame) frame = window.requestAnimationFrame(apply)
  }

  input.addEventListener('input', schedule)
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !input.value) return
    event.preventDefault()
    input.value = ''
    schedule()
  })

  root.hidden = false
  const remembered = new URLSearchParams(window.location.search).get(PARAM)
  if (remembered) {
    input.value = remembered
    apply()
  }
}
