/**
 * Synonym expansion: a query's words (or a run of them: "time off") that
 * are an entry of a synonym group also match every other entry of the
 * group, for a little less than the words themselves. Entries are cut by
 * the shared tokenizer, so "Benefits" = "benefit" and "1:1" is one term.
 * Pure.
 */
import { BUILTIN_SYNONYMS } from './builtin-synonyms'
import { queryTerms, type QueryTerm } from './tokenize'

/** How much a synonym's match counts against the word itself. */
export const SYNONYM_FACTOR = 0.8

/** One way to match a unit of the query: every term of it, scaled by `factor`. */
export interface Alternative {
  terms: QueryTerm[]
  factor: number
  /** The entry as written, for "matched through" notes. */
  label: string
}

/** A required (or optional) part of the query: one word, or the run of words a synonym entry spans. */
export interface QueryUnit {
  /** The query's own terms it covers (their completions, typo corrections apply to a one-word unit). */
  words: QueryTerm[]
  /** The other entries of the synonym group (empty without one). */
  synonyms: Alternative[]
  optional: boolean
}

/** An entry's terms as a finished query's (a space after it: no word is still being typed). */
function entryTerms(entry: string): QueryTerm[] {
  return queryTerms(`${entry} `)
}

/** An entry as the query side sees it: its terms in order, as queryTerms gives them. */
function entryKey(entry: string): string {
  return entryTerms(entry)
    .map((term) => term.term)
    .join(' ')
}

export class Synonyms {
  /** Entry key → the groups it is in. */
  private readonly groups = new Map<string, Array<readonly string[]>>()
  /** The longest entry, in terms. */
  private longest = 1

  constructor(groups: ReadonlyArray<readonly string[]> = BUILTIN_SYNONYMS) {
    for (const group of groups) {
      for (const entry of group) {
        const key = entryKey(entry)
        if (!key) continue
        const list = this.groups.get(key) ?? []
        list.push(group)
        this.groups.set(key, list)
        this.longest = Math.max(this.longest, key.split(' ').length)
      }
    }
  }

  /** Built-in groups plus a handbook's own (synonyms.yml). */
  static with(extra: ReadonlyArray<readonly string[]>): Synonyms {
    return new Synonyms([...BUILTIN_SYNONYMS, ...extra])
  }

  /** The other entries of the groups an entry key is in. */
  private alternativesOf(key: string): Alternative[] {
    const found = new Map<string, Alternative>()
    for (const group of this.groups.get(key) ?? []) {
      for (const entry of group) {
        const other = entryKey(entry)
        if (other === key || found.has(other)) continue
        // Common words only add ("out of office" needs "out" and "office").
        const terms = entryTerms(entry)
        if (terms.length > 0) found.set(other, { terms, factor: SYNONYM_FACTOR, label: entry })
      }
    }
    return [...found.values()]
  }

  /**
   * The query's terms as units: the longest run of words that is an entry
   * of a group becomes one unit with the group's other entries; every
   * other word is a unit of its own.
   */
  units(terms: readonly QueryTerm[]): QueryUnit[] {
    const units: QueryUnit[] = []
    for (let i = 0; i < terms.length; ) {
      let matched = 0
      for (let length = Math.min(this.longest, terms.length - i); length >= 1; length--) {
        const run = terms.slice(i, i + length)
        if (run.some((term) => term.cjk)) continue
        if (this.groups.has(run.map((term) => term.term).join(' '))) {
          matched = length
          break
        }
      }
      if (matched > 0) {
        const words = terms.slice(i, i + matched)
        const key = words.map((term) => term.term).join(' ')
        units.push({ words, synonyms: this.alternativesOf(key), optional: words.every((word) => word.optional) })
        i += matched
      } else {
        units.push({ words: [terms[i]!], synonyms: [], optional: terms[i]!.optional })
        i++
      }
    }
    return units
  }
}
