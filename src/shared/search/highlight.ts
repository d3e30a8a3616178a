/**
 * The query's words marked in a result's text: whole titles and headings
 * (`highlight`), and a window of a section's text around the matches
 * (`snippet`). Pure: the browser wraps the marked ranges in <mark>.
 */
import { wordMatches, wordSpans, type QueryTerm } from './tokenize'

export interface Highlighted {
  text: string
  /** Matched ranges [start, end) in `text`, in order, not overlapping. */
  marks: Array<[number, number]>
}

const SNIPPET_LENGTH = 170
const SNIPPET_LEAD = 50

interface Match {
  start: number
  end: number
  /** Which query word matched (a hyphenated word's pieces count as the word). */
  word: number
}

function matchesIn(text: string, words: readonly QueryTerm[]): Match[] {
  // Common words ("the", "how") are never marked, unless the query has nothing else.
  const marking = words.some((word) => !word.optional) ? words.filter((word) => !word.optional) : words
  const terms = marking.flatMap((word, index) => (word.phrase ? [] : [word, ...(word.parts ?? [])].map((term) => ({ term, index }))))
  const matches: Match[] = []
  if (marking.length === 0 || !text) return matches
  const spans = wordSpans(text)
  marking.forEach((word, index) => {
    const phrase = word.phrase
    if (!phrase || phrase.length === 0) return
    // A synonym entry of several words is marked whole, where its words stand together, never word by word.
    for (let i = 0; i + phrase.length <= spans.length; i++) {
      if (phrase.every((term, j) => wordMatches(spans[i + j]!.folded, term))) matches.push({ start: spans[i]!.start, end: spans[i + phrase.length - 1]!.end, word: index })
    }
  })
  for (const span of spans) {
    for (const { term, index } of terms) {
      if (!wordMatches(span.folded, term)) continue
      if (term.cjk) {
        // Mark each occurrence of the characters inside the run.
        const run = text.slice(span.start, span.end)
        for (let from = run.indexOf(term.term); from >= 0; from = run.indexOf(term.term, from + 1)) {
          matches.push({ start: span.start + from, end: span.start + from + term.term.length, word: index })
        }
      } else {
        matches.push({ start: span.start, end: span.end, word: index })
      }
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}

function merge(matches: readonly Match[]): Array<[number, number]> {
  const merged: Array<[number, number]> = []
  for (const { start, end } of matches) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Marks the words of `text` that the query's terms match. */
export function highlight(text: string, words: readonly QueryTerm[]): Highlighted {
  return { text, marks: merge(matchesIn(text, words)) }
}

/**
 * A window of the text around the matched words, cut at spaces, with the
 * matches marked: the window with the most different query words, the
 * earliest of those.
 */
export function snippet(text: string, words: readonly QueryTerm[], length = SNIPPET_LENGTH): Highlighted | undefined {
  if (!text) return undefined
  const matches = matchesIn(text, words)
  let best: Match | undefined
  let bestCount = 0
  for (const match of matches) {
    const from = match.start
    const count = new Set(matches.filter((m) => m.start >= from && m.end <= from + length - SNIPPET_LEAD).map((m) => m.word)).size
    if (count > bestCount) {
      best = match
      bestCount = count
    }
  }
  let start = 0
  if (best && best.start > SNIPPET_LEAD) {
    start = best.start - SNIPPET_LEAD
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < best.start) start = space + 1
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + length / 2) end = space
  }
  const prefix = start > 0 ? '…' : ''
  const suffix = end < text.length ? '…' : ''
  const shift = prefix.length - start
  const marks = merge(matches.filter((m) => m.start >= start && m.end <= end)).map(([a, b]): [number, number] => [a + shift, b + shift])
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, marks }
}
