/**
 * How many pages the handbook has, told to scripts/gatsby-lazy-workers.cjs
 * (loaded before Gatsby, so it cannot import this): a large handbook's build
 * starts Gatsby's worker at once, as Gatsby does, while it loads beside the
 * rest of the bootstrap; a small one's queries and HTML are made in the main
 * process.
 */
export const PAGE_COUNT = Symbol.for('handbook.pageCount')

export function signalPageCount(pages: number): void {
  ;(globalThis as Record<symbol, unknown>)[PAGE_COUNT] = pages
}
