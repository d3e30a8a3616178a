/**
 * Answers queries from the published index: loads the files a query needs
 * (through a loader: `fetch` in the browser, the file system in tests and
 * benchmarks), looks its words up in FlexSearch, ranks sections and groups
 * them by page, and cuts snippets with the matched words marked. The files
 * themselves are ./loaded-index.ts; marking matches is ./highlight.ts.
 *
 * Ranking. Every word of the query must match, except common words ("the",
 * "on"), which only add; when no section has every word, those with the most
 * are shown, flagged as partial. Per word, the best field counts: the page
 * title most (fully for the page's top section, half for its other
 * sections; more when the title is short), then a section heading, the
 * breadcrumb, the section text, and code blocks least. A whole word beats
 * its completions; the last word, which may still be being typed, matches
 * its completions nearly in full ("onb" → onboarding), a finished word only
 * its near forms. In titles and headings earlier positions count a little
 * more (FlexSearch orders ids by position). Runs in the browser: no Node APIs.
 *
 * Over 300 lines on purpose: the ranking is one algorithm (expansions, word
 * scores, page grouping) whose weights are read side by side.
 */
import { FIELD_RESOLUTION, PAGE_FIELDS, SHARDED_FIELDS, type PageRow, type SearchField, type SearchManifest } from './format'
import { snippet, type Highlighted } from './highlight'
import { LoadedIndex, type SearchLoader } from './loaded-index'
import { queryTerms, tokenize, type QueryTerm } from './tokenize'

export type { SearchLoader } from './loaded-index'

export interface SectionHit {
  /** Section number in the index. */
  id: number
  /** Heading id; "" for the page's top. */
  anchor: string
  heading: string
  score: number
  /** Whether the section matched by its own heading, text or code (not only through the page title). */
  direct: boolean
  snippet?: Highlighted
}

export interface PageHit {
  page: number
  url: string
  title: string
  crumbs: string[]
  score: number
  /** Best sections first. */
  sections: SectionHit[]
}

export interface SearchResults {
  query: string
  terms: QueryTerm[]
  pages: PageHit[]
  /** Pages matched in all, before the limit. */
  total: number
  /** No section matched every word: these match some of them. */
  partial: boolean
}

export interface SearchOptions {
  /** Pages returned; default 10. */
  pages?: number
  /** Sections shown per page; default 3. */
  sectionsPerPage?: number
}

/** How much a match in each field counts. */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 10, heading: 7, crumbs: 2, text: 1, code: 0.4 }
/** Share of the page title's weight given to sections other than the page's top. */
const OTHER_SECTIONS_TITLE_SHARE = 0.5
/** Sections of a page listed under its best one score at least this share of it. */
const SECONDARY_SECTION_SHARE = 0.5
/** Completions of a prefix looked up per query word (the most frequent, plus the whole word). */
const MAX_EXPANSIONS = 40

interface Expansion {
  term: string
  factor: number
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

export class SearchEngine {
  private constructor(private readonly index: LoadedIndex) {}

  /** Loads the manifest and the core file; the rest is loaded as queries need it. */
  static async open(load: SearchLoader): Promise<SearchEngine> {
    return new SearchEngine(await LoadedIndex.open(load))
  }

  get manifest(): SearchManifest {
    return this.index.manifest
  }

  get pageCount(): number {
    return this.index.pages.length
  }

  /** Every page: [url, title, breadcrumb, number of sections]. */
  get pages(): readonly PageRow[] {
    return this.index.pages
  }

  /** A page's breadcrumb: the sidebar groups above it (labelled by `crumbLabel` in ./crumb-label). */
  pageCrumbs(page: PageRow): string[] {
    return this.index.pageCrumbs(page)
  }

  private static needsBody(term: QueryTerm): boolean {
    // A single Latin letter finds page titles only: in headings and text it matches everything.
    return term.cjk || term.term.length >= 2
  }

  /** Loads the term shards the query's words need. */
  async prepare(terms: readonly QueryTerm[]): Promise<void> {
    const prefixes = new Set<string>()
    for (const term of terms.flatMap((word) => [word, ...(word.parts ?? [])])) {
      if (!SearchEngine.needsBody(term)) continue
      prefixes.add(term.term).add(term.typed)
    }
    await this.index.loadTermsStartingWith(prefixes)
  }

  /** Indexed terms a query word stands for: itself, and the most frequent words it begins. */
  private expansions(term: QueryTerm): Expansion[] {
    const vocabulary = this.index.sortedVocabulary()
    const prefixes = new Set([term.term, term.typed])
    // "polici" on the way to "policies", indexed as "policy".
    if (!term.cjk && /ie?$/.test(term.typed) && term.typed.length > 3) prefixes.add(term.typed.replace(/ie?$/, 'y'))
    const found = new Map<string, number>()
    for (const prefix of prefixes) {
      let candidates: string[] = []
      for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) candidates.push(vocabulary[i]!)
      if (candidates.length > MAX_EXPANSIONS) {
        candidates = candidates
          .sort((a, b) => (this.index.frequencyOf(b) ?? 0) - (this.index.frequencyOf(a) ?? 0))
          .slice(0, MAX_EXPANSIONS)
        if (this.index.frequencyOf(prefix) !== undefined && !candidates.includes(prefix)) candidates.push(prefix)
      }
      for (const candidate of candidates) {
        const whole = candidate === term.term || candidate === term.typed
        // A completion counts less the more it adds to what was typed, and much less once the word is finished.
        const ratio = prefix.length / candidate.length
        // A finished word matches its near forms ("expense" → "expensed"), not every word it begins ("on" → "onboarding").
        if (!whole && !term.prefix && ratio < 0.6) continue
        const factor = whole ? 1 : term.prefix ? 0.55 + 0.35 * ratio : 0.2 + 0.2 * ratio
        found.set(candidate, Math.max(found.get(candidate) ?? 0, factor))
      }
    }
    return [...found].map(([candidate, factor]) => ({ term: candidate, factor }))
  }

  private readonly titleWordCounts = new Map<number, number>()

  /** Words in a page's title, counted when first needed. */
  private titleWords(page: number): number {
    let count = this.titleWordCounts.get(page)
    if (count === undefined) {
      count = Math.max(1, tokenize(this.index.pages[page]![1], true).length)
      this.titleWordCounts.set(page, count)
    }
    return count
  }

  /**
   * Scores of sections for one query word: best field, plus a little for each
   * other field that matched. A hyphenated word scores as itself or, where
   * all its pieces match, as their average.
   */
  private termScores(term: QueryTerm): { scores: Map<number, number>; direct: Set<number> } {
    const whole = this.wordScores(term)
    if (!term.parts || term.parts.length === 0) return whole
    const parts = term.parts.map((part) => this.wordScores(part))
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

  private wordScores(term: QueryTerm): { scores: Map<number, number>; direct: Set<number> } {
    const best = new Map<number, number>()
    const extra = new Map<number, number>()
    const direct = new Set<number>()
    const add = (section: number, score: number) => {
      const previous = best.get(section) ?? 0
      if (score > previous) {
        best.set(section, score)
        extra.set(section, (extra.get(section) ?? 0) + previous)
      } else extra.set(section, (extra.get(section) ?? 0) + score)
    }
    const body = SearchEngine.needsBody(term)
    for (const { term: candidate, factor } of this.expansions(term)) {
      for (const field of [...PAGE_FIELDS, ...SHARDED_FIELDS] as SearchField[]) {
        if (!body && field !== 'title' && field !== 'crumbs') continue
        const ids = this.index.lookup(field, candidate)
        const weight = FIELD_WEIGHTS[field] * factor
        // FlexSearch lists ids by position (in fields indexed with more than one score slot): up to a fifth more for the first.
        const ranked = FIELD_RESOLUTION[field] > 1
        for (let rank = 0; rank < ids.length; rank++) {
          const id = ids[rank]!
          // A word is more of a title or heading the fewer words that has: "Values expectations" before "… — quick reference".
          const focus = field === 'title' ? 1 + 0.4 / this.titleWords(id) : 1
          const score = (ranked ? weight * (1 + 0.2 * (1 - rank / ids.length)) : weight) * focus
          if (field === 'title' || field === 'crumbs') {
            const { first, end } = this.index.sectionsOfPage(id)
            for (let section = first; section < end; section++) {
              add(section, field === 'title' && section !== first ? score * OTHER_SECTIONS_TITLE_SHARE : score)
            }
          } else {
            add(id, score)
            direct.add(id)
          }
        }
      }
    }
    const scores = new Map<number, number>()
    for (const [section, score] of best) scores.set(section, score + 0.2 * (extra.get(section) ?? 0))
    return { scores, direct }
  }

  /** Ranks sections and pages for already parsed query terms, with what is loaded. */
  rank(query: string, terms: readonly QueryTerm[], options: SearchOptions = {}): SearchResults {
    const pageLimit = options.pages ?? 10
    const perPage = options.sectionsPerPage ?? 3
    const empty: SearchResults = { query, terms: [...terms], pages: [], total: 0, partial: false }
    if (terms.length === 0) return empty
    // Every word must match, except common ones ("the", "on"), which only add to a match.
    const required = terms.filter((term) => !term.optional).length
    const totals = new Map<number, number>()
    const matched = new Map<number, number>()
    const direct = new Set<number>()
    for (const term of terms) {
      const { scores, direct: hits } = this.termScores(term)
      for (const [section, score] of scores) {
        totals.set(section, (totals.get(section) ?? 0) + (term.optional ? score / 2 : score))
        if (!term.optional) matched.set(section, (matched.get(section) ?? 0) + 1)
      }
      if (!term.optional) for (const section of hits) direct.add(section)
    }
    let partial = false
    let candidates = [...matched.keys()].filter((section) => matched.get(section) === required)
    if (candidates.length === 0) {
      partial = true
      candidates = [...matched.keys()]
    }
    const score = (section: number) => {
      const coverage = (matched.get(section) ?? 0) / required
      return (totals.get(section) ?? 0) * coverage * coverage
    }
    const byPage = new Map<number, SectionHit[]>()
    for (const section of candidates) {
      const page = this.index.pageOf(section)
      const top = this.index.sectionsOfPage(page).first === section
      // A section is listed when it matched by itself; the page's top stands for title matches.
      if (!direct.has(section) && !top) continue
      const hits = byPage.get(page) ?? []
      const [anchor, heading] = this.index.sectionRow(section) ?? ['', '']
      hits.push({ id: section, anchor, heading, score: score(section), direct: direct.has(section) })
      byPage.set(page, hits)
    }
    const pages: PageHit[] = []
    for (const [page, hits] of byPage) {
      hits.sort((a, b) => b.score - a.score || a.id - b.id)
      // Under its best section, a page lists the others that match nearly as well: a weak one makes room for another page.
      const shown = hits.filter((hit, i) => i === 0 || hit.score >= SECONDARY_SECTION_SHARE * hits[0]!.score)
      const row = this.index.pages[page]!
      pages.push({
        page,
        url: row[0],
        title: row[1],
        crumbs: this.pageCrumbs(row),
        score: hits[0]!.score,
        sections: shown.slice(0, perPage),
      })
    }
    pages.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    return { query, terms: [...terms], pages: pages.slice(0, pageLimit), total: pages.length, partial }
  }

  /**
   * Loads what the query needs, ranks, and names the sections found (their
   * headings and anchors come with the text shards they are in).
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const terms = queryTerms(query)
    await this.prepare(terms)
    const results = this.rank(query, terms, options)
    await this.index.loadSections(results.pages.flatMap((page) => page.sections.map((section) => section.id)))
    for (const page of results.pages) {
      for (const section of page.sections) [section.anchor, section.heading] = this.index.sectionRow(section.id) ?? ['', '']
    }
    return results
  }

  /** The sections of a page: anchor ("" for the top) and heading. Loads their text shards. */
  async sectionsOf(page: number): Promise<Array<{ anchor: string; heading: string }>> {
    const { first, end } = this.index.sectionsOfPage(page)
    const ids = Array.from({ length: end - first }, (_, i) => first + i)
    await this.index.loadSections(ids)
    return ids.map((id) => {
      const [anchor, heading] = this.index.sectionRow(id) ?? ['', '']
      return { anchor, heading }
    })
  }

  /** Adds a snippet to every section of the results (their text shards are loaded by `search`). */
  async addSnippets(results: SearchResults): Promise<SearchResults> {
    const sections = results.pages.flatMap((page) => page.sections)
    await this.index.loadSections(sections.map((section) => section.id))
    for (const section of sections) {
      const [, , text, code] = this.index.sectionRow(section.id) ?? ['', '', '', '']
      const fromText = snippet(text, results.terms)
      const fromCode = snippet(code.replace(/\s+/g, ' '), results.terms)
      section.snippet = fromText && fromText.marks.length > 0 ? fromText : fromCode && fromCode.marks.length > 0 ? fromCode : fromText ?? fromCode
    }
    return results
  }
}
