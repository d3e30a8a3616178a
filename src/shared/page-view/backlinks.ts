/** "Linked from" at the end of a page: the pages whose body links here (the build's link graph). */
import type { BacklinkFields, TocItem } from './page-node'

/** One "Linked from" entry: the linking page, at the section the link is in. */
export interface BacklinkItem {
  /** Without the path prefix (components add it), with the section's #anchor. */
  url: string
  title: string
  section?: string
}

/** "Linked from": the first few, the rest folded in a static <details>. */
export interface BacklinksView {
  /** Id of the list's heading, clear of the page's own heading ids. */
  headingId: string
  shown: BacklinkItem[]
  more: BacklinkItem[]
}

/** Backlinks shown before the rest fold into "and N more". */
export const BACKLINKS_SHOWN = 10

/** The heading id of "Linked from": `linked-from`, numbered past any heading of the page's own that took it. */
function backlinksHeadingId(toc: readonly TocItem[]): string {
  const taken = new Set(toc.map((item) => item.id))
  let id = 'linked-from'
  for (let n = 1; taken.has(id); n++) id = `linked-from-${n}`
  return id
}

/** The page's backlinks as "Linked from" draws them, or undefined for none. */
export function backlinksView(backlinks: readonly BacklinkFields[] | null | undefined, toc: readonly TocItem[]): BacklinksView | undefined {
  if (!backlinks || backlinks.length === 0) return undefined
  const items = backlinks.map(
    (link): BacklinkItem => ({
      url: link.section ? `${link.url}#${link.section.anchor}` : link.url,
      title: link.title,
      ...(link.section ? { section: link.section.heading } : {}),
    }),
  )
  return { headingId: backlinksHeadingId(toc), shown: items.slice(0, BACKLINKS_SHOWN), more: items.slice(BACKLINKS_SHOWN) }
}
