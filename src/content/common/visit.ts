/**
 * `unist-util-visit`'s `visit`, same types and behaviour, made for the
 * build's hot path: a page's trees are walked a dozen times (sanitizing,
 * headings, links, code, tables, math…), and version 4 of the library
 * (the unified 10 line) found each node's index with `indexOf` in its
 * parent, made a closure and renamed it with `Object.defineProperty` for
 * every node, and copied the list of ancestors at every level: 15% of a
 * generated page's render in a CPU profile. Here a node's index is where the
 * walk is, and nothing is made per node.
 *
 * As the library: the visitor gets the node, its index and its parent
 * (`null` at the root); it may return `SKIP` (not into this node's
 * children), `EXIT` (stop), an index to go on from, or `[action, index]`;
 * the parent's children are read again after each visit, so a visitor may
 * replace, insert or remove siblings and say where to go on.
 */
import type { Node, Parent } from 'unist'
import { convert, type Test } from 'unist-util-is'
import type { visit as libraryVisit } from 'unist-util-visit'

export const CONTINUE = true
export const EXIT = false
export const SKIP = 'skip'

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP
type Result = [Action?, number?]
type Visitor = (node: Node, index: number | null, parent: Parent | null) => unknown

function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value as Result
  if (typeof value === 'number') return [CONTINUE, value]
  return [value as Action]
}

function walk(tree: Node, test: Test, visitor: Visitor, reverse: boolean): void {
  // A type name, the common test, compared directly; any other test as the library reads it.
  const is: (node: Node, index: number | null, parent: Parent | null) => boolean = typeof test === 'string' ? (node) => node.type === test : convert(test)
  const step = reverse ? -1 : 1
  const visitNode = (node: Node, index: number | null, parent: Parent | null): Result => {
    let result: Result = []
    if (test === null || test === undefined || is(node, index, parent)) {
      result = toResult(visitor(node, index, parent))
      if (result[0] === EXIT) return result
    }
    const children = (node as Partial<Parent>).children
    if (children && result[0] !== SKIP) {
      const self = node as Parent
      let offset = (reverse ? self.children.length : -1) + step
      while (offset > -1 && offset < self.children.length) {
        const sub = visitNode(self.children[offset]!, offset, self)
        if (sub[0] === EXIT) return sub
        offset = typeof sub[1] === 'number' ? sub[1] : offset + step
      }
    }
    return result
  }
  visitNode(tree, null, null)
}

/** `visit(tree, [test], visitor, [reverse])`, as unist-util-visit's. */
export const visit = ((tree: Node, test: unknown, visitor?: unknown, reverse?: unknown): void => {
  // As the library: without a test, the visitor comes second and `reverse` third.
  if (typeof test === 'function' && typeof visitor !== 'function') walk(tree, null, test as Visitor, visitor === true)
  else walk(tree, test as Test, visitor as Visitor, reverse === true)
}) as typeof libraryVisit
