/**
 * The search index, built once per site build: every page's sections go into
 * FlexSearch indexes (one per field), which are exported to static JSON
 * files with the pages' titles and breadcrumbs; section text for snippets
 * goes into separate shards, fetched only for the results being shown.
 * Pure: returns the files to write and leaves writing to the caller.
 */
import { shortHashOf } from '../hash'
import { Index } from 'flexsearch'
import type { Handbook, Page } from '../handbook'
import { searchCrumbsOf } from '../../shared/page-view'
import { extractSections, tidyText, type ExtractedSection } from './extract'
import { tokenize } from '../../shared/search/tokenize'
import {
  FIELD_RESOLUTION,
  PAGE_FIELDS,
  SEARCH_FOLDER,
  SEARCH_FORMAT_VERSION,
  SEARCH_MANIFEST,
  SHARDED_FIELDS,
  SNIPPET_SOURCE_CHARS,
  TEXT_SHARD_CHARS,
  TERM_SHARD_BYTES,
  encodePostings,
  shardKey,
  simpleSlug,
  type PageRow,
  type SearchCoreFile,
  type SearchField,
  type SearchManifest,
  type SearchTermShard,
  type SearchTextShard,
  type SectionRow,
  type ShardedField,
  type TermEntry,
} from '../../shared/search/format'

/** A page as search sees it. */
export interface SearchPage {
  url: string
  title: string
  /** Where the page sits: the sidebar groups above it (see searchCrumbsOf in src/shared/page-view.ts). */
  crumbs: string[]
  /** The first is the page's top (anchor ""), then one per h2/h3. */
  sections: ExtractedSection[]
}

export interface SearchFile {
  /** Path relative to the site's public folder, e.g. `_handbook/search/manifest.json`. */
  path: string
  contents: string
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
export type SearchedHandbook = Pick<Handbook, 'pages' | 'sidebars'> & Partial<Pick<Handbook, 'generated'>>

/** Every searchable page of the handbook with its sections and breadcrumb; people are sections of the directory, so a result lands on their card. */
export function searchPages(handbook: SearchedHandbook): SearchPage[] {
  const sidebars = new Map(handbook.sidebars.map((sidebar) => [sidebar.name, sidebar]))
  // A generated page with nothing to index (the recent changes page, whose text changes every build) is not searched.
  const generated = (handbook.generated ?? []).filter((page) => page.sections.length > 0).map((page): SearchPage => ({ url: page.url, title: page.title, crumbs: searchCrumbsOf(page, sidebars), sections: page.sections }))
  return [...handbook.pages.filter(isSearchable).map((page) => {
    const description = typeof page.frontmatter.description === 'string' ? page.frontmatter.description : ''
    return {
      url: page.url,
      title: page.title,
      crumbs: searchCrumbsOf(page, sidebars),
      sections: withTopSection(safeSections(page), description),
    }
  }), ...generated]
}

/** A FlexSearch index of one field, cutting text with the shared tokenizer. */
export function createFieldIndex(field: SearchField): Index {
  // Short fields keep common words: a heading such as "What we are not" is found by its words.
  const common = field !== 'text' && field !== 'code'
  return new Index({ tokenize: 'strict', resolution: FIELD_RESOLUTION[field], encode: (text: string) => tokenize(text, common) })
}

/** FlexSearch's export of an index's term map (the register of ids is not needed to search). */
export function exportTerms(index: Index): TermEntry[] {
  const entries: TermEntry[] = []
  index.export((key, data) => {
    if (/(^|\.)map$/.test(key) && data) entries.push(...(JSON.parse(data) as TermEntry[]))
  })
  return entries
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
  /** Term shards with the first key of each. */
  terms: Array<{ from: string; shard: SearchTermShard }>
  text: Array<{ first: number; shard: SearchTextShard }>
  pages: number
  sections: number
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Cuts the long fields' terms into shards by their first two characters:
 * consecutive keys share a shard up to about TERM_SHARD_BYTES. A key is
 * never split, so a query term's key names exactly one shard.
 */
function shardTerms(fields: Record<ShardedField, TermEntry[]>): Array<{ from: string; shard: SearchTermShard }> {
  const byKey = new Map<string, { fields: Record<ShardedField, TermEntry[]>; bytes: number }>()
  for (const field of SHARDED_FIELDS) {
    for (const entry of fields[field]) {
      const key = shardKey(entry[0])
      let group = byKey.get(key)
      if (!group) byKey.set(key, (group = { fields: { heading: [], text: [], code: [] }, bytes: 0 }))
      group.fields[field].push(entry)
      group.bytes += JSON.stringify(entry).length + 1
    }
  }
  const shards: Array<{ from: string; shard: SearchTermShard; bytes: number }> = []
  for (const key of [...byKey.keys()].sort(compareKeys)) {
    const group = byKey.get(key)!
    const last = shards[shards.length - 1]
    if (last && last.bytes + group.bytes <= TERM_SHARD_BYTES) {
      for (const field of SHARDED_FIELDS) last.shard.fields[field].push(...group.fields[field])
      last.bytes += group.bytes
    } else {
      shards.push({ from: key, shard: { fields: group.fields }, bytes: group.bytes })
    }
  }
  // The first shard also takes any key sorting before its own (there is none when built; queries may have them).
  if (shards[0]) shards[0].from = ''
  return shards.map(({ from, shard }) => ({ from, shard }))
}

/** The index as data (what the files hold), for the files and for tests. */
export function buildSearchIndex(pages: readonly SearchPage[]): BuiltSearchIndex {
  const fieldNames: SearchField[] = [...PAGE_FIELDS, ...SHARDED_FIELDS]
  const indexes = Object.fromEntries(fieldNames.map((field) => [field, createFieldIndex(field)])) as Record<SearchField, Index>
  const crumbIds = new Map<string, number>()
  const crumbs: string[][] = []
  const pageRows: PageRow[] = []
  const text: BuiltSearchIndex['text'] = []
  let shard: SearchTextShard | undefined
  let shardChars = 0
  let sectionId = 0

  pages.forEach((page, pageId) => {
    let crumb = -1
    if (page.crumbs.length > 0) {
      const key = page.crumbs.join('\u0000')
      crumb = crumbIds.get(key) ?? crumbs.length
      if (crumb === crumbs.length) {
        crumbIds.set(key, crumb)
        crumbs.push(page.crumbs)
      }
    }
    pageRows.push([page.url, page.title, crumb, page.sections.length])
    indexes.title.add(pageId, page.title)
    if (page.crumbs.length > 0) indexes.crumbs.add(pageId, page.crumbs.join(' '))
    for (const section of page.sections) {
      const id = sectionId++
      if (!shard || shardChars >= TEXT_SHARD_CHARS) {
        shard = { sections: [] }
        text.push({ first: id, shard })
        shardChars = 0
      }
      if (section.heading) indexes.heading.add(id, section.heading)
      if (section.text) indexes.text.add(id, section.text)
      if (section.code) indexes.code.add(id, section.code)
      const anchor = section.anchor === simpleSlug(section.heading) ? '' : section.anchor
      const row: SectionRow = [anchor, section.heading, snippetSource(section.text), snippetSource(section.code)]
      shard.sections.push(row)
      shardChars += row.reduce((sum, value) => sum + value.length, 0)
    }
  })

  const exported = (field: SearchField) => encodePostings(exportTerms(indexes[field]))
  const core: SearchCoreFile = {
    version: SEARCH_FORMAT_VERSION,
    crumbs,
    pages: pageRows,
    fields: { title: exported('title'), crumbs: exported('crumbs') },
  }
  const terms = shardTerms({ heading: exported('heading'), text: exported('text'), code: exported('code') })
  return { core, terms, text, pages: pageRows.length, sections: sectionId }
}

/** The files of the index, named by content hash, and the manifest that lists them. */
export function searchIndexFiles(built: BuiltSearchIndex): SearchFile[] {
  const files: SearchFile[] = []
  const add = (name: string, data: unknown): string => {
    const json = JSON.stringify(data)
    const file = `${name}-${shortHashOf(json)}.json`
    files.push({ path: `${SEARCH_FOLDER}/${file}`, contents: json })
    return file
  }
  const manifest: SearchManifest = {
    version: SEARCH_FORMAT_VERSION,
    core: add('core', built.core),
    terms: built.terms.map(({ from, shard }, i) => ({ from, file: add(`terms-${i}`, shard) })),
    text: built.text.map(({ first, shard }, i) => ({ first, file: add(`text-${i}`, shard) })),
    pages: built.pages,
    sections: built.sections,
  }
  files.push({ path: `${SEARCH_FOLDER}/${SEARCH_MANIFEST}`, contents: JSON.stringify(manifest) })
  return files
}

/** Everything search publishes for a handbook: the files to write under the public folder. */
export function buildSearchFiles(handbook: SearchedHandbook): { files: SearchFile[]; stats: SearchBuildStats } {
  const built = buildSearchIndex(searchPages(handbook))
  const files = searchIndexFiles(built)
  return {
    files,
    stats: {
      pages: built.pages,
      sections: built.sections,
      bytes: Object.fromEntries(files.map((file) => [file.path, Buffer.byteLength(file.contents)])),
    },
  }
}
