/**
 * develop: the pages a load left for later (src/content/pipeline/render-later.ts)
 * are rendered once Gatsby's development bundle is compiled. Before, they
 * would take the cores webpack needs (on two cores, rendering beside the
 * bundle made both slower by as much as it overlapped them); meanwhile a
 * page asked for is rendered on its own (create-resolvers.ts). Then the
 * handbook is loaded again, every page from the cache, and its problems
 * are reported as a save's are.
 */
import type { Handbook } from '../content'

/** Gatsby's event emitter (NodePluginArgs.emitter): `COMPILATION_DONE` after each development bundle. */
interface Emitter {
  on(event: string, listener: () => void): unknown
  off(event: string, listener: () => void): unknown
}

let bundled: Promise<void> | undefined
let rendering = false

/** Listens, from sourceNodes (before Gatsby's first development bundle), for that bundle's end. */
export function listenForFirstBundle(emitter: Emitter): void {
  bundled ??= new Promise((resolve) => {
    const done = () => {
      emitter.off('COMPILATION_DONE', done)
      resolve()
    }
    emitter.on('COMPILATION_DONE', done)
  })
}

/**
 * Renders the pages `handbook` left for later once the first bundle is compiled, then calls `reload` (which must
 * leave none). One run at a time: a load made meanwhile (a save) leaves its pages to the running one, whose reload has them.
 */
export function renderRestLater(handbook: Handbook, reload: () => Promise<void>, failed: (cause: unknown) => void): void {
  const later = handbook.renderLater
  if (!later || rendering) return
  rendering = true
  ;(bundled ?? Promise.resolve())
    .then(() => later.rest())
    // A render worker that could not start or died is reported; the reload then renders what is left itself.
    .catch(failed)
    .finally(() => {
      rendering = false
    })
    .then(reload)
    .catch(failed)
}

/** The build log's line for a load that left `pages` for later. */
export function laterLine(pages: number): string {
  return `${pages} page${pages === 1 ? '' : 's'} left to render: each is rendered when first opened, and the rest once the development bundle is compiled, when their problems are reported`
}
