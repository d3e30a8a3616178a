import { watch } from 'chokidar'
import type { GatsbyNode, NodePluginArgs, SourceNodesArgs } from 'gatsby'
import type { Handbook } from '../content'
import { reportToBuildLog } from './check-handbook'
import { currentHandbook, loadHandbookInto } from './handbook-state'
import { HTML_ON_DEMAND, RENDER_ON_DEMAND } from './create-resolvers'
import { laterLine, listenForFirstBundle, renderRestLater } from './render-later'
import { contentLibrary } from './library'
import { settings } from './settings'
import { sidebarDataPathOf } from './sidebar-data-path'

const SIDEBAR_TYPE = 'HandbookSidebar'

/** The node id of a page, the same in sourcing and in page creation. */
export function pageNodeId(createNodeId: NodePluginArgs['createNodeId'], sourcePath: string): string {
  return createNodeId(`${contentLibrary().pageNode.name}:${sourcePath}`)
}

type NodeHelpers = Pick<NodePluginArgs, 'actions' | 'createNodeId' | 'getNode'>

/** Each node's digest as last created: develop's reloads create again only the nodes whose fields changed. */
const createdDigests = new Map<string, string>()

/**
 * A node's content digest: SHA-256 of its fields as JSON, its HTML hashed as
 * it is. Gatsby's own createContentDigest hashes a key-sorted copy of the
 * object, which at 5,000 pages took seconds on every save in develop; and
 * the HTML (most of the bytes: the print views repeat every page) costs as
 * much again to escape into JSON as to hash.
 */
function digestOf(fields: object): string {
  const { html, ...rest } = fields as { html?: unknown }
  return contentLibrary().hashOf(JSON.stringify(rest), typeof html === 'string' ? html : JSON.stringify(html ?? null))
}

/** How many times the nodes were synced in this process: part of the digest of a page whose HTML is made on demand. */
let syncs = 0

/** Creates (or updates) a node per page and per sidebar, and deletes nodes of pages that are gone. */
function syncNodes(handbook: Handbook, helpers: NodeHelpers): void {
  const { actions, createNodeId, getNode } = helpers
  const { pageNode, pageNodeFields, sourceOfGenerated } = contentLibrary()
  const kept = new Set<string>()
  // A page whose HTML is made when visited (create-resolvers.ts) has an empty `html` here whatever changed: its node
  // changes on every sync, so that Gatsby runs its query again when it is next visited (`onDemand`).
  const sync = String(++syncs)
  const create = (id: string, type: string, fields: object, onDemand = false): void => {
    kept.add(id)
    const contentDigest = onDemand ? `${digestOf(fields)}-${sync}` : digestOf(fields)
    if (createdDigests.get(id) === contentDigest) return
    createdDigests.set(id, contentDigest)
    // A field marking a node for the resolvers is outside the schema (the type is @dontInfer): never queried.
    actions.createNode({ id, ...fields, internal: { type, contentDigest } })
  }
  // Content pages and pages made from data alike, through the one declaration of the page's node (src/content/page/page-node.ts).
  // A page left for later (render-later.ts) is rendered when its query runs (create-resolvers.ts).
  const left = handbook.renderLater
  for (const page of handbook.pages) {
    const later = left?.isLeft(page.sourcePath) === true
    create(pageNodeId(createNodeId, page.sourcePath), pageNode.name, { ...pageNodeFields(page), ...(later ? { [RENDER_ON_DEMAND]: true } : {}) }, later)
  }
  for (const page of handbook.generated) {
    const later = page.htmlOnDemand !== undefined
    create(pageNodeId(createNodeId, page.sourcePath), pageNode.name, { ...pageNodeFields(sourceOfGenerated(page, settings.contentDir)), ...(later ? { [HTML_ON_DEMAND]: true } : {}) }, later)
  }
  handbook.sidebars.forEach((sidebar, order) => {
    // Set only for a large sidebar in production: its pages then load closed groups on demand.
    create(createNodeId(`${SIDEBAR_TYPE}:${sidebar.name}`), SIDEBAR_TYPE, { ...sidebar, order, dataPath: sidebarDataPathOf(sidebar) })
  })
  // What the last sync created and this one did not: pages removed since (develop's reloads). Found by id, not by
  // reading back every node of the type, which decoded each page's HTML from Gatsby's store on every save. A first
  // sync has nothing before it here; nodes left by an earlier run are removed by Gatsby, as nodes a sourcing run
  // did not create.
  for (const id of [...createdDigests.keys()]) {
    if (kept.has(id)) continue
    createdDigests.delete(id)
    const node = getNode(id)
    if (node) actions.deleteNode(node)
  }
}

/**
 * develop: loads the handbook again and updates the nodes. `renderAll` when the pages left for later are in the cache
 * (render-later.ts); else a load leaving pages for later reports nothing, the one after it reports for both.
 */
async function reloadAndSync(args: SourceNodesArgs, renderAll: boolean): Promise<void> {
  const started = Date.now()
  const { handbook, diagnostics } = await loadHandbookInto({ basePath: args.basePath ?? '' }, renderAll)
  const loaded = Date.now()
  if (!handbook.renderLater) reportToBuildLog(diagnostics, settings.contentDir, handbook.pages.length, false)
  syncNodes(handbook, args)
  const rendered = handbook.renderedPages
  const why = renderAll ? 'the pages left to render are rendered' : 'content changed'
  args.reporter.info(`handbook: ${why}, ${handbook.pages.length} pages reloaded, ${rendered} rendered, in ${loaded - started} ms (nodes updated in ${Date.now() - loaded} ms)`)
  if (handbook.renderLater) args.reporter.info(`handbook: ${laterLine(handbook.renderLater.pages)}`)
  renderLeftPages(args, handbook)
}

/** Renders what `handbook` left for later, if anything, then reloads with every page. */
function renderLeftPages(args: SourceNodesArgs, handbook: Handbook): void {
  const failed = (cause: unknown) => args.reporter.error(`handbook: rendering the pages left for later failed: ${String(cause)}`)
  renderRestLater(handbook, () => reloadAndSync(args, true), failed)
}

/** In `gatsby develop`, a saved page is re-read and the site updates without a restart. */
function watchContent(args: SourceNodesArgs): void {
  let timer: NodeJS.Timeout | undefined
  // The old tool's data and includes around the content folder are part of the pages too (source/read-source.ts).
  const around = contentLibrary().sourcePathsToWatch(currentHandbook().source)
  watch([settings.contentDir, ...around], { ignoreInitial: true, ignored: /(^|[/\\])(\.|node_modules)/ }).on('all', () => {
    clearTimeout(timer)
    // One save can be several events (write, rename, chmod): reload once they have settled.
    timer = setTimeout(() => {
      reloadAndSync(args, false).catch((cause: unknown) => args.reporter.error(`handbook: reloading failed: ${String(cause)}`))
    }, 30)
  })
}

export const sourceNodes: GatsbyNode['sourceNodes'] = (args) => {
  // Gatsby deletes the nodes a sourcing run does not create: here every node is created, changed or not.
  createdDigests.clear()
  syncNodes(currentHandbook(), args)
  if (process.env.NODE_ENV === 'development') {
    listenForFirstBundle(args.emitter)
    watchContent(args)
    renderLeftPages(args, currentHandbook())
  }
}
