/**
 * Scores of sections for one unit of a query (./synonyms.ts): per term and
 * field BM25 (./ranking.ts) over the hits FlexSearch answers (their term
 * frequencies from their slots, ./flex.ts) and the field lengths, for the term itself, its completions (a word still being typed
 * matches them nearly in full: "onb" → onboarding; a finished word only
 * its near forms), its typo corrections when asked, and its synonyms.
 * Runs in the browser: no Node APIs.
 */
import { PAGE_FIELDS, SHARDED_FIELDS, type SearchField } from './format'
import { HIT, type LoadedIndex } from './loaded-index'
import { FIELD_WEIGHTS, OTHER_SECTIONS_TITLE_SHARE, TYPO_FACTOR, bm25Tf, idf } from './ranking'
import type { QueryUnit } from './synonyms'
import { inflectionStems } from './inflection'
import { corrections } from './typo'
import type { QueryTerm } from './tokenize'

/** Completions of a prefix looked up per query word (the most frequent, plus the whole word). */
const MAX_EXPANSIONS = 40
/** Other fields that matched add this share of their score to the best field's. */
const OTHER_FIELDS_SHARE = 0.35
const FIELDS: readonly SearchField[] = [...PAGE_FIELDS, ...SHARDED_FIELDS]

/** A stem stands for words it is at least this share of ("reimburs" for "reimbursement", not for "reimbursements-and-more"). */
const MIN_FORM_RATIO = 0.5

interface Completion {
  candidate: string
  /** The prefix's share of the word. */
  ratio: number
  /** 0.7 to 1, by how many hits the word has against the most used completion. */
  usage: number
}

interface Expansion {
  term: string
  factor: number
}

export interface TermScores {
  scores: Map<number, number>
  /** Sections matched by their own heading, text or code. */
  direct: Set<number>
  /** First position of the word in each field that matched, per section (for phrase and order bonuses). */
  positions: Map<number, Record<string, number>>
}

export interface UnitScores extends TermScores {
  /** Typo corrections that matched, best first. */
  corrections: string[]
  /** Sections the unit's own words (or their completions) match, not only its synonyms or typo corrections. */
  exact: Set<number>
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

function emptyScores(): TermScores {
  return { scores: new Map(), direct: new Set(), positions: new Map() }
}

export class SectionScorer {
  constructor(private readonly index: LoadedIndex) {}

  static needsBody(term: QueryTerm): boolean {
    // A single Latin letter finds page titles only: in headings and text it matches everything.
    return term.cjk || term.term.length >= 2
  }

  /** The prefixes a query word completes from: as folded, as typed. */
  private static prefixesOf(term: QueryTerm): Set<string> {
    const prefixes = new Set([term.term, term.typed])
    // "polici" on the way to "policies", indexed as "policy".
    if (!term.cjk && /ie?$/.test(term.typed) && term.typed.length > 3) prefixes.add(term.typed.replace(/ie?$/, 'y'))
    return prefixes
  }

  /** Indexed terms a query word stands for: itself, and the most frequent words it begins; for a word no page uses, the words its stem begins. */
  private expansions(term: QueryTerm): Expansion[] {
    const prefixes = SectionScorer.prefixesOf(term)
    const found = new Map<string, number>()
    // A word being typed that is already a word of the handbook ("off", "slack") is most likely that word: its completions ("offer", "offboarding") count well below it.
    const known = (this.index.frequencyOf(term.term) ?? 0) > 0 || (this.index.frequencyOf(term.typed) ?? 0) > 0
    for (const prefix of prefixes) {
      for (const { candidate, ratio, usage } of this.completions(prefix)) {
        const whole = candidate === term.term || candidate === term.typed
        // A finished word matches its near forms ("expense" → "expensed"), not every word it begins ("on" → "onboarding").
        if (!whole && !term.prefix && ratio < 0.6) continue
        const factor = whole ? 1 : term.prefix ? (known ? 0.3 + 0.3 * ratio : 0.55 + 0.35 * ratio) * usage : (0.2 + 0.2 * ratio) * usage
        found.set(candidate, Math.max(found.get(candidate) ?? 0, factor))
      }
    }
    if (found.size === 0) {
      // The word in another form than the pages' ("reimbursed" → "reimbursement"): below what a word as written would score.
      for (const { candidate, ratio, usage } of this.inflected(term)?.forms ?? []) found.set(candidate, Math.max(found.get(candidate) ?? 0, (0.3 + 0.3 * ratio) * usage))
    }
    return [...found].map(([candidate, factor]) => ({ term: candidate, factor }))
  }

  /** For a word no indexed word begins: the stem whose completions stand for it, if any ("reimbursed" → "reimburs"). */
  inflectedStem(term: QueryTerm): string | undefined {
    return this.inflected(term)?.stem
  }

  /** The first of the word's stems that completes to words it is enough of, with those words; none when an indexed word begins with the word. */
  private inflected(term: QueryTerm): { stem: string; forms: Completion[] } | undefined {
    // Asked on every keystroke for every word: whether any word begins with it is one binary search, not its completions.
    if (term.cjk || [...SectionScorer.prefixesOf(term)].some((prefix) => this.begins(prefix))) return undefined
    for (const stem of inflectionStems(term.term)) {
      const forms = this.completions(stem).filter(({ ratio }) => ratio >= MIN_FORM_RATIO)
      if (forms.length > 0) return { stem, forms }
    }
    return undefined
  }

  /** Whether an indexed word begins with the prefix. */
  private begins(prefix: string): boolean {
    const vocabulary = this.index.sortedVocabulary()
    return vocabulary[lowerBound(vocabulary, prefix)]?.startsWith(prefix) ?? false
  }

  /** The indexed words a prefix begins (the most used when many), each with how much of it the prefix is and how much it is used against the most used. */
  private completions(prefix: string): Completion[] {
    const vocabulary = this.index.sortedVocabulary()
    let candidates: string[] = []
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) candidates.push(vocabulary[i]!)
    if (candidates.length > MAX_EXPANSIONS) {
      candidates = candidates.sort((a, b) => (this.index.frequencyOf(b) ?? 0) - (this.index.frequencyOf(a) ?? 0)).slice(0, MAX_EXPANSIONS)
      if (this.index.frequencyOf(prefix) !== undefined && !candidates.includes(prefix)) candidates.push(prefix)
    }
    // A prefix completes to the words pages use most ("secur" → security before securing): weighted by hits, not by the alphabet.
    const most = Math.max(1, ...candidates.map((candidate) => this.index.frequencyOf(candidate) ?? 0))
    return candidates.map((candidate) => ({ candidate, ratio: prefix.length / candidate.length, usage: 0.7 + 0.3 * Math.sqrt((this.index.frequencyOf(candidate) ?? 0) / most) }))
  }

  /** BM25 over the fields for the given indexed terms: per section the best candidate, each as its best field plus a share of the others. */
  private candidateScores(candidates: readonly Expansion[], body: boolean): TermScores {
    const result = emptyScores()
    const sections = this.index.sectionCount
    const averages = this.index.core.averageLength
    for (const { term, factor } of candidates) {
      const weight = idf(sections, this.index.frequencyOf(term) ?? 0) * factor
      const best = new Map<number, number>()
      const sum = new Map<number, number>()
      const positions = new Map<number, Record<string, number>>()
      const add = (section: number, score: number, field: SearchField, position: number) => {
        best.set(section, Math.max(best.get(section) ?? 0, score))
        sum.set(section, (sum.get(section) ?? 0) + score)
        if (position < 0) return
        const known = positions.get(section) ?? {}
        known[field] = position
        positions.set(section, known)
      }
      for (const field of FIELDS) {
        if (!body && field !== 'title' && field !== 'crumbs') continue
        const hits = this.index.lookup(field, term)
        for (let i = 0; i < hits.length; i += HIT) {
          const id = hits[i]!
          const score = weight * FIELD_WEIGHTS[field] * bm25Tf(field, hits[i + 1]!, hits[i + 2]!, averages[field] ?? 1)
          const position = hits[i + 3]!
          if (field === 'title' || field === 'crumbs') {
            const { first, end } = this.index.sectionsOfPage(id)
            for (let section = first; section < end; section++) {
              add(section, field === 'title' && section !== first ? score * OTHER_SECTIONS_TITLE_SHARE : score, field, position)
            }
          } else {
            add(id, score, field, position)
            result.direct.add(id)
          }
        }
      }
      for (const [section, top] of best) {
        const score = top + OTHER_FIELDS_SHARE * (sum.get(section)! - top)
        if (score > (result.scores.get(section) ?? 0)) {
          result.scores.set(section, score)
          const known = positions.get(section)
          if (known) result.positions.set(section, known)
        }
      }
    }
    return result
  }

  /** A word's scores; a hyphenated word scores as itself or, where all its pieces match, as their average. */
  termScores(term: QueryTerm, extra: readonly Expansion[] = []): TermScores {
    const whole = this.candidateScores([...this.expansions(term), ...extra], SectionScorer.needsBody(term))
    if (!term.parts || term.parts.length === 0) return whole
    const parts = term.parts.map((part) => this.candidateScores(this.expansions(part), SectionScorer.needsBody(part)))
    for (const [section, first] of parts[0]!.scores) {
      let sum = first
      for (const part of parts.slice(1)) {
        const score = part.scores.get(section)
        if (score === undefined) {
          sum = -1
          break
        }
        sum += score
      }
      if (sum < 0) continue
      // The pieces apart count less than the word written whole.
      const score = (0.6 * sum) / parts.length
      if (score > (whole.scores.get(section) ?? 0)) whole.scores.set(section, score)
      if (parts.every((part) => part.direct.has(section))) whole.direct.add(section)
    }
    return whole
  }

  /** Sections having every required term, scored by their sum (optional terms add half), times `factor`. */
  private allOf(terms: readonly QueryTerm[], factor: number, into: TermScores): void {
    const required = terms.filter((term) => !term.optional)
    const scored = terms.map((term) => ({ term, scores: this.termScores(term) }))
    const first = scored.find((entry) => !entry.term.optional) ?? scored[0]
    if (!first) return
    for (const section of first.scores.scores.keys()) {
      let total = 0
      let ok = true
      for (const { term, scores } of scored) {
        const score = scores.scores.get(section)
        if (score === undefined) {
          if (!term.optional) ok = false
          continue
        }
        total += term.optional ? score / 2 : score
      }
      if (!ok) continue
      const score = (total * factor) / Math.max(1, required.length)
      if (score > (into.scores.get(section) ?? 0)) into.scores.set(section, score)
      if (scored.every(({ term, scores }) => term.optional || scores.direct.has(section))) into.direct.add(section)
    }
  }

  /**
   * A unit's scores: a one-word unit as that word (with typo corrections
   * when `typos`), a longer one as all its words; its synonyms for a little
   * less, each needing all of its own words.
   */
  unitScores(unit: QueryUnit, typos: boolean): UnitScores {
    const word = unit.words[0]!
    let result: TermScores
    let found: string[] = []
    let exact: Set<number>
    if (unit.words.length === 1) {
      result = this.termScores(word)
      exact = new Set(result.scores.keys())
      if (typos) {
        const vocabulary = this.index.sortedVocabulary()
        const fixes = corrections(word, vocabulary, (term) => this.index.frequencyOf(term) ?? 0)
        found = fixes.map((fix) => fix.term)
        if (fixes.length > 0)
          result = this.termScores(
            word,
            fixes.map((fix) => ({ term: fix.term, factor: TYPO_FACTOR / fix.edits })),
          )
      }
    } else {
      result = emptyScores()
      this.allOf(unit.words, 1, result)
      // Per word of the unit, so a synonym entry of two words ranks with a two-word query.
      for (const [section, score] of result.scores) result.scores.set(section, score * unit.words.length)
      exact = new Set(result.scores.keys())
    }
    for (const alternative of unit.synonyms) {
      const into = emptyScores()
      this.allOf(alternative.terms, alternative.factor * unit.words.length, into)
      for (const [section, score] of into.scores) if (score > (result.scores.get(section) ?? 0)) result.scores.set(section, score)
      for (const section of into.direct) result.direct.add(section)
    }
    // Corrections that matched anything, in their order.
    const corrected = found.filter((term) => (this.index.frequencyOf(term) ?? 0) > 0)
    return { ...result, corrections: corrected, exact }
  }
}
