/**
 * Print views rewrite a page's cut HTML (section-markup.ts) instead of
 * parsing it into a tree and writing it out again. The tree path is kept
 * for `.mdx` pages filled after the build (sectionOf, rewriteSectionLinks):
 * here both make the same document, as a browser reads it, from pages
 * rendered from our fixtures (the hostile one included) and from HTML cut
 * at its edges.
 */
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { claim, pageAnchor, printDocument, rewriteSectionLinks, sectionOf, type PrintedPage, type Section } from '../../../../src/content/features/print/print-document'
import { stringifyEntities } from 'stringify-entities'
import { cutMarkup, writeAttribute, type MarkupTag } from '../../../../src/content/features/print/section-markup'

const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '/docs', hrefPrefix: '/docs' }
const fixtures = path.join(__dirname, '..', '..', '..', 'fixtures')

/** The sections' bodies as the tree path makes them. */
function treeBodies(pages: readonly PrintedPage[]): string[] {
  const used = new Set<string>(['print-contents'])
  const anchors = pages.map((page) => claim(used, pageAnchor(page.url)))
  const sections: Section[] = pages.map((page, i) => sectionOf(page, anchors[i]!, used, (p) => fromHtml(p.html, { fragment: true })))
  const byUrl = new Map(sections.map((section) => [section.page.url, section]))
  for (const section of sections) rewriteSectionLinks(section, byUrl, site)
  return sections.map((section) => toHtml(section.tree))
}

/** HTML as a browser reads it, written out again. */
const asRead = (html: string) => toHtml(fromHtml(html, { fragment: true }))

/** The sections' bodies of the document printDocument makes: what follows each page's URL line. */
function documentBodies(pages: readonly PrintedPage[]): string[] {
  const tree = fromHtml(printDocument(pages, site).html, { fragment: true })
  return tree.children.flatMap((child) => (child.type === 'element' && child.tagName === 'section' ? [toHtml({ type: 'root', children: child.children.slice(2) })] : []))
}

function renderedPages(folder: string): PrintedPage[] {
  const settings = resolveSettings({ contentDir: path.join(fixtures, folder) }, { HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
  return loadHandbook(settings, { includeDrafts: false, hrefPrefix: '/docs' })
    .pages.filter((page) => page.format === 'md')
    .map((page) => ({ url: page.url, title: page.title, html: page.html, format: page.format }))
}

describe('print views from cut HTML', () => {
  it.each(['hostile', 'real-world', 'posthog', 'languages', 'drawn', 'gitbook', 'backlinks'])('give the documents the tree path gives, on the %s fixture', (folder) => {
    const pages = renderedPages(folder)
    expect(pages.length).toBeGreaterThan(0)
    expect(documentBodies(pages)).toEqual(treeBodies(pages).map(asRead))
  })

  it('give them on HTML at the edges: raw text, comments, CDATA, references in values, upper case, repeated and unquoted attributes', () => {
    const pages: PrintedPage[] = [
      {
        url: '/a',
        title: 'A',
        format: 'md',
        html: [
          '<H2 ID="top">Top</H2>',
          '<style>h2 > a { color: red } /* <a href="/docs/b"> */</style>',
          '<!-- <a href="/docs/b" id="comment"> -->',
          '<svg><![CDATA[ <a href="/docs/b"> ]]><a href="/docs/b#x">in svg</a></svg>',
          '<p><a href="/docs/b?q=1&amp;r=2#x" id="one" id="two">b</a><a href=/docs/a#top>up</a><a href="#top"id="glued">glued</a></p>',
          '<p><label for="top other">label</label><td headers=" top  x ">cell</td><sup aria-describedby="top">1</sup></p>',
          '<h1 id="t&amp;c">Terms &amp; conditions</h1><h6>Six</h6>',
          '<p>a < b and <a href="/docs/elsewhere">out</a></p>',
          '<script>if (a < b) document.write("<h2 id=\\"x\\">")</script>',
        ].join(''),
      },
      { url: '/b', title: 'B', format: 'md', html: '<h2 id="x">X</h2><p><a href="/docs/a#t&amp;c">terms</a></p>' },
    ]
    expect(documentBodies(pages)).toEqual(treeBodies(pages).map(asRead))
  })

  it('cut only at the tags a view changes, the rest kept as written', () => {
    const html = '<p class="x">Text <em>here</em></p><h2 id="a">A</h2><!-- <h3 id="c"> --><a href="/b">b</a><img src="/i.png" alt="">'
    const pieces = cutMarkup(html)
    expect(pieces.map((piece) => (typeof piece === 'string' ? piece : `${piece.closing ? '/' : ''}${piece.name}`))).toEqual([
      '<p class="x">Text <em>here</em></p>',
      'h2',
      'A',
      '/h2',
      '<!-- <h3 id="c"> -->',
      'a',
      'b</a><img src="/i.png" alt="">',
    ])
    const link = pieces[5] as MarkupTag
    expect(link.attributes).toEqual([{ name: 'href', raw: ' href="/b"', value: '/b' }])
  })

  it('write attribute values as hast-util-to-html does, whether or not they hold a character to escape', () => {
    const values = ['/docs/a#top', 'print-handbook-a-top', 'é ü 日本', '<b> & "c"', "it's", 'a`b', 'nul\0here', 't&amp;c', '']
    for (const value of values) {
      expect(writeAttribute('href', value)).toBe(` href="${stringifyEntities(value, { subset: ['\0', '"', '&', "'", '`'], attribute: true })}"`)
    }
    expect(writeAttribute('id', 'a"b')).toBe(' id="a&#x22;b"')
  })
})
