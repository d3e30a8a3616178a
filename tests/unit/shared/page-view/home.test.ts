import { describe, expect, it } from 'vitest'
import { CARD_LINKS, homeView } from '../../../../src/shared/page-view'
import type { SidebarItem } from '../../../../src/shared/sidebar/types'
import { SITE, siteSidebars } from './small-handbook'

describe('homeView', () => {
  it('shows the root page, or without one the site as a hero', () => {
    const home = homeView({ title: 'Welcome', description: '', showTitle: true, lang: null, html: '<p>Hi</p>', toc: [] }, siteSidebars(), SITE)
    expect(home.article).toStrictEqual({
      title: 'Welcome',
      showTitle: true,
      draft: false,
      internal: false,
      titleLines: [],
      toc: [],
      html: '<p>Hi</p>',
      breadcrumbs: [],
      neighbours: {},
      markdownUrl: '/index.md',
    })
    expect(homeView(null, siteSidebars(), SITE)).not.toHaveProperty('article')
    expect(homeView({ title: 'Welcome', subtitle: 'How we work, written down', description: '', showTitle: true, lang: null, html: '', toc: [] }, siteSidebars(), SITE).article?.subtitle).toBe(
      'How we work, written down',
    )
    expect(home.article).not.toHaveProperty('subtitle')
    expect(homeView(null, siteSidebars(), SITE).hero).toEqual({ title: 'Northwind', lead: 'How we work.' })
  })

  it('makes a card per sidebar: its items with their first page, groups with their number of pages, never the home page itself', () => {
    expect(homeView(null, siteSidebars(), SITE).sections).toStrictEqual([
      {
        name: 'Handbook',
        // "Welcome" is the home page: a link there from the home page would lead nowhere. The group's own page lists its 5 pages.
        links: [{ label: 'Handbook', url: '/handbook', pages: 5 }],
      },
      {
        name: 'Editing',
        links: [
          { label: 'Editing this handbook', url: '/editing' },
          { label: 'Markdown', url: '/editing/markdown' },
        ],
      },
    ])
  })

  it('shows the first items of a long sidebar, and the rest of its pages folded: every page a link away', () => {
    const items: SidebarItem[] = [
      {
        type: 'group',
        label: 'Intro',
        collapsed: true,
        items: [
          { type: 'link', label: 'Status', url: 'https://status.example.com', external: true },
          { type: 'page', label: 'First', url: '/first' },
        ],
      },
      ...Array.from({ length: CARD_LINKS }, (_, i): SidebarItem => ({ type: 'page', label: `Page ${i}`, url: `/page-${i}` })),
      { type: 'group', label: 'Empty', collapsed: true, items: [] },
    ]
    const [card] = homeView(null, new Map([['Long', { name: 'Long', items, dataPath: null }]]), SITE).sections
    // A group's first URL may be a link's; it counts only pages.
    expect(card!.links[0]).toStrictEqual({ label: 'Intro', url: 'https://status.example.com', pages: 1 })
    expect(card!.links).toHaveLength(CARD_LINKS)
    expect(card!.links.at(-1)).toStrictEqual({ label: 'Page 6', url: '/page-6' })
    // A sidebar has no index page: the pages the links do not lead to, in reading order ("First" is inside "Intro", whose link is the status page's).
    expect(card).not.toHaveProperty('more')
    expect(card!.rest).toStrictEqual([
      { label: 'First', url: '/first' },
      { label: 'Page 7', url: '/page-7' },
    ])
  })

  it('folds the rest of a section without its own page: each page once, a group by its own page, never the home page', () => {
    const items: SidebarItem[] = [
      { type: 'page', label: 'Home', url: '/' },
      ...Array.from({ length: CARD_LINKS }, (_, i): SidebarItem => ({ type: 'page', label: `Page ${i}`, url: `/page-${i}` })),
      { type: 'page', label: 'Page 0 again', url: '/page-0' },
      {
        type: 'group',
        label: 'Tools',
        url: '/tools',
        collapsed: true,
        items: [{ type: 'page', label: 'Gmail', url: '/tools/gmail' }],
      },
      { type: 'group', label: 'Travel', collapsed: true, items: [{ type: 'page', label: 'Per diem', url: '/travel/per-diem' }] },
    ]
    // A section whose own page is the home page: no "All N pages" back to where the reader is.
    const sections: SidebarItem[] = [{ type: 'group', label: 'Everything', url: '/', collapsed: false, items }]
    const [card] = homeView(null, new Map([['Main', { name: 'Main', items: sections, dataPath: null }]]), SITE).sections
    expect(card!.links.map((link) => link.url)).toEqual(['/page-0', '/page-1', '/page-2', '/page-3', '/page-4', '/page-5', '/page-6'])
    expect(card).not.toHaveProperty('more')
    expect(card!.rest).toStrictEqual([
      { label: 'Page 7', url: '/page-7' },
      { label: 'Tools', url: '/tools' },
      { label: 'Per diem', url: '/travel/per-diem' },
    ])
  })

  it('gives the home page its sidebar, the home page marked as the current one; none for a sidebar that does not exist', () => {
    const home = homeView(null, siteSidebars(), SITE, 'Handbook')
    expect(home.sidebar?.name).toBe('Handbook')
    expect(home.sidebar?.entries[0]).toStrictEqual({ type: 'page', label: 'Welcome', url: '/', current: true })
    expect(home.sidebar?.entries.slice(1).map((entry) => entry.type === 'group' && [entry.label, entry.current, entry.open])).toEqual([['Handbook', false, false]])
    // A sidebar that loads closed groups on demand does so on the home page too.
    expect(homeView(null, siteSidebars({ Handbook: '/sidebars/handbook.json' }), SITE, 'Handbook').sidebar).toMatchObject({ dataUrl: '/sidebars/handbook.json' })
    expect(homeView(null, siteSidebars(), SITE, 'Nowhere')).not.toHaveProperty('sidebar')
    expect(homeView(null, siteSidebars(), SITE)).not.toHaveProperty('sidebar')
  })

  it('makes a card per section of a sidebar made only of groups, its "more" leading to the section’s page', () => {
    const pages = (prefix: string, count: number): SidebarItem[] => Array.from({ length: count }, (_, i): SidebarItem => ({ type: 'page', label: `${prefix} ${i}`, url: `/${prefix}/${i}` }))
    const sections: SidebarItem[] = [
      { type: 'group', label: 'About us', collapsed: true, items: [...pages('about', 2), { type: 'link', label: 'Org chart', url: 'https://example.com/org', external: true }] },
      { type: 'group', label: 'Getting started', url: '/start', collapsed: true, items: pages('start', CARD_LINKS + 2) },
    ]
    const home = homeView(null, new Map([['Main', { name: 'Main', items: sections, dataPath: null }], ...siteSidebars()]), SITE)
    expect(home.sections.map((card) => card.name)).toEqual(['About us', 'Getting started', 'Handbook', 'Editing'])
    expect(home.sections[0]).toStrictEqual({
      name: 'About us',
      links: [
        { label: 'about 0', url: '/about/0' },
        { label: 'about 1', url: '/about/1' },
        { label: 'Org chart', url: 'https://example.com/org' },
      ],
    })
    expect(home.sections[1]!.links).toHaveLength(CARD_LINKS)
    expect(home.sections[1]!.more).toStrictEqual({ url: '/start', pages: CARD_LINKS + 2 })
  })
})
