/**
 * The one walk over a sidebar tree, for the items the build resolves and the
 * entries a page shows alike: depth first, each item before its own items,
 * with the groups above it. Every question asked of a tree (its pages in
 * order, where a page sits, how large it is) and every rebuilt copy of one
 * (prefixed URLs, collapsed groups, a page's open groups) is one call here.
 */

/** What the walk needs of an item: a group holds its children in `items`. */
export interface TreeItem<T> {
  type: string
  items?: readonly T[]
}

/** What a visitor answers: nothing to go on, "skip" to leave this group's items out, "stop" to end the walk. */
// biome-ignore lint/suspicious/noConfusingVoidType: a visitor that returns nothing goes on, so one typed `=> void` is a visitor too
export type VisitResult = void | 'skip' | 'stop'

/**
 * Visits every item, each before its own items. `ancestors` are the groups
 * above the item, outermost first; the array is reused, so copy it to keep it.
 */
export function walk<T extends TreeItem<T>>(items: readonly T[], visit: (item: T, ancestors: readonly T[]) => VisitResult): void {
  const ancestors: T[] = []
  const visitAll = (list: readonly T[]): boolean => {
    for (const item of list) {
      const result = visit(item, ancestors)
      if (result === 'stop') return false
      if (result === 'skip' || !item.items) continue
      ancestors.push(item)
      const goOn = visitAll(item.items)
      ancestors.pop()
      if (!goOn) return false
    }
    return true
  }
  visitAll(items)
}

/** The first item, in walk order, that passes `test`, with the groups above it. */
export function findItem<T extends TreeItem<T>>(items: readonly T[], test: (item: T) => boolean): { item: T; ancestors: T[] } | undefined {
  let found: { item: T; ancestors: T[] } | undefined
  walk(items, (item, ancestors) => {
    if (!test(item)) return
    found = { item, ancestors: [...ancestors] }
    return 'stop'
  })
  return found
}

/** The number of items that pass `test` (every item without one). */
export function countItems<T extends TreeItem<T>>(items: readonly T[], test: (item: T) => boolean = () => true): number {
  let count = 0
  walk(items, (item) => {
    if (test(item)) count++
  })
  return count
}

/**
 * A new tree from an old one: `map` makes each item's replacement, and gets
 * `children()`, which maps the item's own items the same way, to call or not.
 */
export function transform<T extends TreeItem<T>, U>(items: readonly T[], map: (item: T, children: () => U[]) => U): U[] {
  return items.map((item) => map(item, () => transform(item.items ?? [], map)))
}
