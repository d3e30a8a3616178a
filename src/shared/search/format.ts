/**
 * The search index as published: the types of its files, shared by the
 * build (src/content/features/search/build.ts) and the engine that answers queries
 * (src/shared/search/engine.ts, which runs in the reader's browser).
 *
 * Files, under `{pathPrefix}/{SEARCH_FOLDER}/` (src/shared/output.ts):
 *
 * - `manifest.json` (the one fixed name, small): the keys of the term
 *   files, and the label every other file's name carries so that it can be
 *   cached forever. A label is the hash of the whole index of the build
 *   that made the file's contents: a file a rebuild makes the same keeps its
 *   name, so that a one-page edit renames the few files it changed (on the
 *   18F handbook: 3 of 803 for a word, 8 for a sentence; a new heading
 *   renumbers the sections after it, and about half change), and hosts
 *   upload, and browsers fetch again, only those. The manifest holds the
 *   labels once and a small number per file (`labels`, `termLabels`...),
 *   not a hash per file (35 KB gzip at 5,000 pages).
 * - `core-<label>.json`: pages (URL, title, breadcrumb, number of sections),
 *   the FlexSearch indexes of page titles and breadcrumbs, field lengths and
 *   their averages, and the handbook's own synonym groups (synonyms.yml).
 *   What opening search costs.
 * - `terms-<key>-<label>.json`: one file per two-character term key (named
 *   by keyName): the entries of the section fields' FlexSearch indexes
 *   (headings, text, code) for every term starting with those characters.
 *   A query word fetches the one file of its key, which also holds every
 *   word it may be a typo of (after the first two letters).
 * - `text-<n>-<label>.json`: a page's section anchors, headings and text
 *   for snippets; fetched for the results shown once typing settles. Its
 *   number stays with the page's URL from build to build (`textIds`), so a
 *   page added or removed renames no other page's text (two thirds of the
 *   index's bytes on 18F).
 *
 * Indexes. Each field is a FlexSearch `Index` (./flex.ts), exported: a
 * file holds its `map` entries, [term, ids per resolution slot], each
 * slot's ids written as differences (packEntries), which the browser turns
 * back into FlexSearch's export and imports into its own `Index` of the
 * field. Ids are page numbers (positions in the core's page list) in
 * titles, breadcrumb trail numbers (positions in the core's `crumbs`) in
 * breadcrumbs, and section numbers (the page's first section + the
 * section's index in the page) in the others. The slot carries what FlexSearch does not keep and BM25 needs
 * (./flex.ts); field lengths are in the core, one character per section and
 * field (`lengths`, see lengthBucket): stored once, not once per term.
 * The core carries its pages column by column (PageColumns).
 */

import type { FlexMapEntry } from './flex'

export const SEARCH_FORMAT_VERSION = 5

export { SEARCH_FOLDER } from '../output'
export const SEARCH_MANIFEST = 'manifest.json'

/** Fields indexed per page, in the core file. */
export const PAGE_FIELDS = ['title', 'crumbs'] as const
/** Fields indexed per section, in the term shards. */
export const SHARDED_FIELDS = ['heading', 'text', 'code'] as const
export type PageField = (typeof PAGE_FIELDS)[number]
export type ShardedField = (typeof SHARDED_FIELDS)[number]
export type SearchField = PageField | ShardedField

/** Digits of the length buckets. */
const BUCKET_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const BUCKET_BASE = 1.3

/** A field length as one character: buckets growing by 30%, exact for short fields, up to ~10,000 terms. */
export function lengthBucket(length: number): string {
  const bucket = Math.round(Math.log(length + 1) / Math.log(BUCKET_BASE))
  return BUCKET_DIGITS[Math.min(BUCKET_DIGITS.length - 1, Math.max(0, bucket))]!
}

/** The length a bucket character stands for. */
export function bucketLength(bucket: string): number {
  const index = BUCKET_DIGITS.indexOf(bucket)
  return index <= 0 ? 0 : Math.round(BUCKET_BASE ** index - 1)
}

/** Fields whose lengths are in `SearchCoreFile.lengths`, in order, one character each per section. */
export const LENGTH_FIELDS = SHARDED_FIELDS

/** The characters of a term that choose its shard. */
export const SHARD_KEY_LENGTH = 2

export function shardKey(term: string, length = SHARD_KEY_LENGTH): string {
  return [...term].slice(0, length).join('')
}

/**
 * A two-character key whose shard would be larger than this (bytes of
 * JSON) is cut by the third character ("re" → "rea", "rec", …; its
 * two-character terms stay under "re"), and its whole vocabulary (terms
 * only) goes into a `vocab-<key>-<label>.json` file (the key named by
 * keyName), fetched to correct a typo after the second letter.
 */
export const SPLIT_SHARD_BYTES = 24_000

/** The terms of a split key, for typo corrections. */
export interface SearchVocabularyFile {
  terms: string[]
}

export interface SearchManifest {
  version: number
  /** The labels in the files' names (see the top of this file): this build's first, then those of earlier builds that files kept. */
  labels: string[]
  /** The core file's label: its place in `labels`. */
  core: number
  /** Keys of the term files, sorted (the first two characters of their terms, three for a split key, one for one-character terms). */
  terms: string[]
  /** Each term file's label, in the order of `terms`. */
  termLabels: number[]
  /** Split two-character keys, sorted: they have a vocabulary file. */
  vocabulary: string[]
  /** Each vocabulary file's label, in the order of `vocabulary`. */
  vocabularyLabels: number[]
  /** Each page's text file's number, by page number: kept across builds by the page's URL, so that a page added or removed renames no other page's text file. */
  textIds: number[]
  /** Each page's text file's label, by page number. */
  textLabels: number[]
  pages: number
  sections: number
}

/** The bytes of `code` (a code point, or a lone surrogate) in UTF-8. */
function utf8Bytes(code: number): number[] {
  if (code < 0x80) return [code]
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 63)]
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
}

/**
 * A term key as a file name takes it: lower-case letters and digits as they are, any other key as `_` and the hex of
 * its UTF-8 bytes (`1/` → `_312f`), so that a name is the same on every file system and in every URL.
 */
export function keyName(key: string): string {
  if (/^[a-z0-9]+$/.test(key)) return key
  let hex = '_'
  for (const char of key) for (const byte of utf8Bytes(char.codePointAt(0)!)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** The core file's name. */
export function coreFile(manifest: Pick<SearchManifest, 'labels' | 'core'>): string {
  return `core-${manifest.labels[manifest.core]}.json`
}

/** The file of the term shard at this place in the manifest's `terms`. */
export function termShardFile(manifest: Pick<SearchManifest, 'labels' | 'terms' | 'termLabels'>, at: number): string {
  return `terms-${keyName(manifest.terms[at]!)}-${manifest.labels[manifest.termLabels[at]!]}.json`
}

/** The vocabulary file of the split key at this place in the manifest's `vocabulary`. */
export function vocabularyFile(manifest: Pick<SearchManifest, 'labels' | 'vocabulary' | 'vocabularyLabels'>, at: number): string {
  return `vocab-${keyName(manifest.vocabulary[at]!)}-${manifest.labels[manifest.vocabularyLabels[at]!]}.json`
}

/** A page's text file: its sections, for snippets. */
export function textFile(manifest: Pick<SearchManifest, 'labels' | 'textIds' | 'textLabels'>, page: number): string {
  return `text-${manifest.textIds[page]}-${manifest.labels[manifest.textLabels[page]!]}.json`
}

/** One page: [url, title, breadcrumb (index into `crumbs`, or -1), number of sections]. */
export type PageRow = [url: string, title: string, crumbs: number, sections: number]

/**
 * The pages as the core file carries them: column by column, as a column
 * of like values packs tighter in gzip than rows that mix them (59 → 36 KB
 * at 5,000 pages). A URL is its folder (up to its last "/", from a list of
 * the distinct ones) and its last segment, which is usually its title as a
 * slug: that part is left out (see packSlug).
 */
export interface PageColumns {
  folders: string[]
  /** Per page, its folder's place in `folders`, as the difference from the page before's (pages of a folder come together). */
  folder: number[]
  slug: string[]
  title: string[]
  crumbs: number[]
  sections: number[]
}

/** A URL's last segment, packed: "" for its title as a slug, "+rest" for that slug and more, "=segment" for a segment that would read as either, else the segment. */
function packSlug(segment: string, title: string): string {
  const derived = simpleSlug(title)
  if (derived && segment.startsWith(derived)) return segment === derived ? '' : `+${segment.slice(derived.length)}`
  return segment === '' || segment.startsWith('+') || segment.startsWith('=') ? `=${segment}` : segment
}

function unpackSlug(packed: string, title: string): string {
  if (packed === '') return simpleSlug(title)
  if (packed.startsWith('+')) return simpleSlug(title) + packed.slice(1)
  return packed.startsWith('=') ? packed.slice(1) : packed
}

export function packPages(rows: readonly PageRow[]): PageColumns {
  const columns: PageColumns = { folders: [], folder: [], slug: [], title: [], crumbs: [], sections: [] }
  const folders = new Map<string, number>()
  let last = 0
  for (const [url, title, crumbs, sections] of rows) {
    const cut = url.lastIndexOf('/') + 1
    const folder = url.slice(0, cut)
    let at = folders.get(folder)
    if (at === undefined) {
      at = columns.folders.push(folder) - 1
      folders.set(folder, at)
    }
    columns.folder.push(at - last)
    last = at
    columns.slug.push(packSlug(url.slice(cut), title))
    columns.title.push(title)
    columns.crumbs.push(crumbs)
    columns.sections.push(sections)
  }
  return columns
}

export function unpackPages(columns: PageColumns): PageRow[] {
  let at = 0
  return columns.title.map((title, page) => {
    at += columns.folder[page]!
    return [columns.folders[at]! + unpackSlug(columns.slug[page]!, title), title, columns.crumbs[page]!, columns.sections[page]!]
  })
}

export interface SearchCoreFile {
  version: number
  /** Distinct breadcrumb trails, as lists of sidebar group labels. */
  crumbs: string[][]
  pages: PageColumns
  /**
   * The FlexSearch `map` entries of the title and breadcrumb indexes, ids
   * packed (packEntries in ./flex.ts). Title ids are page numbers;
   * breadcrumb ids are places in `crumbs` (a trail is shared by many pages,
   * and indexed once).
   */
  index: Record<PageField, FlexMapEntry[]>
  /** Per field of LENGTH_FIELDS, the length bucket of each section in order (one character a section; a field's column packs tighter than the fields mixed). */
  lengths: Record<ShardedField, string>
  /** Average length in terms of each field, over the pages or sections that have it (BM25's length normalisation). */
  averageLength: Record<SearchField, number>
  /** The handbook's own synonym groups (synonyms.yml), added to the built-in ones. */
  synonyms: string[][]
}

/** The FlexSearch `map` entries of the section fields' indexes for the terms of one key (ids: section numbers, packed: packEntries in ./flex.ts). */
export interface SearchTermShard {
  index: Record<ShardedField, FlexMapEntry[]>
}

/**
 * One section: [anchor, heading, text, code]. The anchor is "" when it is
 * `simpleSlug(heading)` (most headings) and for the page's top (heading "").
 */
export type SectionRow = [anchor: string, heading: string, text: string, code: string]

/** A page's text file: its sections in order. */
export interface SearchTextFile {
  sections: SectionRow[]
}

/** Text kept per section for snippets; longer sections are cut there (their whole text is still indexed). */
export const SNIPPET_SOURCE_CHARS = 1200

/** A heading's id as GitHub makes it in the common case; ids that differ are stored in full. */
export function simpleSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}
