/** A render cache that records what it was asked for and given, over a real one: what cache tests look at. */
import type { RenderCache } from '../../src/content/pipeline/render-cache'
import type { RenderedPage } from '../../src/content/markdown/render'

export function watchedCache(store: RenderCache) {
  /** One entry per lookup, in the order jobs ask (the pages' order): whether the cache had it. */
  const hits: boolean[] = []
  /** The pages rendered afresh and stored. */
  const stored: RenderedPage[] = []
  /** Renders with problems this process kept (RenderCache.setFailed), and how many of them lookups found. */
  const failed = { kept: 0, found: 0 }
  const cache: RenderCache = {
    get(key) {
      const found = store.get(key)
      hits.push(found !== undefined)
      return found
    },
    set(key, page) {
      stored.push(page)
      store.set(key, page)
    },
    getFailed(key) {
      const found = store.getFailed(key)
      if (found) failed.found++
      return found
    },
    setFailed(key, render) {
      failed.kept++
      store.setFailed(key, render)
    },
    flush: () => store.flush(),
  }
  const counts = () => ({ hits: hits.filter(Boolean).length, misses: hits.filter((hit) => !hit).length })
  return { cache, hits, stored, failed, counts }
}
