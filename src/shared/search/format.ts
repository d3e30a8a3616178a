/**
 * The search index as published: the types of its files, shared by the
 * build (src/content/search/build.ts) and the engine that answers queries
 * (src/shared/search/engine.ts, which runs in the reader's browser).
 *
 * Files, under `{pathPrefix}/{SEARCH_FOLDER}/` (src/shared/output.ts):
 *
 * - `manifest.json` (the one fixed name, tiny): the names of the other
 *   files, which carry a hash of their content so they can be cached forever.
 * - `core-<hash>.json`: pages (URL, title, breadcrumb, number of sections)
 *   and the FlexSearch indexes of page titles and breadcrumbs. Small: what
 *   opening search costs.
 * - `terms-<n>-<hash>.json`: the FlexSearch indexes of section headings,
 *   text and code blocks, cut by the first two characters of their terms,
 *   so a query fetches only the part its words start with.
 * - `text-<n>-<hash>.json`: sections (anchor, heading, text for snippets)
 *   in runs, fetched for the results being shown.
 *
 * Everything is fetched when the reader first opens search, never before.
 */

export const SEARCH_FORMAT_VERSION = 1

export { SEARCH_FOLDER } from '../output'
export const SEARCH_MANIFEST = 'manifest.json'

/** Fields indexed per page, in the core file (ids are page numbers). */
export const PAGE_FIELDS = ['title', 'crumbs'] as const
/** Fields indexed per section, in the term shards (ids are section numbers). */
export const SHARDED_FIELDS = ['heading', 'text', 'code'] as const
export type PageField = (typeof PAGE_FIELDS)[number]
export type ShardedField = (typeof SHARDED_FIELDS)[number]
export type SearchField = PageField | ShardedField

/** The characters of a term that choose its shard. */
export const SHARD_KEY_LENGTH = 2

export function shardKey(term: string): string {
  return [...term].slice(0, SHARD_KEY_LENGTH).join('')
}

export interface SearchManifest {
  version: number
  /** File name of the core file, relative to the manifest. */
  core: string
  /** Term shards in key order: each holds the terms whose key is at least `from` (and below the next shard's). */
  terms: Array<{ from: string; file: string }>
  /** Text shards in section order: each holds the text of sections `first` … (next shard's first) - 1. */
  text: Array<{ first: number; file: string }>
  pages: number
  sections: number
}

/**
 * FlexSearch's export of one index's term map, parsed: `[term, slots]`
 * entries where `slots[score]` lists the ids at that score (FlexSearch's
 * position-based relevance), or null. Ids in each slot ascend and are
 * stored as differences from the previous id (smaller numbers, smaller
 * files); `decodePostings` restores them before FlexSearch imports them.
 */
export type TermEntry = [term: string, slots: Array<number[] | null>]

/** One page: [url, title, breadcrumb (index into `crumbs`, or -1), number of sections]. Sections are numbered on from page to page. */
export type PageRow = [url: string, title: string, crumbs: number, sections: number]

export interface SearchCoreFile {
  version: number
  /** Distinct breadcrumb trails, as lists of sidebar group labels. */
  crumbs: string[][]
  pages: PageRow[]
  fields: Record<PageField, TermEntry[]>
}

export interface SearchTermShard {
  fields: Record<ShardedField, TermEntry[]>
}

/**
 * One section: [anchor, heading, text, code]. The anchor is "" when it is
 * `simpleSlug(heading)` (most headings) and for the page's top (heading "").
 */
export type SectionRow = [anchor: string, heading: string, text: string, code: string]

/** A text shard: its sections, in order. */
export interface SearchTextShard {
  sections: SectionRow[]
}

/** Text kept per section for snippets; longer sections are cut there (their whole text is still indexed). */
export const SNIPPET_SOURCE_CHARS = 2000
/** Target size of a text shard, in characters. */
export const TEXT_SHARD_CHARS = 60_000
/** Target size of a term shard, in bytes of JSON. */
export const TERM_SHARD_BYTES = 60_000

/** FlexSearch resolution (number of position-based score slots) of each field, the same at build time and in the browser. */
export const FIELD_RESOLUTION: Record<SearchField, number> = { title: 3, crumbs: 1, heading: 3, text: 1, code: 1 }

/** A heading's id as GitHub makes it in the common case; ids that differ are stored in full. */
export function simpleSlug(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
}

/** Ids of each slot as differences from the previous one. */
export function encodePostings(entries: TermEntry[]): TermEntry[] {
  return entries.map(([term, slots]) => [
    term,
    slots.map((ids) => (ids ? ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!)) : null)),
  ])
}

/** The inverse of encodePostings, in place. */
export function decodePostings(entries: TermEntry[]): TermEntry[] {
  for (const [, slots] of entries) {
    for (const ids of slots) {
      if (!ids) continue
      for (let i = 1; i < ids.length; i++) ids[i] = ids[i]! + ids[i - 1]!
    }
  }
  return entries
}
