/**
 * A copy of hast nodes to change without changing the originals: each node
 * and its properties copied, the property values (class lists) and
 * positions shared. Several times faster than `structuredClone`, which
 * takes every value through V8's serializer; for callers that set
 * properties (ids, hrefs, tag names) and never change a value in place.
 */
import type { RootContent } from 'hast'

export function copyNodes<T extends RootContent>(nodes: readonly T[]): T[] {
  return nodes.map((node) => (node.type === 'element' ? { ...node, properties: { ...node.properties }, children: copyNodes(node.children) } : { ...node }))
}
