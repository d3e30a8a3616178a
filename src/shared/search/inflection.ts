/**
 * The stem of an English word's inflected form ("reimbursed" → "reimburs",
 * "travelling" → "travel"), tried as a prefix only when the word itself is
 * on no page: a query in one form still finds pages written in another
 * ("reimbursed" finds "reimbursement"). A fallback, not a stemmer for the
 * index: the index keeps words as written (plurals folded by ./tokenize),
 * so exact words keep ranking first and nothing is shipped for it. Pure.
 */

const ENDINGS = /(?:ing|ed|es|er|ly|s|e)$/
/** A stem shorter than this completes to too many unrelated words. */
const MIN_STEM = 4

/** Prefixes to complete for a word the handbook does not use, most likely first (empty when none applies). */
export function inflectionStems(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return []
  const stem = word.replace(ENDINGS, '')
  if (stem === word || stem.length < MIN_STEM) return []
  // "travelled" → "travell" → "travel"
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : ''
  return undoubled.length >= MIN_STEM ? [stem, undoubled] : [stem]
}
