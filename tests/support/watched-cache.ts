/** A render cache that records what it was asked for and given, over a real one: what cache tests look at. */
import type { RenderCache } from '../../src/content/pipeline/render-cache'
import type { RenderedPage } from '../../src/content/markdown/render'

export function watchedCache(store: RenderCache) {
  /** One entry per lookup, in the order jobs ask (the pages' order): whether the cache had it. */
  const hits: boolean[] = []
  /** The pages rendered afresh and stored. */
  const stored: RenderedPage[] = []
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
    flush: () => store.flush(),
  }
  const counts = () => ({ hits: hits.filter(Boolean).length, misses: hits.filter((hit) => !hit).length })
  return { cache, hits, stored, counts }
}
