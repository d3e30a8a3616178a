/**
 * The search index, built once per site build: one FlexSearch index per
 * field (src/shared/search/flex.ts), fed every page's title and breadcrumb
 * and every section's heading, text and code, cut into terms by the shared
 * tokenizer; exported, its entries go into one term file per two-character
 * key, with the pages' titles and breadcrumbs in the core file; section
 * text for snippets goes into one small file per page, fetched only for the
 * results being shown. The format is src/shared/search/format.ts.
 * Pure: returns the files to write and leaves writing to the caller.
 */
import { shortHashOf } from '../../common/hash'
import type { Handbook, Page } from '../../handbook'
import { searchCrumbsOf } from '../../../shared/page-view/crumbs'
import { extractSections, tidyText } from './extract'
import type { ExtractedSection } from '../../markdown/render'
import { tokenize } from '../../../shared/search/tokenize'
import { fieldIndex, packEntries, type FlexMapEntry } from '../../../shared/search/flex'
import {
  PAGE_FIELDS,
  SEARCH_FOLDER,
  SEARCH_FORMAT_VERSION,
  SEARCH_MANIFEST,
  SHARDED_FIELDS,
  SHARD_KEY_LENGTH,
  SNIPPET_SOURCE_CHARS,
  SPLIT_SHARD_BYTES,
  LENGTH_FIELDS,
  coreFile,
  lengthBucket,
  packPages,
  unpackPages,
  shardKey,
  simpleSlug,
  termShardFile,
  textFile,
  vocabularyFile,
  type PageRow,
  type SearchCoreFile,
  type SearchField,
  type SearchManifest,
  type SearchTermShard,
  type SearchTextFile,
  type SearchVocabularyFile,
  type SectionRow,
  type ShardedField,
} from '../../../shared/search/format'

/** A page as search sees it. */
export interface SearchPage {
  url: string
  title: string
  /** Where the page sits: the sidebar groups above it (see searchCrumbsOf in src/shared/page-view/crumbs.ts). */
  crumbs: string[]
  /** The first is the page's top (anchor ""), then one per h2/h3. */
  sections: ExtractedSection[]
}

export interface SearchFile {
  /** Path relative to the site's public folder, e.g. `_handbook/search/manifest.json`. */
  path: string
  contents: string
}

/** What building the index gives: the files, and figures for the build log. */
export interface SearchFilesBuilt {
  files: SearchFile[]
  stats: SearchBuildStats
}

export interface SearchBuildStats {
  pages: number
  sections: number
  /** Bytes of each file, raw. */
  bytes: Record<string, number>
}

/** Whether a page is searchable: every published page unless its frontmatter says `search: false`. */
export function isSearchable(page: Pick<Page, 'frontmatter'>): boolean {
  return page.frontmatter.search !== false
}

/** The page's top section always exists (title matches point there) and starts with the description. */
function withTopSection(sections: ExtractedSection[], description: string): ExtractedSection[] {
  const top = sections[0]?.anchor === '' ? sections[0] : undefined
  const rest = top ? sections.slice(1) : sections
  const text = top?.text ?? ''
  const intro = description && !text.includes(description.replace(/…$/, '')) ? tidyText(`${description} ${text}`) : text
  return [{ anchor: '', heading: '', depth: 0, text: intro, code: top?.code ?? '' }, ...rest]
}

/** A page's sections; a page whose source cannot be read again (an MDX syntax error, already reported) is found by its title. */
function safeSections(page: Page): ExtractedSection[] {
  // Cut on the render worker, and cached with the page (see render-jobs.ts).
  if (page.searchSections) return page.searchSections
  try {
    return extractSections(page)
  } catch {
    return []
  }
}

/** What search reads of the handbook (pages made from data are optional: a handbook without people has none). */
export type SearchedHandbook = Pick<Handbook, 'pages' | 'sidebars'> & Partial<Pick<Handbook, 'generated'>> & { synonyms?: readonly (readonly string[])[] }

/** Every searchable page of the handbook with its sections and breadcrumb; people are sections of the directory, so a result lands on their card. */
export function searchPages(handbook: SearchedHandbook): SearchPage[] {
  const sidebars = new Map(handbook.sidebars.map((sidebar) => [sidebar.name, sidebar]))
  // A generated page with nothing to index (the recent changes page, whose text changes every build) is not searched.
  const generated = (handbook.generated ?? [])
    .filter((page) => page.sections.length > 0)
    .map((page): SearchPage => ({ url: page.url, title: page.title, crumbs: searchCrumbsOf(page, sidebars), sections: page.sections }))
  return [
    ...handbook.pages.filter(isSearchable).map((page) => {
      const description = typeof page.frontmatter.description === 'string' ? page.frontmatter.description : ''
      return {
        url: page.url,
        title: page.title,
        crumbs: searchCrumbsOf(page, sidebars),
        sections: withTopSection(safeSections(page), description),
      }
    }),
    ...generated,
  ]
}

/** Terms of one field as the index cuts them: short fields keep common words ("What we are not"). */
export function fieldTerms(field: SearchField, text: string): string[] {
  return tokenize(text, field !== 'text' && field !== 'code')
}

/** Text kept for a snippet: the start of long sections, cut at a word. */
function snippetSource(text: string): string {
  if (text.length <= SNIPPET_SOURCE_CHARS) return text
  const cut = text.slice(0, SNIPPET_SOURCE_CHARS)
  const space = cut.lastIndexOf(' ')
  return space > SNIPPET_SOURCE_CHARS - 200 ? cut.slice(0, space) : cut
}

export interface BuiltSearchIndex {
  core: SearchCoreFile
  /** Term shards by key. */
  terms: Map<string, SearchTermShard>
  /** Vocabulary of each split key. */
  vocabulary: Map<string, string[]>
  /** Per page, its sections for snippets. */
  text: SearchTextFile[]
  pages: number
  sections: number
}

/** One field's FlexSearch index as it is built, and its length figures (BM25's averages). */
class FieldIndex {
  readonly index: ReturnType<typeof fieldIndex>
  total = 0
  count = 0

  /** The terms of the text being added, cut once for its length and for FlexSearch. */
  private cut: string[] | undefined

  constructor(readonly field: SearchField) {
    this.index = fieldIndex(field, (text) => this.cut ?? fieldTerms(field, text))
  }

  /**
   * Adds one page (title, breadcrumb) or section; returns its number of
   * terms. `indexed` false counts its length only (a breadcrumb trail
   * already in the index, under its trail number).
   */
  add(id: number, text: string, indexed = true): number {
    const terms = fieldTerms(this.field, text)
    if (terms.length === 0) return 0
    this.total += terms.length
    this.count++
    if (!indexed) return terms.length
    this.cut = terms
    this.index.add(id, text)
    this.cut = undefined
    return terms.length
  }

  /** The index's exported `map` entries, sorted by term (the export's order follows insertion); the files carry them packed (packEntries). */
  entries(): FlexMapEntry[] {
    const entries: FlexMapEntry[] = []
    // A callback that returns nothing makes FlexSearch export synchronously, in chunks ("1.map", "2.map", …).
    void this.index.export((key: string, data: string) => {
      if (key.endsWith('map')) for (const entry of JSON.parse(data) as FlexMapEntry[]) entries.push(entry)
    })
    return entries.sort(([a], [b]) => compareKeys(a, b))
  }

  average(): number {
    return this.count ? Math.round((this.total / this.count) * 10) / 10 : 1
  }
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** One shard per two-character key (three for the largest: SPLIT_SHARD_BYTES): a page's terms touch only their own keys' files. */
function shardTerms(fields: Record<ShardedField, FlexMapEntry[]>): { shards: Map<string, SearchTermShard>; vocabulary: Map<string, string[]> } {
  const grouped = (length: number, entries: Array<[ShardedField, FlexMapEntry]>) => {
    const groups = new Map<string, Array<[ShardedField, FlexMapEntry]>>()
    for (const item of entries) {
      const key = shardKey(item[1][0], length)
      const list = groups.get(key) ?? []
      list.push(item)
      groups.set(key, list)
    }
    return groups
  }
  const toShard = (entries: Array<[ShardedField, FlexMapEntry]>): SearchTermShard => {
    const shard: SearchTermShard = { index: { heading: [], text: [], code: [] } }
    for (const [field, entry] of entries) shard.index[field].push(entry)
    for (const field of SHARDED_FIELDS) shard.index[field] = packEntries(shard.index[field])
    return shard
  }
  const all: Array<[ShardedField, FlexMapEntry]> = SHARDED_FIELDS.flatMap((field) => fields[field].map((entry): [ShardedField, FlexMapEntry] => [field, entry]))
  const shards = new Map<string, SearchTermShard>()
  const vocabulary = new Map<string, string[]>()
  for (const [key, entries] of grouped(SHARD_KEY_LENGTH, all)) {
    const bytes = entries.reduce((sum, [, entry]) => sum + JSON.stringify(entry).length + 1, 0)
    if (bytes <= SPLIT_SHARD_BYTES) {
      shards.set(key, toShard(entries))
      continue
    }
    vocabulary.set(key, [...new Set(entries.map(([, entry]) => entry[0]))].sort(compareKeys))
    for (const [subKey, subEntries] of grouped(SHARD_KEY_LENGTH + 1, entries)) shards.set(subKey, toShard(subEntries))
  }
  return { shards: new Map([...shards].sort(([a], [b]) => compareKeys(a, b))), vocabulary }
}

/** The index as data (what the files hold), for the files and for tests. */
export function buildSearchIndex(pages: readonly SearchPage[], synonyms: readonly (readonly string[])[] = []): BuiltSearchIndex {
  const indexes = Object.fromEntries([...PAGE_FIELDS, ...SHARDED_FIELDS].map((field) => [field, new FieldIndex(field)])) as Record<SearchField, FieldIndex>
  const crumbIds = new Map<string, number>()
  const crumbs: string[][] = []
  const pageRows: PageRow[] = []
  const text: SearchTextFile[] = []
  let sections = 0
  const lengths = { heading: '', text: '', code: '' } satisfies SearchCoreFile['lengths']

  pages.forEach((page, pageId) => {
    let crumb = -1
    let newTrail = false
    if (page.crumbs.length > 0) {
      const key = page.crumbs.join('\u0000')
      crumb = crumbIds.get(key) ?? crumbs.length
      newTrail = crumb === crumbs.length
      if (newTrail) {
        crumbIds.set(key, crumb)
        crumbs.push(page.crumbs)
      }
    }
    pageRows.push([page.url, page.title, crumb, page.sections.length])
    indexes.title.add(pageId, page.title)
    // A trail is indexed once, by its number; its length counts for every page under it (BM25's average is over pages).
    indexes.crumbs.add(crumb, page.crumbs.join(' '), newTrail)
    const rows: SectionRow[] = []
    page.sections.forEach((section) => {
      // Section numbers run on over the pages: the ids of the section fields' indexes.
      for (const field of LENGTH_FIELDS) lengths[field] += lengthBucket(indexes[field].add(sections, section[field]))
      sections++
      const anchor = section.anchor === simpleSlug(section.heading) ? '' : section.anchor
      rows.push([anchor, section.heading, snippetSource(section.text), snippetSource(section.code)])
    })
    text.push({ sections: rows })
  })

  const averageLength = Object.fromEntries(Object.entries(indexes).map(([field, list]) => [field, list.average()])) as Record<SearchField, number>
  const core: SearchCoreFile = {
    version: SEARCH_FORMAT_VERSION,
    crumbs,
    pages: packPages(pageRows),
    index: { title: packEntries(indexes.title.entries()), crumbs: packEntries(indexes.crumbs.entries()) },
    lengths,
    averageLength,
    synonyms: synonyms.map((group) => [...group]),
  }
  const { shards: terms, vocabulary } = shardTerms({ heading: indexes.heading.entries(), text: indexes.text.entries(), code: indexes.code.entries() })
  return { core, terms, vocabulary, text, pages: pageRows.length, sections }
}

/** The index an earlier build published in the same folder: its manifest, and what each of its files holds (undefined when gone). */
export interface PreviousIndex {
  manifest: SearchManifest
  read(name: string): string | undefined
}

/** Where a file was in the previous index: its name and its label. */
type Former = { name: string; label: string } | undefined

/**
 * The labels of a build's files (see src/shared/search/format.ts): a file whose contents the previous index has under
 * the same key keeps that file's label, any other takes `label`, this build's. Labels are numbered in the order met.
 */
function labeller(label: string, previous: PreviousIndex | undefined) {
  const labels = [label]
  const numbers = new Map([[label, 0]])
  return {
    labels,
    /** The number of the label for `contents`, given the name and label the previous index had for the same file. */
    of(contents: string, before: Former): number {
      if (!previous || !before || previous.read(before.name) !== contents) return 0
      let number = numbers.get(before.label)
      if (number === undefined) {
        number = labels.length
        labels.push(before.label)
        numbers.set(before.label, number)
      }
      return number
    },
  }
}

/** The previous index's files by place (`at`, in one of its lists), given each one's label number and name. */
function formerFiles(before: SearchManifest | undefined, numbers: (manifest: SearchManifest) => readonly number[], name: (manifest: SearchManifest, at: number) => string) {
  return (at: number | undefined): Former => {
    const label = before && at !== undefined ? before.labels[numbers(before)[at]!] : undefined
    return label === undefined ? undefined : { name: name(before!, at!), label }
  }
}

/** Whether `manifest` is one this version of the index can take names from. */
function usableManifest(manifest: SearchManifest | undefined): manifest is SearchManifest {
  return (
    manifest?.version === SEARCH_FORMAT_VERSION &&
    Array.isArray(manifest.labels) &&
    [manifest.terms, manifest.termLabels, manifest.vocabulary, manifest.vocabularyLabels, manifest.textIds, manifest.textLabels].every(Array.isArray)
  )
}

/** The previous index's page number of each URL, read from its core file; empty when it cannot be read. */
function formerPages(previous: PreviousIndex, before: SearchManifest): Map<string, number> {
  try {
    const core = JSON.parse(previous.read(coreFile(before)) ?? 'null') as SearchCoreFile | null
    return new Map(core ? unpackPages(core.pages).map(([url], page) => [url, page]) : [])
  } catch {
    return new Map()
  }
}

/**
 * Each page's text file number: the one its URL had in the previous index, else the next after every number that
 * index used (a number never names two pages' texts in a row of builds).
 */
function textIdsOf(urls: readonly string[], before: SearchManifest | undefined, pageOf: ReadonlyMap<string, number>): number[] {
  const used = new Set<number>()
  let next = (before?.textIds ?? []).reduce((max, id) => (Number.isInteger(id) && id > max ? id : max), -1) + 1
  return urls.map((url) => {
    const page = pageOf.get(url)
    const kept = page === undefined ? undefined : before?.textIds[page]
    const id = kept !== undefined && Number.isInteger(kept) && kept >= 0 && !used.has(kept) ? kept : next++
    used.add(id)
    return id
  })
}

/**
 * The files of the index and the manifest that lists their keys and labels: each file named with the hash of the whole
 * index, unless `previous` (the index of the build before) has the same contents for it, whose name it keeps.
 */
export function searchIndexFiles(built: BuiltSearchIndex, previous?: PreviousIndex): SearchFile[] {
  const terms = [...built.terms.keys()]
  const vocabulary = [...built.vocabulary.keys()].sort(compareKeys)
  const core = JSON.stringify(built.core)
  const shards = [...built.terms.values()].map((shard) => JSON.stringify(shard))
  const vocabularies = vocabulary.map((key) => JSON.stringify({ terms: built.vocabulary.get(key)! } satisfies SearchVocabularyFile))
  const texts = built.text.map((file) => JSON.stringify(file))
  const before = usableManifest(previous?.manifest) ? previous!.manifest : undefined
  const label = labeller(shortHashOf(JSON.stringify(terms), core, ...shards, ...vocabularies, ...texts), before && previous)
  // The files of the previous index: term and vocabulary files by key, text files by page, the core.
  const placeOf = (keys: readonly string[] | undefined) => new Map(keys?.map((key, at) => [key, at]))
  const [termPlaces, vocabularyPlaces] = [placeOf(before?.terms), placeOf(before?.vocabulary)]
  const formerTerm = formerFiles(before, (m) => m.termLabels, termShardFile)
  const formerVocabulary = formerFiles(before, (m) => m.vocabularyLabels, vocabularyFile)
  const formerText = formerFiles(before, (m) => m.textLabels, textFile)
  // Text files go with their page's URL, wherever the page now is.
  const urls = unpackPages(built.core.pages).map(([url]) => url)
  const pageOf = before ? formerPages(previous!, before) : new Map<string, number>()
  const formerCore = formerFiles(
    before,
    (m) => [m.core],
    (m) => coreFile(m),
  )
  const manifest: SearchManifest = {
    version: SEARCH_FORMAT_VERSION,
    labels: label.labels,
    core: label.of(core, formerCore(0)),
    terms,
    termLabels: terms.map((key, at) => label.of(shards[at]!, formerTerm(termPlaces.get(key)))),
    vocabulary,
    vocabularyLabels: vocabulary.map((key, at) => label.of(vocabularies[at]!, formerVocabulary(vocabularyPlaces.get(key)))),
    textIds: textIdsOf(urls, before, pageOf),
    textLabels: texts.map((contents, page) => label.of(contents, formerText(pageOf.get(urls[page]!)))),
    pages: built.pages,
    sections: built.sections,
  }
  const file = (name: string, contents: string): SearchFile => ({ path: `${SEARCH_FOLDER}/${name}`, contents })
  return [
    file(coreFile(manifest), core),
    ...shards.map((contents, at) => file(termShardFile(manifest, at), contents)),
    ...vocabularies.map((contents, at) => file(vocabularyFile(manifest, at), contents)),
    ...texts.map((contents, page) => file(textFile(manifest, page), contents)),
    file(SEARCH_MANIFEST, JSON.stringify(manifest)),
  ]
}

/** The files of the index of these pages, and its figures: plain data in and out, so a worker can build it (index-worker.ts). */
export function searchFilesOfPages(pages: readonly SearchPage[], synonyms: readonly (readonly string[])[] = [], previous?: PreviousIndex): SearchFilesBuilt {
  const built = buildSearchIndex(pages, synonyms)
  const files = searchIndexFiles(built, previous)
  return {
    files,
    stats: {
      pages: built.pages,
      sections: built.sections,
      bytes: Object.fromEntries(files.map((file) => [file.path, Buffer.byteLength(file.contents)])),
    },
  }
}

/** Everything search publishes for a handbook: the files to write under the public folder. */
export function buildSearchFiles(handbook: SearchedHandbook, synonyms: readonly (readonly string[])[] = handbook.synonyms ?? []): SearchFilesBuilt {
  return searchFilesOfPages(searchPages(handbook), synonyms)
}
