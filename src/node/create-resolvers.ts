/**
 * In develop, what a page shows is made when it is visited, in two cases:
 *
 * - A print view's document (LoadOptions.onDemand): each view repeats every
 *   page, and making them all on every save was a third of a save's reload
 *   at 1,000 pages. Its node's `html` is then empty, and the resolver asks
 *   the handbook loaded now for it.
 * - A page the load left for later (src/content/pipeline/render-later.ts): its
 *   node holds an empty render, and the fields taken from the render are the
 *   page's as the handbook renders it now.
 *
 * Any other page's fields are its node's own: a production build runs its
 * queries in Gatsby's worker processes too, where no handbook is loaded.
 */
import type { GatsbyNode } from 'gatsby'
import type { Handbook, Page } from '../content'
import type { PageNodeFields, RENDERED_NODE_FIELDS } from '../content/page/page-node'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'

/** The node field that marks a page whose HTML is made on demand (source-nodes.ts). */
export const HTML_ON_DEMAND = 'htmlOnDemand'
/** The node field that marks a page left for later, rendered on demand (source-nodes.ts). */
export const RENDER_ON_DEMAND = 'renderOnDemand'

type NodeSource = PageNodeFields & { sourcePath: string; [HTML_ON_DEMAND]?: boolean; [RENDER_ON_DEMAND]?: boolean }

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

const renderedNodeFields = new WeakMap<Page, PageNodeFields>()

/** The node fields of the page at `sourcePath` as the handbook loaded now has it, rendered first if it was left for later. */
function renderedNow(sourcePath: string): PageNodeFields | undefined {
  const page = currentHandbook().renderLater?.page(sourcePath)
  if (!page) return undefined
  let fields = renderedNodeFields.get(page)
  if (!fields) renderedNodeFields.set(page, (fields = contentLibrary().pageNodeFields(page)))
  return fields
}

function fromRender(field: (typeof RENDERED_NODE_FIELDS)[number]) {
  return {
    resolve: (source: NodeSource) => {
      if (field === 'html' && source[HTML_ON_DEMAND]) return htmlOnDemand(source.url) ?? source.html
      return source[RENDER_ON_DEMAND] ? (renderedNow(source.sourcePath) ?? source)[field] : source[field]
    },
  }
}

export const createResolvers: GatsbyNode['createResolvers'] = ({ createResolvers }) => {
  const { pageNode, RENDERED_NODE_FIELDS: fields } = contentLibrary()
  createResolvers({ [pageNode.name]: Object.fromEntries(fields.map((field) => [field, fromRender(field)])) })
}
