import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import type { Element, Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { copyNodes } from '../../../src/content/common/copy-nodes'
import { visit } from '../../../src/content/common/visit'

describe('copyNodes', () => {
  it('gives nodes that print alike and can be changed (tag names, properties, children) without changing the originals', () => {
    const html = '<h2 id="a" class="x y">Title <a href="/p#a">link</a></h2><ul><li><p>one <code>two</code></p></li></ul><!-- note -->text'
    const tree = fromHtml(html, { fragment: true })
    const before = toHtml(tree)
    const copy: Root = { ...tree, children: copyNodes(tree.children) }
    expect(toHtml(copy)).toBe(before)
    visit(copy, 'element', (node: Element) => {
      node.tagName = node.tagName === 'h2' ? 'h3' : node.tagName
      const properties = node.properties ?? {}
      if (properties.id) properties.id = `page-${properties.id}`
      if (properties.href) properties.href = '#page-a'
      node.children.push({ type: 'text', value: '!' })
    })
    expect(toHtml(copy)).not.toBe(before)
    expect(toHtml(tree)).toBe(before)
  })
})
