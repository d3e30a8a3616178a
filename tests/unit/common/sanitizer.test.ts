/**
 * The sanitizer prepared once per schema (src/content/common/sanitizer.ts)
 * keeps exactly what hast-util-sanitize keeps: the same nodes, fields and
 * attributes in the same order, on the trees real pages, hostile pages and
 * SVG files make, with each schema the site uses and the library's default.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { raw } from 'hast-util-raw'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHast } from 'mdast-util-to-hast'
import { describe, expect, it } from 'vitest'
import { sanitizer } from '../../../src/content/common/sanitizer'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { TO_HAST_OPTIONS } from '../../../src/content/markdown/page-tree'
import { sanitizeSchema } from '../../../src/content/markdown/sanitize'
import { SVG_SCHEMA } from '../../../src/content/publish/svg'
import { realPages } from '../../support/real-pages'

const root = path.resolve(__dirname, '..', '..', '..')

/** A page's HTML tree as the render step hands it to the sanitizer: Markdown to hast, its raw HTML parsed. */
function pageTree(markdown: string): Root {
  return raw(toHast(parseMarkdown(markdown, 'md'), { ...TO_HAST_OPTIONS, allowDangerousHtml: true }) as Root) as Root
}

/** Both sanitizers on copies of `tree`: equal, and serialised alike (key order is attribute order). */
function expectSame(tree: Root, schema: Schema, label: string): void {
  const expected = sanitize(structuredClone(tree), schema)
  const actual = sanitizer(schema)(structuredClone(tree))
  expect(actual, label).toEqual(expected)
  expect(JSON.stringify(actual), label).toBe(JSON.stringify(expected))
}

const hostilePages = (): { file: string; text: string }[] => {
  const dir = path.join(root, 'tests', 'fixtures', 'hostile')
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }))
}

describe('the sanitizer prepared once', () => {
  it('keeps what hast-util-sanitize keeps on every real and hostile page, with the page schema and the default one', () => {
    const pages = [...realPages(), ...hostilePages()]
    expect(pages.length).toBeGreaterThan(100)
    let removedSomething = 0
    for (const { file, text } of pages) {
      const tree = pageTree(text)
      expectSame(tree, sanitizeSchema, file)
      expectSame(tree, defaultSchema, `${file} (default schema)`)
      if (JSON.stringify(sanitize(structuredClone(tree), sanitizeSchema)) !== JSON.stringify(tree)) removedSomething++
    }
    // The pages hold raw HTML the allow-list changes: the comparison is not of trees left alone.
    expect(removedSomething).toBeGreaterThan(20)
  }, 120_000)

  it('keeps what hast-util-sanitize keeps of SVG files, with the SVG schema', () => {
    const files = ['tests/fixtures/hostile/assets/diagram.svg', 'tests/fixtures/brand/assets/acme-logo.svg', 'contents/handbook/company/team-structure.svg']
    for (const file of files) expectSame(fromHtml(fs.readFileSync(path.join(root, file), 'utf8'), { fragment: true }), SVG_SCHEMA, file)
  })

  it('keeps the same on hand-made cases: ancestors, strip, required, clobbering, protocols, data attributes, comments and doctypes', () => {
    const html = [
      '<!doctype html><!-- a comment --><td>cell outside a table</td><table><tr><td>inside</td></tr></table>',
      '<script>alert(1)</script><style>p{}</style><custom-tag>kept text</custom-tag><svg><circle r="1"></circle></svg>',
      '<input type="text" disabled=""><input type="checkbox"><li class="task-list-item callout other">item</li>',
      '<a id="x" name="y" href="javascript:alert(1)" data-foo="1" data-footnote-ref="">a</a><a href="HTTP://x:y">b</a><a href="/a:b">c</a><a href="?q=a:b">d</a>',
      '<img src="data:image/png;base64,x" alt="a" width="3"><img src="https://example.com/a.png" longdesc="javascript:x">',
      '<p class="callout callout-note badge-red-1 language-js user other" lang="en" translate="no" style="color:red" onclick="x()">p</p>',
      '<iframe src="https://www.youtube.com/embed/x" allowfullscreen></iframe><video src="a.mp4" controls muted></video>',
      '<ol start="3" reversed type="a"><li>x</li></ol><section data-footnotes class="footnotes"><h2 id="footnote-label" class="sr-only">Notes</h2></section>',
    ]
    const schemas: [string, Schema][] = [
      ['page', sanitizeSchema],
      ['default', defaultSchema],
      ['comments and doctypes', { ...defaultSchema, allowComments: true, allowDoctypes: true }],
      ['no strip', { ...defaultSchema, strip: undefined }],
      ['svg', SVG_SCHEMA],
    ]
    for (const text of html) {
      for (const document of [fromHtml(text), fromHtml(text, { fragment: true })]) {
        for (const [name, schema] of schemas) expectSame(document, schema, `${name}: ${text}`)
      }
    }
    // Odd trees a plugin could hand over: an element without properties or children, a bare text node, an unknown node type.
    const odd = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'p' },
        { type: 'text', value: 'x' },
        { type: 'raw', value: '<b>' },
        { type: 'element', tagName: 'td', properties: { className: ['x'] }, children: [] },
      ],
    } as unknown as Root
    for (const [name, schema] of schemas) expectSame(odd, schema, name)
    expectSame({ type: 'text', value: 'alone' } as unknown as Root, sanitizeSchema, 'a text node as the tree')
  })
})
