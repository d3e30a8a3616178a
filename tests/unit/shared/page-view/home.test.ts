import { describe, expect, it } from 'vitest'
import { CARD_LINKS, homeView } from '../../../../src/shared/page-view'
import type { SidebarItem } from '../../../../src/shared/sidebar/types'
import { SITE, siteSidebars } from './small-handbook'

describe('homeView', () => {
  it('shows the root page, or without one the site as a hero', () => {
    const home = homeView({ title: 'Welcome', description: '', showTitle: true, lang: null, html: '<p>Hi</p>', toc: [] }, siteSidebars(), SITE)
    expect(home.article).toStrictEqual({ title: 'Welcome', showTitle: true, draft: false, titleLines: [], toc: [], html: '<p>Hi</p>', breadcrumbs: [], neighbours: {}, markdownUrl: '/index.md' })
    expect(homeView(null, siteSidebars(), SITE)).not.toHaveProperty('article')
    expect(homeView({ title: 'Welcome', subtitle: 'How we work, written down', description: '', showTitle: true, lang: null, html: '', toc: [] }, siteSidebars(), SITE).article?.subtitle).toBe(
      'How we work, written down',
    )
    expect(home.article).not.toHaveProperty('subtitle')
    expect(homeView(null, siteSidebars(), SITE).hero).toEqual({ title: 'Northwind', lead: 'How we work.' })
  })

  it('makes a card per sidebar: its items with their first page, groups with their number of pages', () => {
    expect(homeView(null, siteSidebars(), SITE).sections).toStrictEqual([
      {
        name: 'Handbook',
        links: [
          { label: 'Welcome', url: '/' },
          { label: 'Handbook', url: '/handbook', pages: 5 },
        ],
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

  it('shows the first items of a long sidebar and links to where it starts, with its number of pages', () => {
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
    expect(card!.more).toStrictEqual({ url: 'https://status.example.com', pages: CARD_LINKS + 1 })
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
