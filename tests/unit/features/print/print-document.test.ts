import { describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import { pageAnchor, printDocument, type PrintedPage } from '../../../../src/content/features/print/print-document'

const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '/docs', hrefPrefix: '/docs' }

const people: PrintedPage = {
  url: '/handbook/people',
  title: 'People',
  format: 'md',
  html: '<h2 id="overview">Overview</h2><p>See <a href="#hiring">hiring</a>, <a href="/docs/handbook/time-off#overview">time off</a>, <a href="/docs/handbook/time-off">the page</a>, <a href="/docs/benefits?tab=2#dental">benefits</a> and <a href="https://example.org/x">outside</a>.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup></p><h2 id="hiring">Hiring</h2><img src="/docs/people.png" alt="Team"><h2 id="footnote-label">Footnotes</h2>',
}
const timeOff: PrintedPage = { url: '/handbook/time-off', title: 'Time off', format: 'md', html: '<h2 id="overview">Overview</h2><h3 id="sick">Sick leave</h3>' }

describe('printDocument', () => {
  const document = printDocument([people, timeOff], site)
  const root = parse(document.html)

  it('names each page by its URL', () => {
    expect(pageAnchor('/handbook/people')).toBe('handbook-people')
    expect(pageAnchor('/')).toBe('home')
    expect(pageAnchor('/Équipe/Café Noir')).toBe('équipe-café-noir')
  })

  it('lists the pages in the given order, each under its own heading, in a table of contents', () => {
    expect(root.querySelectorAll('.print-toc a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['#handbook-people', 'People'],
      ['#handbook-time-off', 'Time off'],
    ])
    expect(root.querySelectorAll('.print-page-title').map((h) => [h.tagName, h.id])).toEqual([
      ['H2', 'handbook-people'],
      ['H2', 'handbook-time-off'],
    ])
  })

  it("prefixes every id with its page, so two pages' headings of the same name stay apart, and puts headings one level down", () => {
    const ids = root.querySelectorAll('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain('handbook-people-overview')
    expect(ids).toContain('handbook-time-off-overview')
    expect(root.getElementById('handbook-people-overview')?.tagName).toBe('H3')
    expect(root.getElementById('handbook-time-off-sick')?.tagName).toBe('H4')
    expect(document.anchors.slice(0, 2)).toEqual(['handbook-people', 'handbook-time-off'])
  })

  it('makes links to printed pages and their headings in-document links, and others full URLs', () => {
    const hrefs = root.querySelectorAll('#handbook-people ~ p a, .print-page p a').map((a) => a.getAttribute('href'))
    expect(hrefs).toContain('#handbook-people-hiring')
    expect(hrefs).toContain('#handbook-time-off-overview')
    expect(hrefs).toContain('#handbook-time-off')
    expect(hrefs).toContain('https://handbook.example.com/docs/benefits?tab=2#dental')
    expect(hrefs).toContain('https://example.org/x')
    // A fragment the page does not hold leads to the page, never nowhere.
    expect(root.querySelector('sup a')?.getAttribute('href')).toBe('#handbook-people')
    // Every in-document link leads to an id of the document.
    const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id))
    for (const href of root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')) if (href.startsWith('#')) expect(ids, href).toContain(href.slice(1))
  })

  it('keeps references between ids and images', () => {
    expect(root.querySelector('sup a')?.getAttribute('aria-describedby')).toBe('handbook-people-footnote-label')
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/docs/people.png')
  })

  it('links an .mdx page online instead of dropping it', () => {
    const mdx = parse(printDocument([{ url: '/tools', title: 'Tools', format: 'mdx', html: '' }], site).html)
    expect(mdx.querySelector('#tools')?.text).toBe('Tools')
    expect(mdx.querySelector('.print-online-only a')?.getAttribute('href')).toBe('https://handbook.example.com/docs/tools')
  })

  it('keeps ids unique when a page anchor and a heading id meet', () => {
    const clash = printDocument(
      [
        { url: '/a', title: 'A', format: 'md', html: '<h2 id="b">B heading</h2>' },
        { url: '/a-b', title: 'A b', format: 'md', html: '<p><a href="/docs/a#b">up</a></p>' },
      ],
      site,
    )
    const tree = parse(clash.html)
    const ids = tree.querySelectorAll('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(tree.querySelector('#a-b')?.text).toBe('A b')
    expect(tree.querySelector('.print-page:last-child a')?.getAttribute('href')).toBe(`#${tree.querySelector('h3')?.id}`)
  })
})
