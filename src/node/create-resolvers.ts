/**
 * In develop, a print view's document is made when the view is visited
 * (LoadOptions.onDemand): each view repeats every page, and making them all
 * on every save was a third of a save's reload at 1,000 pages. Its node's
 * `html` is then empty, and this resolver asks the handbook loaded now for
 * it. Any other page's `html` is its node's own: a production build runs its
 * queries in Gatsby's worker processes too, where no handbook is loaded.
 */
import type { GatsbyNode } from 'gatsby'
import type { Handbook } from '../content'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'

/** The node field that marks a page whose HTML is made on demand (source-nodes.ts). */
export const HTML_ON_DEMAND = 'htmlOnDemand'

const madeOnDemand = new WeakMap<Handbook, ReadonlyMap<string, () => string>>()

/** The HTML of the page at `url`, when it is made on demand. */
function htmlOnDemand(url: string): string | undefined {
  const handbook = currentHandbook()
  let byUrl = madeOnDemand.get(handbook)
  if (!byUrl) {
    byUrl = new Map(handbook.generated.flatMap((page) => (page.htmlOnDemand ? [[page.url, page.htmlOnDemand] as const] : [])))
    madeOnDemand.set(handbook, byUrl)
  }
  return byUrl.get(url)?.()
}

export const createResolvers: GatsbyNode['createResolvers'] = ({ createResolvers }) => {
  createResolvers({
    [contentLibrary().pageNode.name]: {
      html: { resolve: (source: { url: string; html: string; [HTML_ON_DEMAND]?: boolean }) => (source[HTML_ON_DEMAND] ? htmlOnDemand(source.url) : undefined) ?? source.html },
    },
  })
}
