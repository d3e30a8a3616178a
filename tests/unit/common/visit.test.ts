import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { describe, expect, it } from 'vitest'
import * as library from 'unist-util-visit'
import * as ours from '../../../src/content/common/visit'

type Visit = typeof library

/** A page-shaped tree: nested lists, text, a table. */
const tree = (): Root => ({
  type: 'root',
  children: [
    h('h1', 'Title'),
    h('p', ['a ', h('em', 'b'), ' c ', h('a', { href: '/x' }, 'link')]),
    h('ul', [h('li', ['one', h('ul', [h('li', 'deep')])]), h('li', 'two')]),
    h('table', [h('tr', [h('td', '1'), h('td', '2')])]),
    { type: 'text', value: 'tail' },
  ],
})

const label = (node: { type: string; tagName?: string; value?: string }) => node.tagName ?? node.value ?? node.type

/** What a walk saw: each visit's node, index and parent, and the tree it left. */
function run(m: Visit, walk: (m: Visit, log: string[], root: Root) => void): { log: string[]; after: Root } {
  const log: string[] = []
  const root = tree()
  walk(m, log, root)
  return { log, after: root }
}

const cases: Record<string, (m: Visit, log: string[], root: Root) => void> = {
  'every node, without a test': (m, log, root) =>
    m.visit(root, (node, index, parent) => {
      log.push(`${label(node as Element)} ${index} ${parent ? label(parent as Element) : '-'}`)
    }),
  'elements, in reverse': (m, log, root) =>
    m.visit(
      root,
      'element',
      (node, index) => {
        log.push(`${node.tagName} ${index}`)
      },
      true,
    ),
  'SKIP leaves a node’s children out': (m, log, root) =>
    m.visit(root, 'element', (node) => {
      log.push(node.tagName)
      return node.tagName === 'ul' ? m.SKIP : undefined
    }),
  'EXIT stops the walk': (m, log, root) =>
    m.visit(root, 'element', (node) => {
      log.push(node.tagName)
      return node.tagName === 'em' ? m.EXIT : m.CONTINUE
    }),
  'a visitor replaces a node and says where to go on': (m, log, root) =>
    m.visit(root, 'element', (node, index, parent) => {
      log.push(node.tagName)
      if (node.tagName === 'a' && parent && index !== null) {
        parent.children.splice(index, 1, { type: 'text', value: 'unwrapped' }, h('strong', 'added'))
        return [m.SKIP, index + 2]
      }
      if (node.tagName === 'td' && parent && index !== null) {
        parent.children.splice(index, 1)
        return index
      }
      return undefined
    }),
  'a test function': (m, log, root) =>
    m.visit(
      root,
      (node) => node.type === 'text' && (node as unknown as { value: string }).value.length < 3,
      (node, index) => {
        log.push(`${(node as unknown as { value: string }).value} ${index}`)
      },
    ),
}

describe('visit', () => {
  for (const [name, walk] of Object.entries(cases)) {
    it(`walks as unist-util-visit does: ${name}`, () => {
      const expected = run(library as Visit, walk)
      expect(expected.log.length).toBeGreaterThan(1)
      expect(run({ ...library, visit: ours.visit as Visit['visit'], SKIP: ours.SKIP, EXIT: ours.EXIT, CONTINUE: ours.CONTINUE } as Visit, walk)).toEqual(expected)
    })
  }
})
