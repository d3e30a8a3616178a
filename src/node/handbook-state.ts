/**
 * The loaded handbook and its problems, shared by the handlers of one Gatsby
 * process: loaded in onPreBootstrap, loaded again in develop when content
 * changes (src/node/source-nodes.ts).
 */
import path from 'node:path'
import type { Handbook } from '../content'
import { loadAndCheck, type CheckedHandbook } from './check-handbook'
import { signalPageCount } from './page-count-signal'
import { projectRoot, site } from './settings'
import { staticFiles } from './static-files'
import { writeRoutesOf } from './write-route-manifest'
import { writeContentComponents } from './write-content-components'

let current: Handbook | undefined

export interface LoadContext {
  /** Link prefix of this run: the path prefix in a prefixed build, "" otherwise. */
  basePath: string
}

/**
 * develop: a load leaves the pages missing from the render cache for later from this many (src/node/render-later.ts),
 * so that a first start serves before the whole handbook is rendered. HANDBOOK_RENDER_LATER_FROM sets it (tests: 1).
 */
function renderLaterFrom(): number {
  const set = Number(process.env.HANDBOOK_RENDER_LATER_FROM)
  return Number.isInteger(set) && set > 0 ? set : 50
}

/** Loads (or reloads, in develop) and checks the handbook; the caller reports its problems. `renderAll`: leave no page for later (develop). */
export async function loadHandbookInto(context: LoadContext, renderAll = false): Promise<CheckedHandbook> {
  const servedFiles = staticFiles()
  const production = process.env.NODE_ENV === 'production'
  const checked = await loadAndCheck(
    {
      includeDrafts: !production,
      // Only a production build writes the pages' Markdown copies (onPostBuild).
      markdownCopies: production,
      searchSections: true,
      build: true,
      // develop: what only a visitor of one page reads is made when the page is asked for (create-resolvers.ts).
      onDemand: !production,
      ...(production || renderAll ? {} : { renderLaterFrom: renderLaterFrom() }),
      hrefPrefix: context.basePath,
      staticFiles: servedFiles,
      renderCacheFolder: path.join(projectRoot, '.cache', 'handbook', 'rendered'),
    },
    site,
    process.env,
  )
  current = checked.handbook
  signalPageCount(current.pages.length)
  writeRoutesOf(current, context, servedFiles)
  writeContentComponents(current)
  return checked
}

export function currentHandbook(): Handbook {
  if (!current) throw new Error('The handbook is loaded in onPreBootstrap, before any handler that reads it.')
  return current
}
