/**
 * The published index as far as it is loaded: the manifest and core file
 * (opened once), then term shards and text shards fetched as queries need
 * them, each once, through a loader (`fetch` in the browser, the file
 * system in tests and benchmarks). Knows the files, not the ranking
 * (./engine.ts). Runs in the browser: no Node APIs.
 */
import { Index } from 'flexsearch'
import {
  FIELD_RESOLUTION,
  PAGE_FIELDS,
  SEARCH_FORMAT_VERSION,
  SEARCH_MANIFEST,
  SHARDED_FIELDS,
  decodePostings,
  shardKey,
  simpleSlug,
  type PageField,
  type PageRow,
  type SearchCoreFile,
  type SearchField,
  type SearchManifest,
  type SearchTermShard,
  type SearchTextShard,
  type SectionRow,
  type TermEntry,
} from './format'

/** Reads one file of the search folder (`manifest.json`, `core-….json`, …) as parsed JSON. */
export type SearchLoader = (file: string) => Promise<unknown>

/** FlexSearch's limit on ids per lookup: all of them. */
const ALL = 1_000_000

export class LoadedIndex {
  private readonly indexes: Record<SearchField, Index>
  /** Every term loaded so far, sorted, and its number of postings (for choosing completions). */
  private vocabulary: string[] = []
  private vocabularyDirty = false
  private readonly frequency = new Map<string, number>()
  private readonly termShards = new Map<number, Promise<void>>()
  private readonly textShards = new Map<number, Promise<SearchTextShard>>()
  /** Text shards loaded so far, by index. */
  private readonly loadedText = new Map<number, SearchTextShard>()
  /** Section number → page number, and each page's first section. */
  private readonly sectionPage: Int32Array
  private readonly firstSection: Int32Array

  private constructor(
    readonly manifest: SearchManifest,
    private readonly core: SearchCoreFile,
    private readonly load: SearchLoader,
  ) {
    const fields = [...PAGE_FIELDS, ...SHARDED_FIELDS] as SearchField[]
    // Terms arrive already cut (they are the index's own keys): the encoder passes them through.
    this.indexes = Object.fromEntries(
      fields.map((field) => [field, new Index({ tokenize: 'strict', resolution: FIELD_RESOLUTION[field], encode: (text: string) => [text] })]),
    ) as Record<SearchField, Index>
    this.sectionPage = new Int32Array(manifest.sections)
    this.firstSection = new Int32Array(core.pages.length)
    let section = 0
    core.pages.forEach((page, pageId) => {
      this.firstSection[pageId] = section
      for (let i = 0; i < page[3]; i++) this.sectionPage[section++] = pageId
    })
    for (const field of PAGE_FIELDS as readonly PageField[]) this.importTerms(field, core.fields[field])
  }

  /** Loads the manifest and the core file; the rest is loaded as queries need it. */
  static async open(load: SearchLoader): Promise<LoadedIndex> {
    const manifest = (await load(SEARCH_MANIFEST)) as SearchManifest
    if (manifest?.version !== SEARCH_FORMAT_VERSION) throw new Error(`search index version ${String(manifest?.version)} is not ${SEARCH_FORMAT_VERSION}`)
    const core = (await load(manifest.core)) as SearchCoreFile
    return new LoadedIndex(manifest, core, load)
  }

  /** Every page: [url, title, breadcrumb, number of sections]. */
  get pages(): readonly PageRow[] {
    return this.core.pages
  }

  /** A page's breadcrumb: the sidebar groups above it (labelled by `crumbLabel` in ./crumb-label). */
  pageCrumbs(page: PageRow): string[] {
    return page[2] >= 0 ? (this.core.crumbs[page[2]] ?? []) : []
  }

  /** The page a section belongs to. */
  pageOf(section: number): number {
    return this.sectionPage[section]!
  }

  /** A page's sections: numbers `first` to `end` - 1; the first is the page's top. */
  sectionsOfPage(page: number): { first: number; end: number } {
    const first = this.firstSection[page]!
    return { first, end: page + 1 < this.firstSection.length ? this.firstSection[page + 1]! : this.sectionPage.length }
  }

  private importTerms(field: SearchField, entries: TermEntry[]): void {
    if (entries.length === 0) return
    decodePostings(entries)
    this.indexes[field].import('map', entries as unknown as string)
    for (const [term, slots] of entries) {
      let count = 0
      for (const ids of slots) if (ids) count += ids.length
      const known = this.frequency.get(term)
      if (known === undefined) this.vocabulary.push(term)
      this.frequency.set(term, (known ?? 0) + count)
    }
    this.vocabularyDirty = true
  }

  /** Every term loaded so far, sorted. */
  sortedVocabulary(): string[] {
    if (this.vocabularyDirty) {
      this.vocabulary.sort()
      this.vocabularyDirty = false
    }
    return this.vocabulary
  }

  /** Postings of a loaded term over all fields; undefined for a term not loaded (or not indexed). */
  frequencyOf(term: string): number | undefined {
    return this.frequency.get(term)
  }

  /** Ids (page numbers for page fields, section numbers for the others) of a term in a field, by FlexSearch's order. */
  lookup(field: SearchField, term: string): number[] {
    return this.indexes[field].search(term, { limit: ALL }) as number[]
  }

  /** Term shards holding the terms that start with `prefix`. */
  private termShardsFor(prefix: string): number[] {
    const shards = this.manifest.terms
    const key = shardKey(prefix)
    const lastOf = (value: string) => {
      let found = 0
      for (let i = 0; i < shards.length; i++) if (shards[i]!.from <= value) found = i
      return found
    }
    if ([...prefix].length >= 2) return shards.length ? [lastOf(key)] : []
    // A lone character: every shard whose keys may start with it.
    const first = lastOf(key)
    const last = lastOf(`${key}\uffff`)
    return Array.from({ length: last - first + 1 }, (_, i) => first + i)
  }

  private loadTermShard(index: number): Promise<void> {
    let loading = this.termShards.get(index)
    if (!loading) {
      loading = this.load(this.manifest.terms[index]!.file).then((data) => {
        const shard = data as SearchTermShard
        for (const field of SHARDED_FIELDS) this.importTerms(field, shard.fields[field])
      })
      loading.catch(() => this.termShards.delete(index))
      this.termShards.set(index, loading)
    }
    return loading
  }

  /** Loads the term shards holding the terms that start with any of these prefixes. */
  async loadTermsStartingWith(prefixes: Iterable<string>): Promise<void> {
    const needed = new Set<number>()
    for (const prefix of prefixes) for (const shard of this.termShardsFor(prefix)) needed.add(shard)
    await Promise.all([...needed].map((shard) => this.loadTermShard(shard)))
  }

  private loadTextShard(index: number): Promise<SearchTextShard> {
    let loading = this.textShards.get(index)
    if (!loading) {
      loading = this.load(this.manifest.text[index]!.file).then((data) => {
        const shard = data as SearchTextShard
        this.loadedText.set(index, shard)
        return shard
      })
      loading.catch(() => this.textShards.delete(index))
      this.textShards.set(index, loading)
    }
    return loading
  }

  private textShardOf(section: number): number {
    const shards = this.manifest.text
    let lo = 0
    let hi = shards.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (shards[mid]!.first <= section) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Loads the text shards holding these sections. */
  async loadSections(sections: Iterable<number>): Promise<void> {
    const shards = new Set<number>()
    for (const section of sections) shards.add(this.textShardOf(section))
    await Promise.all([...shards].map((index) => this.loadTextShard(index)))
  }

  /** A loaded section: [anchor, heading, text, code], the anchor filled in. */
  sectionRow(section: number): SectionRow | undefined {
    const index = this.textShardOf(section)
    const row = this.loadedText.get(index)?.sections[section - this.manifest.text[index]!.first]
    return row ? [row[0] || simpleSlug(row[1]), row[1], row[2], row[3]] : undefined
  }
}
