/**
 * Backlinks: for each page, the pages whose body links to it, with the
 * section (h2/h3) each link is written under. Built from the links rendering
 * recorded, after rendering: a page's backlinks are never part of its render
 * or its cache key, so when A gains a link to B, B's backlinks change while B
 * stays a cache hit. Pure: takes the pages, reads nothing.
 *
 * Not counted: links to the page itself, embeds (an image is not a link),
 * and links written by generated content (people and team blocks' cards carry
 * no position). Sidebar, breadcrumbs and previous/next are not in a page's
 * links at all; pages made from people data are not passed in as sources.
 */
import type { HeadingInfo } from './heading'
import type { LinkUse } from './links'

export interface BacklinkSection {
  /** The heading's text. */
  heading: string
  /** The heading's id on the linking page. */
  anchor: string
}

export interface Backlink {
  /** URL of the linking page (no path prefix). */
  url: string
  title: string
  /** The h2/h3 the link is written under; absent above the first one. */
  section?: BacklinkSection
}

/** What the graph needs of a linking page. */
export interface BacklinkSource {
  url: string
  title: string
  headings: readonly HeadingInfo[]
  links: readonly LinkUse[]
}

/** A section heading: h2 or h3. An h1 below the title ends the section above it (the link is then under none). */
const SECTION_DEPTHS = new Set([2, 3])

/** The headings that open a section or close one, with a line, in line order. */
function sectionBreaks(headings: readonly HeadingInfo[]): Array<HeadingInfo & { line: number }> {
  return headings.filter((h): h is HeadingInfo & { line: number } => h.line !== undefined && h.depth <= 3).sort((a, b) => a.line - b.line)
}

/** Index (in `breaks`) of the section a line is in, or -1 above the first section heading (or under an h1). */
function sectionAt(breaks: ReadonlyArray<HeadingInfo & { line: number }>, line: number): number {
  let found = -1
  for (let i = 0; i < breaks.length && breaks[i]!.line <= line; i++) found = i
  return found >= 0 && SECTION_DEPTHS.has(breaks[found]!.depth) ? found : -1
}

/** The site language's collation; the default one for a tag Intl does not accept. */
function collatorFor(locale: string | undefined): Intl.Collator {
  try {
    return new Intl.Collator(locale)
  } catch {
    return new Intl.Collator()
  }
}

interface Entry {
  backlink: Backlink
  /** Order of the section on its page (-1: none). */
  order: number
}

/**
 * Every page's backlinks, by target URL: one entry per (linking page,
 * section), ordered by the linking page's title (locale compare, then URL),
 * then by the section's place on that page.
 */
export function backlinksOf(sources: readonly BacklinkSource[], locale?: string): Map<string, Backlink[]> {
  const entries = new Map<string, Map<string, Entry>>()
  for (const source of sources) {
    const breaks = sectionBreaks(source.headings)
    for (const use of source.links) {
      if (use.embedded || use.line === undefined || use.target.kind !== 'page') continue
      const target = use.target.route.url
      if (target === source.url) continue
      const order = sectionAt(breaks, use.line)
      const heading = order >= 0 ? breaks[order] : undefined
      let byKey = entries.get(target)
      if (!byKey) entries.set(target, (byKey = new Map()))
      const key = `${source.url}\u0000${order}`
      if (byKey.has(key)) continue
      byKey.set(key, {
        order,
        backlink: { url: source.url, title: source.title, ...(heading ? { section: { heading: heading.text, anchor: heading.id } } : {}) },
      })
    }
  }
  const compare = collatorFor(locale).compare
  const result = new Map<string, Backlink[]>()
  for (const [target, byKey] of entries) {
    const sorted = [...byKey.values()].sort((a, b) => compare(a.backlink.title, b.backlink.title) || (a.backlink.url < b.backlink.url ? -1 : a.backlink.url > b.backlink.url ? 1 : 0) || a.order - b.order)
    result.set(
      target,
      sorted.map((entry) => entry.backlink),
    )
  }
  return result
}
