/**
 * The loaded handbook and its problems, shared by the handlers of one Gatsby
 * process: loaded in onPreBootstrap, loaded again in develop when content
 * changes (src/node/source-nodes.ts).
 */
import path from 'node:path'
import type { Handbook } from '../content'
import { loadAndCheck, type CheckedHandbook } from './check-handbook'
import { projectRoot, site } from './settings'
import { staticFiles } from './static-files'
import { writeRoutesOf } from './write-route-manifest'
import { writeContentComponents } from './write-content-components'

let current: Handbook | undefined

export interface LoadContext {
  /** Link prefix of this run: the path prefix in a prefixed build, "" otherwise. */
  basePath: string
}

/** Loads (or reloads, in develop) and checks the handbook; the caller reports its problems. */
export async function loadHandbookInto(context: LoadContext): Promise<CheckedHandbook> {
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
      hrefPrefix: context.basePath,
      staticFiles: servedFiles,
      renderCacheFolder: path.join(projectRoot, '.cache', 'handbook', 'rendered'),
    },
    site,
    process.env,
  )
  current = checked.handbook
  writeRoutesOf(current, context, servedFiles)
  writeContentComponents(current)
  return checked
}

export function currentHandbook(): Handbook {
  if (!current) throw new Error('The handbook is loaded in onPreBootstrap, before any handler that reads it.')
  return current
}
