/**
 * The weights of ranking and BM25 (Robertson's saturating term frequency
 * with length normalisation) over the fields of a section: a word counts
 * more in a short field than in a long one, more the more often it occurs
 * (up to a point), and more the rarer it is in the handbook. Pure numbers;
 * the engine (./engine.ts) applies them to what is loaded.
 */
import type { SearchField } from './format'

/** How much a match in each field counts: title > breadcrumb > heading > body > code. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 6, crumbs: 3.2, heading: 3, text: 1.3, code: 0.35 }

/** BM25's saturation: a fifth occurrence adds little over the third. */
const K1 = 1.2
/** BM25's length normalisation per field: short fields hardly need it. */
const B: Record<SearchField, number> = { title: 0.5, crumbs: 0.3, heading: 0.5, text: 0.75, code: 0.75 }

/** The term-frequency part of BM25 for one field. */
export function bm25Tf(field: SearchField, tf: number, length: number, averageLength: number): number {
  const norm = 1 - B[field] + (B[field] * length) / Math.max(1, averageLength)
  return (tf * (K1 + 1)) / (tf + K1 * norm)
}

/** BM25's inverse document frequency, kept above a floor so a very common word still counts a little. */
export function idf(documents: number, containing: number): number {
  const n = Math.max(1, documents)
  const df = Math.min(n, Math.max(1, containing))
  return Math.max(0.15, Math.log(1 + (n - df + 0.5) / (df + 0.5)))
}

/** Share of the page title's weight given to sections other than the page's top. */
export const OTHER_SECTIONS_TITLE_SHARE = 0.5
/** Sections of a page listed under its best one score at least this share of it. */
export const SECONDARY_SECTION_SHARE = 0.5
/** A page's other matching sections add this share of their scores (up to the best section's): the page about the topic beats a stray heading. */
export const PAGE_AGGREGATION_SHARE = 0.25
/** Query words next to each other in a field, in order ("vacation days"). */
export const PHRASE_BONUS = 1.3
/** Query words in the query's order in a field, not next to each other. */
export const ORDER_BONUS = 1.08
/** Typo corrections count this share of the word (below its completions). */
export const TYPO_FACTOR = 0.45
/** Below this many pages from exact words and completions, typo corrections are added. */
export const TYPO_THRESHOLD = 5
/** A page whose title has every required word of the query as typed (or completed) beats those found only through synonyms or typo corrections. */
export const EXACT_BONUS = 2
/** A page whose title is the query ("Values" for "values", "Time off" for "time off") comes first. */
export const TITLE_EQUALS_BONUS = 4
/** A page whose title has the query's words as typed ("Metric checklist" for "metric"), not only forms that fold to the same term ("Metrics guide"), comes before it. */
export const TYPED_FORM_BONUS = 1.1
