/**
 * What the directory's filter (src/client/people-filter.ts) matches and says:
 * pure, so it is tested without a browser. A card's text and the query are
 * folded alike; a card shows when it has every word of the query.
 */
import { formatMessage, type MessageValues } from '../i18n/message'
import { en } from '../i18n/messages/en'

/**
 * Lower case without accents (Zürich = zurich), applied alike to the cards and
 * the query. Not search's foldWord: importing it would move the tokenizer into
 * a chunk shared with search, and search would load two files instead of one.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
}

/** The query as words to find, folded like the cards' text. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean)
}

/** Whether a card's folded text has every word (as a substring: "eng" finds "engineer"). */
export function matches(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word))
}

/** The interface's words, as the page gives them (src/client/messages.ts); English's by default. */
export type SayText = (key: 'peopleNoMatch' | 'peopleShown', values: MessageValues) => string

const english: SayText = (key, values) => formatMessage(en[key], 'en', values)

/** What the status line says: nothing without a query, else how many match or that no one does, in the page's language. */
export function countText(shown: number, total: number, query: string, say: SayText = english): string {
  if (!query.trim()) return ''
  if (shown === 0) return say('peopleNoMatch', { query: query.trim() })
  return say('peopleShown', { shown, count: total })
}
