/**
 * The search index as published: the types of its files, shared by the
 * build (src/content/features/search/build.ts) and the engine that answers queries
 * (src/shared/search/engine.ts, which runs in the reader's browser).
 *
 * Files, under `{pathPrefix}/{SEARCH_FOLDER}/` (src/shared/output.ts):
 *
 * - `manifest.json` (the one fixed name, small): the names of the other
 *   files, which carry a hash of their content so they can be cached forever.
 * - `core-<hash>.json`: pages (URL, title, breadcrumb, number of sections),
 *   the FlexSearch indexes of page titles and breadcrumbs, field lengths and
 *   their averages, and the handbook's own synonym groups (synonyms.yml).
 *   What opening search costs.
 * - `terms-<key>-<hash>.json`: one file per two-character term key: the
 *   entries of the section fields' FlexSearch indexes (headings, text, code)
 *   for every term starting with those characters. A query word fetches the
 *   one file of its key, which also holds every word it may be a typo of
 *   (after the first two letters).
 * - `text-<n>-<hash>.json`: section anchors, headings and text for snippets,
 *   for a run of pages; fetched for the results shown once typing settles.
 *
 * Indexes. Each field is a FlexSearch `Index` (./flex.ts), exported: a
 * file holds its `map` entries, [term, ids per resolution slot], which the
 * browser imports into its own `Index` of the field. Ids are page numbers
 * (positions in the core's page list) in titles and breadcrumbs, and section
 * numbers (the page's first section + the section's index in the page) in
 * the others. The slot carries what FlexSearch does not keep and BM25 needs
 * (./flex.ts); field lengths are in the core, one character per section and
 * field (`lengths`, see lengthBucket): stored once, not once per term.
 */

import type { FlexMapEntry } from './flex'

export const SEARCH_FORMAT_VERSION = 3

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
 * only) goes into a `vocab-<hash>.json` file, fetched to correct a typo
 * after the second letter.
 */
export const SPLIT_SHARD_BYTES = 24_000

/** The terms of a split key, for typo corrections. */
export interface SearchVocabularyFile {
  terms: string[]
}

export function vocabularyFile(hash: string): string {
  return `vocab-${hash}.json`
}

export interface SearchManifest {
  version: number
  /** File name of the core file, relative to the manifest. */
  core: string
  /** Term shard by key (the first two characters of its terms; one character for one-character terms): the hash in its file name (termShardFile). */
  terms: Record<string, string>
  /** Vocabulary file by split two-character key: the hash in its name (vocabularyFile). */
  vocabulary?: Record<string, string>
  /** Text shards in page order: each holds the sections of pages `first` … (next shard's first) - 1. */
  text: Array<{ first: number; file: string }>
  pages: number
  sections: number
}

/** The file of a term shard, from its hash in the manifest. */
export function termShardFile(hash: string): string {
  return `terms-${hash}.json`
}

/** One page: [url, title, breadcrumb (index into `crumbs`, or -1), number of sections]. */
export type PageRow = [url: string, title: string, crumbs: number, sections: number]

export interface SearchCoreFile {
  version: number
  /** Distinct breadcrumb trails, as lists of sidebar group labels. */
  crumbs: string[][]
  pages: PageRow[]
  /** The FlexSearch `map` entries of the title and breadcrumb indexes (ids: page numbers). */
  index: Record<PageField, FlexMapEntry[]>
  /** Per page, per section, the length bucket of each of LENGTH_FIELDS (three characters a section). */
  lengths: string[]
  /** Average length in terms of each field, over the pages or sections that have it (BM25's length normalisation). */
  averageLength: Record<SearchField, number>
  /** The handbook's own synonym groups (synonyms.yml), added to the built-in ones. */
  synonyms: string[][]
}

/** The FlexSearch `map` entries of the section fields' indexes for the terms of one key (ids: section numbers). */
export interface SearchTermShard {
  index: Record<ShardedField, FlexMapEntry[]>
}

/**
 * One section: [anchor, heading, text, code]. The anchor is "" when it is
 * `simpleSlug(heading)` (most headings) and for the page's top (heading "").
 */
export type SectionRow = [anchor: string, heading: string, text: string, code: string]

/** A text shard: the sections of its pages, page by page. */
export interface SearchTextShard {
  pages: SectionRow[][]
}

/** Text kept per section for snippets; longer sections are cut there (their whole text is still indexed). */
export const SNIPPET_SOURCE_CHARS = 1200
/** Target size of a text shard, in characters: small, as the results shown fetch one each. */
export const TEXT_SHARD_CHARS = 12_000

/** A heading's id as GitHub makes it in the common case; ids that differ are stored in full. */
export function simpleSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}
