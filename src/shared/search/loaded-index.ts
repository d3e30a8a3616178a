/**
 * The published index as far as it is loaded: the manifest and core file
 * (opened once), then term shards and pages' text fetched as queries need
 * them, each once, through a loader (`fetch` in the browser, the file
 * system in tests and benchmarks). Each field is a FlexSearch index
 * (./flex.ts) into which the term shards are imported as they come; a
 * term's hits are what FlexSearch answers for it. Knows the files, not the
 * ranking (./engine.ts). Runs in the browser: no Node APIs.
 */
import {
  PAGE_FIELDS,
  SEARCH_FORMAT_VERSION,
  SEARCH_MANIFEST,
  SHARDED_FIELDS,
  bucketLength,
  coreFile,
  shardKey,
  simpleSlug,
  termShardFile,
  textFile,
  unpackPages,
  vocabularyFile,
  type SearchVocabularyFile,
  type PageField,
  type PageRow,
  type SearchCoreFile,
  type SearchField,
  type ShardedField,
  type SearchManifest,
  type SearchTermShard,
  type SearchTextFile,
  type SectionRow,
} from './format'
import { SLOT_MEANING, eachHit, fieldIndex, slotSizes, unpackEntries, type FlexMapEntry } from './flex'
import { tokenize } from './tokenize'

/** Reads one file of the search folder (`manifest.json`, `core-….json`, …) as parsed JSON. */
export type SearchLoader = (file: string) => Promise<unknown>

/**
 * A term's hits in one field: four numbers per hit, [id, tf, length, first
 * position (-1 in text and code, where it is not stored)], in FlexSearch's
 * slot order (ids: page numbers for title and breadcrumb, section numbers
 * for the others).
 */
export type TermHits = readonly number[]
export const HIT = 4

export class LoadedIndex {
  private readonly indexes: Record<SearchField, ReturnType<typeof fieldIndex>>
  /** Per field and term, its ids per slot (see eachHit). */
  private readonly slots: Record<SearchField, Map<string, number[]>>
  /** Every term loaded so far, sorted, and its number of hits over all fields (for choosing completions). */
  private vocabulary: string[] = []
  private vocabularyDirty = false
  private readonly frequency = new Map<string, number>()
  private readonly termShards = new Map<string, Promise<void>>()
  private readonly texts = new Map<number, Promise<SearchTextFile>>()
  private readonly loadedText = new Map<number, SearchTextFile>()
  private readonly sectionPage: Int32Array
  private readonly firstSection: Int32Array
  /** Place of each term shard's key and split key in the manifest (its file's name). */
  private readonly shardKeys: ReadonlyMap<string, number>
  private readonly vocabularyKeys: ReadonlyMap<string, number>
  /** Pages under each breadcrumb trail (the breadcrumb index's ids). */
  private readonly trailPages: number[][]
  /** Title and breadcrumb length of each page, in terms. */
  private readonly pageLengths: Record<PageField, number[]>
  private readonly pageRows: PageRow[]

  private constructor(
    readonly manifest: SearchManifest,
    readonly core: SearchCoreFile,
    private readonly load: SearchLoader,
  ) {
    this.indexes = Object.fromEntries([...PAGE_FIELDS, ...SHARDED_FIELDS].map((field) => [field, fieldIndex(field)])) as Record<SearchField, ReturnType<typeof fieldIndex>>
    this.slots = Object.fromEntries([...PAGE_FIELDS, ...SHARDED_FIELDS].map((field) => [field, new Map()])) as unknown as Record<SearchField, Map<string, number[]>>
    this.shardKeys = new Map(manifest.terms.map((key, at) => [key, at]))
    this.vocabularyKeys = new Map(manifest.vocabulary.map((key, at) => [key, at]))
    this.trailPages = core.crumbs.map(() => [])
    this.pageRows = unpackPages(core.pages)
    const total = this.pageRows.reduce((sum, page) => sum + page[3], 0)
    this.sectionPage = new Int32Array(total)
    this.firstSection = new Int32Array(this.pageRows.length)
    let section = 0
    this.pageRows.forEach((page, pageId) => {
      this.firstSection[pageId] = section
      this.trailPages[page[2]]?.push(pageId)
      for (let i = 0; i < page[3]; i++) this.sectionPage[section++] = pageId
    })
    this.pageLengths = { title: this.pageRows.map((page) => tokenize(page[1], true).length), crumbs: this.pageRows.map((page) => tokenize(this.pageCrumbs(page).join(' '), true).length) }
    for (const field of PAGE_FIELDS) this.importTerms(field, core.index[field])
  }

  static async open(load: SearchLoader): Promise<LoadedIndex> {
    const manifest = (await load(SEARCH_MANIFEST)) as SearchManifest
    if (manifest?.version !== SEARCH_FORMAT_VERSION) throw new Error(`search index version ${String(manifest?.version)} is not ${SEARCH_FORMAT_VERSION}`)
    const core = (await load(coreFile(manifest))) as SearchCoreFile
    return new LoadedIndex(manifest, core, load)
  }

  get pages(): readonly PageRow[] {
    return this.pageRows
  }

  get sectionCount(): number {
    return this.sectionPage.length
  }

  pageCrumbs(page: PageRow): string[] {
    return page[2] >= 0 ? (this.core.crumbs[page[2]] ?? []) : []
  }

  pageOf(section: number): number {
    return this.sectionPage[section]!
  }

  /** A page's sections: numbers `first` to `end` - 1; the first is the page's top. */
  sectionsOfPage(page: number): { first: number; end: number } {
    const first = this.firstSection[page]!
    return { first, end: page + 1 < this.firstSection.length ? this.firstSection[page + 1]! : this.sectionPage.length }
  }

  /** A section's length in a field, from the core's length buckets. */
  private sectionLength(field: ShardedField, section: number): number {
    return bucketLength(this.core.lengths[field][section] ?? '0')
  }

  /** Imports a file's packed `map` entries into the field's FlexSearch index, and counts their terms' hits (pages, for breadcrumbs). */
  private importTerms(field: SearchField, packed: readonly FlexMapEntry[]): void {
    const entries = unpackEntries(packed)
    // FlexSearch's import takes the parsed chunk as well as its JSON (its typings say string only).
    this.indexes[field].import('map', entries as unknown as string)
    for (const [term, slots] of entries) {
      const sizes = slotSizes(slots)
      this.slots[field].set(term, sizes)
      let hits = 0
      for (const ids of slots) for (const id of ids ?? []) hits += field === 'crumbs' ? (this.trailPages[id]?.length ?? 0) : 1
      const known = this.frequency.get(term)
      if (known === undefined) this.vocabulary.push(term)
      this.frequency.set(term, (known ?? 0) + hits)
    }
    this.vocabularyDirty = true
  }

  /** Every term loaded so far, sorted. */
  sortedVocabulary(): string[] {
    if (this.vocabularyDirty) {
      this.vocabulary.sort()
      this.vocabularyDirty = false
      this.knownSorted = undefined
    }
    return this.vocabulary
  }

  /** Hits of a loaded term over all fields; undefined for a term not loaded (or not indexed). */
  frequencyOf(term: string): number | undefined {
    return this.frequency.get(term)
  }

  /** A term's hits in a field, as FlexSearch answers it (none when not loaded or absent), with what each slot stands for filled in; a breadcrumb trail's hit is one per page under it. */
  lookup(field: SearchField, term: string): TermHits {
    const pageField = field === 'title' || field === 'crumbs'
    const meaning = SLOT_MEANING[field]
    const hits: number[] = []
    eachHit(this.indexes[field], term, this.slots[field].get(term), (found, slot) => {
      if (field === 'crumbs') {
        for (const page of this.trailPages[found] ?? []) hits.push(page, 1, this.pageLengths.crumbs[page]!, -1)
        return
      }
      const id = found
      const page = pageField ? id : this.sectionPage[id]!
      const length = pageField ? this.pageLengths[field as PageField][page]! : this.sectionLength(field as ShardedField, id)
      hits.push(id, meaning === 'tf' ? slot + 1 : 1, length, meaning === 'position' ? slot : -1)
    })
    return hits
  }

  /** Whether the shard of a key exists in the index. */
  hasShard(key: string): boolean {
    return this.shardKeys.has(key)
  }

  /**
   * Keys of the term shards holding the terms that start with `prefix`: its
   * two-character key, or its three-character one where that key is split
   * (two letters of a split key find titles and breadcrumbs only, until the third).
   */
  private shardKeysFor(prefix: string): string[] {
    const length = [...prefix].length
    if (length >= 2) {
      const longer = shardKey(prefix, 3)
      if (length >= 3 && this.shardKeys.has(longer)) return [longer]
      const key = shardKey(prefix)
      return this.shardKeys.has(key) ? [key] : []
    }
    // A lone character (CJK): every key it starts.
    return [...this.shardKeys.keys()].filter((known) => known.startsWith(prefix))
  }

  private readonly vocabularies = new Map<string, Promise<void>>()
  private readonly knownTerms = new Set<string>()
  private knownSorted: string[] | undefined

  /** Loads the vocabulary (terms only) of a split key, for typo corrections; nothing for a key that is not split. */
  loadVocabulary(key: string): Promise<void> {
    const at = this.vocabularyKeys.get(key)
    if (at === undefined) return Promise.resolve()
    let loading = this.vocabularies.get(key)
    if (!loading) {
      loading = this.load(vocabularyFile(this.manifest, at)).then((data) => {
        for (const term of (data as SearchVocabularyFile).terms) this.knownTerms.add(term)
        this.knownSorted = undefined
      })
      loading.catch(() => this.vocabularies.delete(key))
      this.vocabularies.set(key, loading)
    }
    return loading
  }

  /** Every term known so far: loaded in an index, or listed in a loaded vocabulary. */
  knownVocabulary(): string[] {
    if (this.knownTerms.size === 0) return this.sortedVocabulary()
    if (!this.knownSorted) this.knownSorted = [...new Set([...this.sortedVocabulary(), ...this.knownTerms])].sort()
    return this.knownSorted
  }

  private loadTermShard(key: string): Promise<void> {
    let loading = this.termShards.get(key)
    if (!loading) {
      loading = this.load(termShardFile(this.manifest, this.shardKeys.get(key)!)).then((data) => {
        const shard = data as SearchTermShard
        for (const field of SHARDED_FIELDS) this.importTerms(field, shard.index[field])
      })
      loading.catch(() => this.termShards.delete(key))
      this.termShards.set(key, loading)
    }
    return loading
  }

  /** Loads the term shards holding the terms that start with any of these prefixes. */
  async loadTermsStartingWith(prefixes: Iterable<string>): Promise<void> {
    const needed = new Set<string>()
    for (const prefix of prefixes) for (const key of this.shardKeysFor(prefix)) needed.add(key)
    await Promise.all([...needed].map((key) => this.loadTermShard(key)))
  }

  private loadText(page: number): Promise<SearchTextFile> {
    let loading = this.texts.get(page)
    if (!loading) {
      loading = this.load(textFile(this.manifest, page)).then((data) => {
        const file = data as SearchTextFile
        this.loadedText.set(page, file)
        return file
      })
      loading.catch(() => this.texts.delete(page))
      this.texts.set(page, loading)
    }
    return loading
  }

  /** Loads the text files of the pages of these sections. */
  async loadSections(sections: Iterable<number>): Promise<void> {
    const pages = new Set<number>()
    for (const section of sections) pages.add(this.pageOf(section))
    await Promise.all([...pages].map((page) => this.loadText(page)))
  }

  /** A loaded section: [anchor, heading, text, code], the anchor filled in; undefined until its page's text is loaded. */
  sectionRow(section: number): SectionRow | undefined {
    const page = this.pageOf(section)
    const row = this.loadedText.get(page)?.sections[section - this.firstSection[page]!]
    return row ? [row[0] || simpleSlug(row[1]), row[1], row[2], row[3]] : undefined
  }
}
