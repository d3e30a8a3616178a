/**
 * Typo corrections: vocabulary terms within a few edits of a query word
 * (./edit-distance.ts). The vocabulary is what is loaded: the core's title
 * and breadcrumb terms, and the term shards of the query's words, which
 * hold every term sharing the word's first two letters. So a typo after
 * the first two letters is always found; one in the first two letters is
 * found among titles and breadcrumbs, and (for two swapped letters:
 * "avcation") in the shard of the swapped key, which the engine loads too.
 * Pure.
 */
import { allowedEdits, boundedOsaDistance } from './edit-distance'
import type { QueryTerm } from './tokenize'

export interface Correction {
  term: string
  edits: number
}

/** Corrections kept per word: the nearest, most frequent first. */
const MAX_CORRECTIONS = 6

/** Whether a word may have typo corrections: Latin-like words of four letters or more. */
export function correctable(word: QueryTerm): boolean {
  return !word.cjk && !word.optional && allowedEdits(word.typed) > 0 && /^[\p{L}\p{N}]+$/u.test(word.typed)
}

/** The shard key of a word with its first two letters swapped ("avcation" → "va"). */
export function swappedKey(word: string): string | undefined {
  const chars = [...word]
  return chars.length >= 4 && chars[0] !== chars[1] ? `${chars[1]}${chars[0]}` : undefined
}

/** Vocabulary terms within the allowed edits of the word (as typed or stemmed), nearest then most frequent. */
export function corrections(word: QueryTerm, vocabulary: readonly string[], frequency: (term: string) => number): Correction[] {
  const max = allowedEdits(word.typed)
  if (max === 0) return []
  const found: Correction[] = []
  for (const term of vocabulary) {
    if (term === word.term || term === word.typed) continue
    const edits = Math.min(boundedOsaDistance(word.typed, term, max), boundedOsaDistance(word.term, term, max))
    if (edits <= max) found.push({ term, edits })
  }
  return found.sort((a, b) => a.edits - b.edits || frequency(b.term) - frequency(a.term) || (a.term < b.term ? -1 : 1)).slice(0, MAX_CORRECTIONS)
}
