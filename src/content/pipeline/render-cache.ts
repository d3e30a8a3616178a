/**
 * Rendered pages kept between builds, so a rebuild after a one-page edit
 * renders one page, not the whole handbook. An entry's key covers all a
 * render depends on: the page's text, the site's routes and files (links
 * resolve against them), the settings and the renderer's own version.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { RenderedPage } from '../markdown/render'
import type { Diagnostic } from '../common/diagnostics'

/** A render that found problems: the page as rendered, and what it found. */
export interface FailedRender {
  rendered: RenderedPage
  diagnostics: Diagnostic[]
}

export interface RenderCache {
  get(key: string): RenderedPage | undefined
  set(key: string, page: RenderedPage): void
  /**
   * A render with problems, kept for this process only: never written, so a
   * new run renders the page again, and reported from here by each load of
   * this one (develop reloads on every save; an unedited migration has
   * problems on hundreds of pages).
   */
  getFailed(key: string): FailedRender | undefined
  setFailed(key: string, failed: FailedRender): void
  /** Writes new entries and forgets those this run did not use. */
  flush(): void
}

export { hashOf } from '../common/hash'

/**
 * One JSON file per rendered page in `dir`. Pages read or rendered by this
 * process are also kept in memory, so `gatsby develop`, which reloads the
 * handbook on every save, reads no file for the pages that did not change.
 */
export function fileRenderCache(dir: string): RenderCache {
  let used = new Set<string>()
  const fresh = new Map<string, RenderedPage>()
  let inMemory = new Map<string, RenderedPage>()
  let failures = new Map<string, FailedRender>()
  return {
    getFailed(key) {
      used.add(key)
      return failures.get(key)
    },
    setFailed(key, failed) {
      used.add(key)
      failures.set(key, failed)
    },
    get(key) {
      used.add(key)
      const known = inMemory.get(key)
      if (known) return known
      try {
        const page = JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as RenderedPage
        inMemory.set(key, page)
        return page
      } catch {
        return undefined
      }
    },
    set(key, page) {
      used.add(key)
      fresh.set(key, page)
      inMemory.set(key, page)
    },
    flush() {
      fs.mkdirSync(dir, { recursive: true })
      for (const [key, page] of fresh) fs.writeFileSync(path.join(dir, `${key}.json`), JSON.stringify(page))
      fresh.clear()
      for (const name of fs.readdirSync(dir)) {
        if (name.endsWith('.json') && !used.has(name.slice(0, -'.json'.length))) fs.rmSync(path.join(dir, name), { force: true })
      }
      // Memory holds what this run used; the next run starts counting afresh.
      inMemory = new Map([...inMemory].filter(([key]) => used.has(key)))
      failures = new Map([...failures].filter(([key]) => used.has(key)))
      used = new Set()
    },
  }
}
