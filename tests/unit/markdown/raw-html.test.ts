/**
 * A page's raw HTML is read into the tree (raw-html.ts), and a tree with none
 * is left as it is: its HTML is what hast-util-raw's round trip through an
 * HTML parser gave, but for the two things the file header names. Checked on
 * written cases and on every page of the real 18F handbook, when the corpus
 * is beside the project.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Root } from 'hast'
import { raw } from 'hast-util-raw'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { VFile } from 'vfile'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { TO_HAST_OPTIONS } from '../../../src/content/markdown/page-tree'
import { holdsRawHtml, withRawHtmlRead } from '../../../src/content/markdown/raw-html'
import { realPages } from '../../support/real-pages'

const treeOf = (text: string) => toHast(parseMarkdown(text, 'md'), { ...TO_HAST_OPTIONS, allowDangerousHtml: true }) as Root

/** The HTML without what the round trip changes on its own: line breaks between tags, `=""` after a boolean attribute. */
const normalized = (html: string) => html.replace(/\n+/g, '').replace(/ ([a-z-]+)=""/g, ' $1')

/** Reading a tree with no raw HTML leaves its HTML as hast-util-raw would have made it, once normalized. */
function sameAsRoundTrip(text: string, tree = treeOf(text)): void {
  expect(holdsRawHtml(tree), text).toBe(false)
  const roundTrip = toHtml(raw(structuredClone(tree), new VFile(text)) as Root)
  const read = withRawHtmlRead(tree, new VFile(text))
  expect(read).toBe(tree)
  expect(normalized(toHtml(read)), text).toBe(normalized(roundTrip))
}

const MARKDOWN = [
  '# Title\n\nA paragraph with *emphasis*, **strong**, `code`, ~~struck~~ and a [link](/a "t").',
  '| a | b |\n| --- | :-: |\n| 1 | 2 |\n| 3 | **4** |',
  'A claim.[^1] Another.[^note]\n\n[^1]: The source.\n[^note]: A note\n\n    with code.',
  '- [ ] to do\n- [x] done\n  1. nested\n  2. list\n\n> quoted\n> > twice',
  '```js\nconst a = 1 < 2 && "x"\n```\n\n    indented <b>not HTML</b>\n\n---\n\n![alt](img.png) https://example.com www.example.com a@b.co',
  'Line one  \nline two\\\nline three &amp; &copy; &#x27;',
]

describe('raw HTML read into the tree', () => {
  it('reads the raw HTML of a page that has some, blocks and inline tags alike', () => {
    const text = '<div class="note">\n\n**Bold** inside\n\n</div>\n\nPress <kbd>Ctrl</kbd> and <em>go</em>.'
    const tree = treeOf(text)
    expect(holdsRawHtml(tree)).toBe(true)
    const html = toHtml(withRawHtmlRead(tree, new VFile(text)))
    expect(html).toContain('<div class="note">\n<p><strong>Bold</strong> inside</p>\n</div>')
    expect(html).toContain('<kbd>Ctrl</kbd>')
    expect(html).not.toContain('&#x3C;kbd')
  })

  it('leaves a tree with no raw HTML as it is, with the HTML the round trip made', () => {
    for (const text of MARKDOWN) sameAsRoundTrip(text)
    sameAsRoundTrip(MARKDOWN.join('\n\n'))
  })

  it("keeps a table's line breaks inside it and writes boolean attributes bare", () => {
    const text = '| a |\n| - |\n| 1 |\n\nSee[^1].\n\n[^1]: There.'
    const html = toHtml(withRawHtmlRead(treeOf(text), new VFile(text)))
    expect(html).toContain('<table>\n<thead>\n<tr>\n<th>a</th>')
    expect(html).toContain('data-footnote-ref aria-describedby')
  })

  const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpora', '18f-handbook', 'pages')
  it.skipIf(!fs.existsSync(corpus))(
    "gives the round trip's HTML on the real 18F handbook's pages with tables or footnotes and no raw HTML",
    () => {
      const pages = realPages()
        .filter(({ file }) => file.includes('18f-handbook'))
        .map(({ text }) => text)
      // What the round trip changed on its own is in tables and footnotes: the pages that have some.
      const shaped = pages.filter((text) => /^\|.*\|\s*$/m.test(text) || text.includes('[^'))
      const plain = shaped.map((text) => ({ text, tree: treeOf(text) })).filter(({ tree }) => !holdsRawHtml(tree))
      expect(plain.length).toBeGreaterThan(10)
      for (const { text, tree } of plain) sameAsRoundTrip(text, tree)
    },
    60_000,
  )
})
