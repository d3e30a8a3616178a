/**
 * The FlexSearch indexes search is made of: one `Index` per field, built
 * with our tokenizer as its encoder (the build), exported, and imported
 * again key file by key file in the reader's browser, where every lookup of
 * a term goes through `Index.search`. Runs in both: no Node APIs.
 *
 * FlexSearch keeps no term frequencies or positions, only a resolution slot
 * per hit, which its `score` chooses: the slot carries what our ranking
 * (./ranking.ts) needs of the hit. In text and code, the term frequency
 * (slot = tf - 1); in titles and headings, the term's first position (for
 * phrase and word-order bonuses); in breadcrumbs nothing (slot 0). Most
 * hits are in slot 0, which is also what keeps the export small (empty
 * slots after the last are not written).
 */
import FlexSearch, { type Index } from 'flexsearch'
import type { SearchField } from './format'

/** Slots per term: frequencies and positions above the last are filed in it. */
export const RESOLUTION = 12

/** One term of an exported `map`: [term, ids per slot (null for an empty slot)]. */
export type FlexMapEntry = [term: string, slots: Array<number[] | null>]

/** What a slot stands for in each field (see the header). */
export const SLOT_MEANING: Record<SearchField, 'tf' | 'position' | 'none'> = { title: 'position', crumbs: 'none', heading: 'position', text: 'tf', code: 'tf' }

/** A hit's slot when building: from the counts of the text's terms and the term's first position. */
function slotOf(field: SearchField, term: string, position: number, counts: ReadonlyMap<string, number>): number {
  const meaning = SLOT_MEANING[field]
  const value = meaning === 'tf' ? (counts.get(term) ?? 1) - 1 : meaning === 'position' ? position : 0
  return Math.min(RESOLUTION - 1, value)
}

/**
 * A field's index. `encode` cuts text into terms: at build time our
 * tokenizer; in the browser a query word is already a term (cut by the same
 * tokenizer in `queryTerms`), so it is looked up as it is.
 */
export function fieldIndex(field: SearchField, encode: (text: string) => string[] = (term) => [term]): Index {
  // FlexSearch asks the score of each distinct term of one text in turn: count that text's terms once.
  let countedFor: readonly string[] | undefined
  let counts = new Map<string, number>()
  return new FlexSearch.Index({
    encode,
    resolution: RESOLUTION,
    score: (content: string[], term: string, position: number) => {
      if (content !== countedFor) {
        countedFor = content
        counts = new Map()
        for (const each of content) counts.set(each, (counts.get(each) ?? 0) + 1)
      }
      return slotOf(field, term, position, counts)
    },
  })
}

/** Ids per slot of an exported entry: what the browser keeps of a term's slots, to read FlexSearch's answer by. */
export function slotSizes(slots: FlexMapEntry[1]): number[] {
  return Array.from(slots, (ids) => ids?.length ?? 0)
}

/**
 * A term's hits in a field's index as FlexSearch answers the term: its ids,
 * best slot first, cut back into their slots by the sizes the imported
 * entry had (the compact build the browser ships flattens them; its
 * `Resolver`, which keeps them, comes only with the full build). Calls
 * `hit(id, slot)` for each.
 */
export function eachHit(index: Index, term: string, sizes: readonly number[] | undefined, hit: (id: number, slot: number) => void): void {
  const total = sizes?.reduce((sum, size) => sum + size, 0) ?? 0
  if (!sizes || total === 0) return
  const ids = index.search(term, { limit: total }) as number[]
  let slot = 0
  let left = sizes[0]!
  for (const id of ids) {
    while (left === 0 && slot + 1 < sizes.length) left = sizes[++slot]!
    hit(id, slot)
    left--
  }
}

/** A slot's ids as differences from the one before (the first from 0), or back: exact either way, whatever their order. */
function differences(ids: readonly number[], pack: boolean): number[] {
  const out = new Array<number>(ids.length)
  let last = 0
  for (let i = 0; i < ids.length; i++) {
    out[i] = pack ? ids[i]! - last : last + ids[i]!
    last = pack ? ids[i]! : out[i]!
  }
  return out
}

/**
 * The entries as the files carry them: each slot's ids as differences.
 * FlexSearch files ids in the order they were added, ascending here, so the
 * differences are small numbers, which gzip packs about half as tight as
 * section numbers of five digits. A transport encoding only: unpackEntries
 * gives FlexSearch's own export back, which is what the browser imports.
 */
export function packEntries(entries: readonly FlexMapEntry[]): FlexMapEntry[] {
  return entries.map(([term, slots]) => [term, slots.map((ids) => ids && differences(ids, true))])
}

/** FlexSearch's exported entries from packed ones (packEntries). */
export function unpackEntries(entries: readonly FlexMapEntry[]): FlexMapEntry[] {
  return entries.map(([term, slots]) => [term, slots.map((ids) => ids && differences(ids, false))])
}
