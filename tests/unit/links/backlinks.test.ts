import { describe, expect, it } from 'vitest'
import { backlinksOf, type BacklinkSource } from '../../../src/content/links/backlinks'
import type { HeadingInfo } from '../../../src/content/links/heading'
import type { LinkUse } from '../../../src/content/links/links'
import { BACKLINKS_SHOWN, backlinksView, pageView, type PageFields } from '../../../src/shared/page-view'

/** A link written at `line` to the page at `url`. */
function to(url: string, line: number | undefined, extra: Partial<LinkUse> = {}): LinkUse {
  return { href: url, target: { kind: 'page', route: { sourcePath: `${url.slice(1)}.md`, url } }, embedded: false, ...(line !== undefined ? { line, column: 1 } : {}), ...extra }
}

function h(depth: number, text: string, line: number | undefined): HeadingInfo {
  return { depth, id: text.toLowerCase().replace(/\s+/g, '-'), text, ...(line !== undefined ? { line } : {}) }
}

function source(url: string, title: string, links: LinkUse[], headings: HeadingInfo[] = []): BacklinkSource {
  return { url, title, links, headings }
}

describe('backlinksOf', () => {
  it('gives each link the h2/h3 it is written under, and none above the first', () => {
    const graph = backlinksOf([source('/a', 'A', [to('/b', 3), to('/b', 8), to('/b', 12), to('/b', 16)], [h(2, 'Setup', 5), h(3, 'Details', 10), h(4, 'Deep', 14)])])
    expect(graph.get('/b')).toEqual([
      { url: '/a', title: 'A' },
      { url: '/a', title: 'A', section: { heading: 'Setup', anchor: 'setup' } },
      { url: '/a', title: 'A', section: { heading: 'Details', anchor: 'details' } },
    ])
  })

  it('puts a link in a heading under that heading; an h1 below the title ends the section', () => {
    const graph = backlinksOf([source('/a', 'A', [to('/b', 5), to('/c', 9)], [h(2, 'See B', 5), h(1, 'Appendix', 8)])])
    expect(graph.get('/b')).toEqual([{ url: '/a', title: 'A', section: { heading: 'See B', anchor: 'see-b' } }])
    expect(graph.get('/c')).toEqual([{ url: '/a', title: 'A' }])
  })

  it('reads headings in line order, and skips headings without a line', () => {
    const graph = backlinksOf([source('/a', 'A', [to('/b', 7)], [h(2, 'Late', 9), h(2, 'Generated', undefined), h(2, 'Early', 4)])])
    expect(graph.get('/b')).toEqual([{ url: '/a', title: 'A', section: { heading: 'Early', anchor: 'early' } }])
  })

  it('leaves out links to the page itself, embeds, other targets and position-less (generated) links', () => {
    const graph = backlinksOf([
      source('/a', 'A', [
        to('/a', 2),
        to('/b', 3, { embedded: true }),
        to('/c', undefined),
        { href: 'https://example.com', target: { kind: 'external', href: 'https://example.com' }, embedded: false, line: 4 },
        { href: '#x', target: { kind: 'same-page', anchor: 'x' }, embedded: false, line: 5 },
        { href: 'f.pdf', target: { kind: 'file', sourcePath: 'f.pdf' }, embedded: false, line: 6 },
        { href: 'nope', target: { kind: 'broken', href: 'nope', reason: 'no page' }, embedded: false, line: 7 },
      ]),
    ])
    expect([...graph.keys()]).toEqual([])
  })

  it('counts a link with an anchor or query as a link to the page', () => {
    const graph = backlinksOf([source('/a', 'A', [{ href: 'b#x', target: { kind: 'page', route: { sourcePath: 'b.md', url: '/b' }, anchor: 'x', query: 'q' }, embedded: false, line: 1 }])])
    expect(graph.get('/b')).toEqual([{ url: '/a', title: 'A' }])
  })

  it('keeps one entry per page and section however many links it has there', () => {
    const graph = backlinksOf([source('/a', 'A', [to('/b', 6), to('/b', 7), to('/b', 8), to('/b', 2), to('/b', 1)], [h(2, 'One', 5)])])
    expect(graph.get('/b')).toEqual([
      { url: '/a', title: 'A' },
      { url: '/a', title: 'A', section: { heading: 'One', anchor: 'one' } },
    ])
  })

  it('orders by the linking page title (locale compare), then its URL, then section order', () => {
    const graph = backlinksOf(
      [
        source('/z', 'zèbre', [to('/t', 9), to('/t', 3)], [h(2, 'Second', 8), h(2, 'First', 2)]),
        source('/e', 'Été', [to('/t', 1)]),
        source('/a2', 'alpha', [to('/t', 1)]),
        source('/a1', 'alpha', [to('/t', 1)]),
        source('/b', 'Beta', [to('/t', 1)]),
      ],
      'fr',
    )
    expect(graph.get('/t')!.map((link) => [link.url, link.section?.heading])).toEqual([
      ['/a1', undefined],
      ['/a2', undefined],
      ['/b', undefined],
      ['/e', undefined],
      ['/z', 'First'],
      ['/z', 'Second'],
    ])
  })

  it('does not fail on a language tag Intl rejects', () => {
    expect(backlinksOf([source('/a', 'A', [to('/b', 1)])], 'not a tag!').get('/b')).toHaveLength(1)
  })
})

describe('backlinksView', () => {
  const links = Array.from({ length: 12 }, (_, i) => ({ url: `/p${i}`, title: `Page ${i}`, ...(i % 2 ? { section: { heading: `S${i}`, anchor: `s${i}` } } : { section: null }) }))

  it('is absent for a page nothing links to', () => {
    expect(backlinksView([], [])).toBeUndefined()
    expect(backlinksView(null, [])).toBeUndefined()
    expect(backlinksView(undefined, [])).toBeUndefined()
  })

  it('shows the first ten, folds the rest, and links each to its section', () => {
    const view = backlinksView(links, [])!
    expect(BACKLINKS_SHOWN).toBe(10)
    expect(view.shown).toHaveLength(10)
    expect(view.more.map((item) => item.url)).toEqual(['/p10', '/p11#s11'])
    expect(view.shown[0]).toEqual({ url: '/p0', title: 'Page 0' })
    expect(view.shown[1]).toEqual({ url: '/p1#s1', title: 'Page 1', section: 'S1' })
    expect(backlinksView(links.slice(0, 10), [])!.more).toEqual([])
  })

  it('gives its heading an id no heading of the page has', () => {
    expect(backlinksView(links, [])!.headingId).toBe('linked-from')
    const toc = [
      { depth: 2, id: 'linked-from', text: 'Linked from' },
      { depth: 2, id: 'linked-from-1', text: 'Linked from' },
    ]
    expect(backlinksView(links, toc)!.headingId).toBe('linked-from-2')
  })
})

describe('pageView', () => {
  const fields: PageFields = {
    title: 'B',
    url: '/b',
    description: '',
    showTitle: true,
    html: '<p>B</p>',
    sidebar: 'Handbook',
    draft: false,
    internalOnly: false,
    toc: [{ depth: 2, id: 'linked-from', text: 'Linked from' }],
  }
  const site = { title: 'Site', description: '', siteUrl: 'https://example.com', lang: 'en', pathPrefix: '/hb' }

  it('gives the article its backlinks, hrefs without the prefix (Link adds it), the heading id clear of the TOC', () => {
    const view = pageView({ ...fields, backlinks: [{ url: '/a', title: 'A', section: { heading: 'Setup', anchor: 'setup' } }] }, new Map(), site)
    expect(view.article.backlinks).toEqual({ headingId: 'linked-from-1', shown: [{ url: '/a#setup', title: 'A', section: 'Setup' }], more: [] })
    // The list is drawn by a component: its heading never joins the page's TOC.
    expect(view.toc).toEqual(fields.toc)
  })

  it('has none when nothing links here, or the page has no backlinks field (generated pages, older nodes)', () => {
    expect(pageView({ ...fields, backlinks: [] }, new Map(), site).article).not.toHaveProperty('backlinks')
    expect(pageView(fields, new Map(), site).article).not.toHaveProperty('backlinks')
  })
})
