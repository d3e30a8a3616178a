/**
 * Answers queries from the published index: loads the files a query needs
 * (through a loader: `fetch` in the browser, the file system in tests and
 * benchmarks), scores sections (./section-scores.ts: BM25 over fields,
 * completions, typo corrections, synonyms), groups them by page and cuts
 * snippets with the matched words marked. The files are ./loaded-index.ts;
 * marking matches is ./highlight.ts. Runs in the browser: no Node APIs.
 *
 * Every unit of the query (a word, or the words of a synonym entry: "time
 * off") must match, except common words ("the", "on"), which only add;
 * when no section has every unit, those with the most are shown, flagged as
 * partial. When exact words and completions give fewer than five pages,
 * typo corrections join in; when only they find anything, the results say
 * so (`correctedQuery`: "Showing results for …").
 */
import { shardKey, type PageRow, type SearchManifest } from './format'
import { snippet, type Highlighted } from './highlight'
import { LoadedIndex, type SearchLoader } from './loaded-index'
import { EXACT_BONUS, ORDER_BONUS, PAGE_AGGREGATION_SHARE, PHRASE_BONUS, SECONDARY_SECTION_SHARE, TITLE_EQUALS_BONUS, TYPED_FORM_BONUS, TYPO_THRESHOLD } from './ranking'
import { SectionScorer, type UnitScores } from './section-scores'
import { Synonyms, type QueryUnit } from './synonyms'
import { correctable, corrections, swappedKey } from './typo'
import { foldWord, queryTerms, tokenize, type QueryTerm } from './tokenize'

export type { SearchLoader } from './loaded-index'

export interface SectionHit {
  /** Section number in the loaded index (page's first section + index in the page). */
  id: number
  /** Heading id; "" for the page's top (and while `pending`). */
  anchor: string
  heading: string
  score: number
  /** Whether the section matched by its own heading, text or code (not only through the page title). */
  direct: boolean
  /** Its anchor and heading are not loaded yet (they come with its text shard, see `addSnippets`). */
  pending?: boolean
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
  /** What to mark in results: the query's words, and the synonyms and corrections that matched. */
  terms: QueryTerm[]
  pages: PageHit[]
  /** Pages matched in all, before the limit. */
  total: number
  /** No section matched every word: these match some of them. */
  partial: boolean
  /** The query found nothing as typed: these are the results for this corrected query. */
  correctedQuery?: string
  /** The query found little as typed; this corrected query may find more. */
  didYouMean?: string
}

export interface SearchOptions {
  /** Pages returned; default 10. */
  pages?: number
  /** Sections shown per page; default 3. */
  sectionsPerPage?: number
  /** Load the text shards of the results for their section headings and anchors; default true (the browser passes false while typing). */
  sectionNames?: boolean
  /** Typo corrections when the words as typed find little; default true (false: the query exactly as typed). */
  corrections?: boolean
}

interface Ranked {
  pages: PageHit[]
  full: boolean
}

/** Words as written: letters, digits and marks. */
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+/gu

/** A title's words as written, folded for case and accents but not to their singular ("Metrics" stays "metrics"). */
function writtenWords(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(WRITTEN_WORD), (match) => foldWord(match[0])))
}

/** A title or query as the words it is made of, common words left out, hyphens as spaces ("On-call rotation" = "on call rotation"). */
function titleKey(text: string): string {
  return tokenize(text.replace(/-/g, ' ')).join(' ')
}

export class SearchEngine {
  private readonly scorer: SectionScorer
  private readonly synonyms: Synonyms
  /** Each page's title words as written, and as indexed terms, cut once (every keystroke ranks many of the same pages). */
  private readonly titleWords = new Map<number, Set<string>>()
  private readonly titleTerms = new Map<number, string[]>()

  private constructor(private readonly index: LoadedIndex) {
    this.scorer = new SectionScorer(index)
    this.synonyms = Synonyms.with(index.core.synonyms ?? [])
  }

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

  /** The query's units: words, and runs of words that are synonym entries. */
  units(terms: readonly QueryTerm[]): QueryUnit[] {
    return this.synonyms.units(terms)
  }

  /** Loads the term shards the query's words, their synonyms and their likely typos need. */
  async prepare(terms: readonly QueryTerm[]): Promise<void> {
    const prefixes = new Set<string>()
    const add = (term: QueryTerm) => {
      for (const piece of [term, ...(term.parts ?? [])]) {
        if (!SectionScorer.needsBody(piece)) continue
        prefixes.add(piece.term).add(piece.typed)
      }
    }
    for (const unit of this.units(terms)) {
      for (const word of unit.words) {
        add(word)
        const swapped = correctable(word) ? swappedKey(word.typed) : undefined
        if (swapped && this.index.hasShard(swapped)) prefixes.add(swapped)
      }
      for (const alternative of unit.synonyms) alternative.terms.forEach(add)
    }
    await this.index.loadTermsStartingWith(prefixes)
  }

  /**
   * For a word not in the loaded vocabulary whose key is split (its shard
   * holds only its three-letter part), the key's whole vocabulary, and the
   * shards of the words it may be a typo of.
   */
  private async prepareCorrections(terms: readonly QueryTerm[]): Promise<void> {
    const words = this.units(terms)
      .filter((unit) => unit.words.length === 1 && correctable(unit.words[0]!) && this.index.frequencyOf(unit.words[0]!.term) === undefined)
      .map((unit) => unit.words[0]!)
    if (words.length === 0) return
    await Promise.all(words.flatMap((word) => [shardKey(word.typed), swappedKey(word.typed)].filter((key): key is string => !!key).map((key) => this.index.loadVocabulary(key))))
    const vocabulary = this.index.knownVocabulary()
    const fixes = words.flatMap((word) =>
      corrections(word, vocabulary, (term) => this.index.frequencyOf(term) ?? 0)
        .slice(0, 3)
        .map((fix) => fix.term),
    )
    await this.index.loadTermsStartingWith(fixes)
  }

  /** Sections and pages for scored units: every required unit, or (partial) the most of them. */
  private group(units: readonly QueryUnit[], scored: readonly UnitScores[], perPage: number, query = ''): Ranked {
    const required = units.filter((unit) => !unit.optional).length
    // The query's words as a title's would be cut: a page titled exactly so comes first.
    const asTitle = titleKey(query)
    // The required words as typed (a hyphenated one as its pieces); a word still being typed counts when a title has it whole.
    const typed = units.filter((unit) => !unit.optional).flatMap((unit) => unit.words.filter((word) => !word.cjk).flatMap((word) => (word.parts?.length ? word.parts : [word]).map((piece) => piece.typed)))
    // The query's own words in the page title: above pages found through synonyms or corrections (a word in passing, as in a glossary, is not enough).
    const inTitle = (section: number, words: readonly QueryTerm[]) => {
      const page = this.index.pageOf(section)
      let terms = this.titleTerms.get(page)
      if (!terms) this.titleTerms.set(page, (terms = tokenize(this.index.pages[page]![1], true)))
      return words.every((word) => word.optional || terms.some((term) => term === word.term || (word.prefix && term.startsWith(word.term))))
    }
    const exact = (section: number) => scored.every((unit, i) => units[i]!.optional || (unit.exact.has(section) && inTitle(section, units[i]!.words)))
    const totals = new Map<number, number>()
    const matched = new Map<number, number>()
    const direct = new Set<number>()
    scored.forEach((unit, i) => {
      const optional = units[i]!.optional
      for (const [section, score] of unit.scores) {
        totals.set(section, (totals.get(section) ?? 0) + (optional ? score / 2 : score))
        if (!optional) matched.set(section, (matched.get(section) ?? 0) + 1)
      }
      if (!optional) for (const section of unit.direct) direct.add(section)
    })
    let full = true
    let candidates = [...matched.keys()].filter((section) => matched.get(section) === required)
    if (candidates.length === 0) {
      full = false
      candidates = [...matched.keys()]
    }
    const bonus = (section: number) => {
      let factor = 1
      for (let i = 0; i + 1 < scored.length; i++) {
        const a = scored[i]!.positions.get(section)
        const b = scored[i + 1]!.positions.get(section)
        if (!a || !b) continue
        let best = 1
        for (const field of Object.keys(a)) {
          const from = a[field]
          const to = b[field]
          if (from === undefined || to === undefined) continue
          best = Math.max(best, to === from + 1 ? PHRASE_BONUS : to > from ? ORDER_BONUS : 1)
        }
        factor *= best
      }
      return factor
    }
    const score = (section: number) => {
      const coverage = (matched.get(section) ?? 0) / Math.max(1, required)
      return (totals.get(section) ?? 0) * coverage * coverage * bonus(section) * (exact(section) ? EXACT_BONUS : 1)
    }
    const byPage = new Map<number, SectionHit[]>()
    for (const section of candidates) {
      const page = this.index.pageOf(section)
      const top = this.index.sectionsOfPage(page).first === section
      // A section is listed when it matched by itself; the page's top stands for title matches.
      if (!direct.has(section) && !top) continue
      const hits = byPage.get(page) ?? []
      hits.push({ id: section, anchor: '', heading: '', score: score(section), direct: direct.has(section), pending: true })
      byPage.set(page, hits)
    }
    const pages: PageHit[] = []
    for (const [page, hits] of byPage) {
      hits.sort((a, b) => b.score - a.score || a.id - b.id)
      const best = hits[0]!.score
      // Many relevant sections make the page about the topic: they add, up to the best section's score again.
      const rest = hits
        .slice(1)
        .filter((hit) => hit.direct)
        .reduce((sum, hit) => sum + hit.score, 0)
      // Under its best section, a page lists the others that match nearly as well.
      const shown = hits.filter((hit, i) => i === 0 || hit.score >= SECONDARY_SECTION_SHARE * best)
      const row = this.index.pages[page]!
      const titled = asTitle !== '' && titleKey(row[1]) === asTitle ? TITLE_EQUALS_BONUS : 1
      const written = typed.length > 0 && full && typed.every((word) => this.writtenTitle(page, row[1]).has(word)) ? TYPED_FORM_BONUS : 1
      pages.push({ page, url: row[0], title: row[1], crumbs: this.pageCrumbs(row), score: (best + PAGE_AGGREGATION_SHARE * Math.min(best, rest)) * titled * written, sections: shown.slice(0, perPage) })
    }
    pages.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    return { pages, full }
  }

  private writtenTitle(page: number, title: string): Set<string> {
    let words = this.titleWords.get(page)
    if (!words) this.titleWords.set(page, (words = writtenWords(title)))
    return words
  }

  /** The query with each corrected word replaced ("vacaton days" → "vacation days"). */
  private static corrected(query: string, fixes: ReadonlyMap<string, string>): string {
    return query.replace(WRITTEN_WORD, (word) => fixes.get(foldWord(word)) ?? word)
  }

  /** Ranks sections and pages for already parsed query terms, with what is loaded. */
  rank(query: string, terms: readonly QueryTerm[], options: SearchOptions = {}): SearchResults {
    const pageLimit = options.pages ?? 10
    const perPage = options.sectionsPerPage ?? 3
    if (terms.length === 0) return { query, terms: [], pages: [], total: 0, partial: false }
    const units = this.units(terms)
    let scored = units.map((unit) => this.scorer.unitScores(unit, false))
    let ranked = this.group(units, scored, perPage, query)
    const exactFull = ranked.full && ranked.pages.length > 0
    const fixes = new Map<string, string>()
    // A word being typed that the handbook has as a whole word marks its near forms only.
    const marked: QueryTerm[] = terms.map((term) => (term.prefix && !term.cjk && (this.index.frequencyOf(term.term) ?? 0) > 0 ? { ...term, known: true } : term))
    // A word found in another form marks that form's words ("reimbursed" marks "reimbursement").
    for (const term of terms) {
      const stem = this.scorer.inflectedStem(term)
      if (stem) marked.push({ term: stem, typed: stem, prefix: true, cjk: false, optional: term.optional })
    }
    if (options.corrections !== false && (!exactFull || ranked.pages.length < TYPO_THRESHOLD)) {
      const withTypos = units.map((unit, i) => (unit.words.length === 1 && correctable(unit.words[0]!) ? this.scorer.unitScores(unit, true) : scored[i]!))
      const typoRanked = this.group(units, withTypos, perPage, query)
      if (typoRanked.full || !ranked.full) {
        withTypos.forEach((unit, i) => {
          const word = units[i]!.words[0]!
          const best = unit.corrections[0]
          if (!best) return
          for (const correction of unit.corrections) marked.push({ term: correction, typed: correction, prefix: false, cjk: false, optional: false })
          // A correction is offered for a word that found nothing, or far less than its correction.
          const own = this.index.frequencyOf(word.term) ?? 0
          if (scored[i]!.scores.size === 0 || (this.index.frequencyOf(best) ?? 0) > 3 * own + 3) fixes.set(word.typed, best)
        })
        scored = withTypos
        ranked = typoRanked
      }
    }
    for (const unit of units) {
      for (const alternative of unit.synonyms) {
        if (alternative.terms.length === 1) marked.push(alternative.terms[0]!)
        else marked.push({ term: alternative.label, typed: alternative.label, prefix: false, cjk: false, optional: false, phrase: alternative.terms })
      }
    }
    const results: SearchResults = { query, terms: marked, pages: ranked.pages.slice(0, pageLimit), total: ranked.pages.length, partial: !ranked.full }
    if (fixes.size > 0 && ranked.pages.length > 0) {
      const corrected = SearchEngine.corrected(query, fixes)
      if (corrected !== query) {
        if (!exactFull) results.correctedQuery = corrected
        else results.didYouMean = corrected
      }
    }
    this.nameSections(results)
    return results
  }

  /** Fills in the anchors and headings of the sections whose text shard is loaded. */
  private nameSections(results: SearchResults): void {
    for (const page of results.pages) {
      for (const section of page.sections) {
        const row = this.index.sectionRow(section.id)
        if (!row) continue
        section.anchor = row[0]
        section.heading = row[1]
        delete section.pending
      }
    }
  }

  /**
   * Loads what the query needs and ranks; by default also names the
   * sections found (their headings and anchors come with their text shards).
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const terms = queryTerms(query)
    await this.prepare(terms)
    if (options.corrections !== false) await this.prepareCorrections(terms)
    let results = this.rank(query, terms, options)
    if (results.correctedQuery) {
      // "Showing results for vacation" shows what "vacation" finds, synonyms included.
      const corrected = results.correctedQuery
      const correctedTerms = queryTerms(corrected)
      await this.prepare(correctedTerms)
      const again = this.rank(corrected, correctedTerms, { ...options, corrections: false })
      if (again.pages.length > 0) results = { ...again, query, correctedQuery: corrected }
    }
    if (options.sectionNames !== false) {
      await this.index.loadSections(results.pages.flatMap((page) => page.sections.map((section) => section.id)))
      this.nameSections(results)
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

  /** Names every section of the results and adds its snippet (loading the text shards of the results shown, once typing settles). */
  async addSnippets(results: SearchResults): Promise<SearchResults> {
    const sections = results.pages.flatMap((page) => page.sections)
    await this.index.loadSections(sections.map((section) => section.id))
    this.nameSections(results)
    for (const section of sections) {
      const [, , text, code] = this.index.sectionRow(section.id) ?? ['', '', '', '']
      const fromText = snippet(text, results.terms)
      const fromCode = snippet(code.replace(/\s+/g, ' '), results.terms)
      section.snippet = fromText && fromText.marks.length > 0 ? fromText : fromCode && fromCode.marks.length > 0 ? fromCode : (fromText ?? fromCode)
    }
    return results
  }
}
