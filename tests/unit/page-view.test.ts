import { describe, expect, it } from 'vitest'
import { CARD_LINKS, homeHead, homeView, pageHead, pageView, searchCrumbsOf, type PageFields, type SiteContext, type SiteSidebars } from '../../src/shared/page-view'
import type { SidebarEntry } from '../../src/shared/sidebar/navigation'
import type { SidebarItem, SiteSidebar } from '../../src/shared/sidebar/types'
import { resolveSidebars, type SidebarPageInput } from '../../src/content/sidebars'
import { searchPages } from '../../src/content/features/search/build'
import type { Page } from '../../src/content/handbook'

const SITE: SiteContext = { title: 'Northwind', description: 'How we work.', siteUrl: 'https://handbook.example.com', lang: 'en', pathPrefix: '' }

/** A small in-memory handbook: its pages, resolved into sidebars the way the build does it. */
const INPUTS: SidebarPageInput[] = [
  { sourcePath: 'index.md', url: '/', title: 'Welcome' },
  { sourcePath: 'handbook/index.md', url: '/handbook', title: 'Handbook' },
  { sourcePath: 'handbook/company/index.md', url: '/handbook/company', title: 'Company', position: 1 },
  { sourcePath: 'handbook/company/values.md', url: '/handbook/company/values', title: 'Values', position: 1 },
  { sourcePath: 'handbook/company/structure.md', url: '/handbook/company/structure', title: 'Structure', position: 2 },
  { sourcePath: 'handbook/people/index.md', url: '/handbook/people', title: 'People', position: 2 },
  { sourcePath: 'handbook/people/time-off.md', url: '/handbook/people/time-off', title: 'Time off' },
  { sourcePath: 'editing/index.md', url: '/editing', title: 'Editing this handbook' },
  { sourcePath: 'editing/markdown.md', url: '/editing/markdown', title: 'Markdown' },
]
const resolved = resolveSidebars({ file: undefined, pages: INPUTS, defaultSidebar: 'Handbook' })

function siteSidebars(dataPaths: Record<string, string> = {}): SiteSidebars {
  return new Map(resolved.sidebars.map((sidebar): [string, SiteSidebar] => [sidebar.name, { ...sidebar, dataPath: dataPaths[sidebar.name] ?? null }]))
}

function fields(url: string, extra: Partial<PageFields> = {}): PageFields {
  const input = INPUTS.find((page) => page.url === url)!
  return {
    title: input.title,
    url,
    description: `About ${input.title}.`,
    showTitle: true,
    lang: null,
    html: `<p>${input.title}</p>`,
    sidebar: resolved.sidebarOf.get(input.sourcePath)!,
    draft: false,
    editUrl: null,
    lastUpdated: null,
    toc: [],
    ...extra,
  }
}

function entry(entries: readonly SidebarEntry[], label: string): SidebarEntry | undefined {
  for (const item of entries) {
    if (item.label === label) return item
    const inner = item.type === 'group' ? entry(item.items, label) : undefined
    if (inner) return inner
  }
  return undefined
}

describe('pageView', () => {
  it('shows the sidebar of the page with the page marked and the groups on the way open', () => {
    const view = pageView(fields('/handbook/company/values'), siteSidebars(), SITE)
    expect(view.siteTitle).toBe('Northwind')
    expect(view.sidebar?.name).toBe('Handbook')
    expect(view.sidebar).not.toHaveProperty('dataUrl')
    expect(entry(view.sidebar!.entries, 'Values')).toMatchObject({ current: true })
    expect(entry(view.sidebar!.entries, 'Company')).toMatchObject({ open: true, current: false })
    expect(entry(view.sidebar!.entries, 'People')).toMatchObject({ open: false, items: [expect.objectContaining({ label: 'Time off' })] })
  })

  it('gives breadcrumbs and the pages before and after in sidebar order', () => {
    const { article } = pageView(fields('/handbook/company/structure'), siteSidebars(), SITE)
    expect(article.breadcrumbs).toStrictEqual([
      { label: 'Handbook', url: '/handbook' },
      { label: 'Company', url: '/handbook/company' },
    ])
    expect(article.neighbours).toStrictEqual({
      previous: { label: 'Values', url: '/handbook/company/values' },
      next: { label: 'People', url: '/handbook/people' },
    })
  })

  it("carries the page's own fields: title, draft, body, table of contents, edit link", () => {
    const toc = [
      { depth: 2, id: 'a', text: 'A' },
      { depth: 3, id: 'b', text: 'B' },
    ]
    const view = pageView(fields('/editing/markdown', { draft: true, showTitle: false, toc, editUrl: 'https://git.example.com/edit/editing/markdown.md' }), siteSidebars(), SITE)
    expect(view.toc).toEqual(toc)
    expect(view.article).toMatchObject({
      title: 'Markdown',
      showTitle: false,
      draft: true,
      html: '<p>Markdown</p>',
      toc,
      editUrl: 'https://git.example.com/edit/editing/markdown.md',
      titleLines: [],
      breadcrumbs: [],
    })
    expect(view.article).not.toHaveProperty('lastUpdated')
  })

  it("writes the last change's date in the page's language, else the site's", () => {
    const iso = '2024-03-05T10:00:00.000Z'
    expect(pageView(fields('/handbook', { lastUpdated: iso }), siteSidebars(), SITE).article.lastUpdated).toEqual({ iso, text: 'March 5, 2024' })
    expect(pageView(fields('/handbook', { lastUpdated: iso, lang: 'de' }), siteSidebars(), SITE).article.lastUpdated).toEqual({ iso, text: '5. März 2024' })
    expect(pageView(fields('/handbook', { lastUpdated: iso, lang: 'not a language!' }), siteSidebars(), SITE).article.lastUpdated).toEqual({ iso, text: '2024-03-05' })
  })

  it('has no sidebar, breadcrumbs or neighbours for a page whose sidebar does not exist', () => {
    const view = pageView(fields('/handbook', { sidebar: 'Nope' }), siteSidebars(), SITE)
    expect(view).not.toHaveProperty('sidebar')
    expect(view.article.breadcrumbs).toEqual([])
    expect(view.article.neighbours).toEqual({})
  })

  it('loads closed groups on demand exactly when the sidebar has a data path, from the prefixed URL', () => {
    const sidebars = siteSidebars({ Handbook: '/_handbook/sidebar-abc.json' })
    const view = pageView(fields('/handbook/company/values'), sidebars, { ...SITE, pathPrefix: '/northwind' })
    expect(view.sidebar?.dataUrl).toBe('/northwind/_handbook/sidebar-abc.json')
    expect(entry(view.sidebar!.entries, 'People')).toMatchObject({ open: false, lazy: true, items: [] })
    expect(entry(view.sidebar!.entries, 'Company')).toMatchObject({ open: true, items: [expect.objectContaining({ label: 'Values' }), expect.objectContaining({ label: 'Structure' })] })
    expect(pageView(fields('/handbook/company/values'), sidebars, SITE).sidebar?.dataUrl).toBe('/_handbook/sidebar-abc.json')
    // Another sidebar without a data path is whole.
    expect(pageView(fields('/editing/markdown'), sidebars, SITE).sidebar).not.toHaveProperty('dataUrl')
  })
})

describe('pageHead', () => {
  it("gives the page's title, description, URL and language, the site's as fallbacks", () => {
    expect(pageHead(fields('/editing', { lang: 'fr' }), SITE)).toStrictEqual({
      siteTitle: 'Northwind',
      siteUrl: 'https://handbook.example.com',
      lang: 'fr',
      title: 'Editing this handbook',
      description: 'About Editing this handbook.',
      url: '/editing',
    })
    expect(pageHead(fields('/editing'), SITE).lang).toBe('en')
    expect(pageHead(null, SITE)).toStrictEqual({ siteTitle: 'Northwind', siteUrl: 'https://handbook.example.com', lang: 'en', title: 'Page', description: '', url: '/' })
  })
})

describe('homeView', () => {
  it('shows the root page, or without one the site as a hero', () => {
    const home = homeView({ title: 'Welcome', description: '', showTitle: true, lang: null, html: '<p>Hi</p>', toc: [] }, siteSidebars(), SITE)
    expect(home.article).toStrictEqual({ title: 'Welcome', showTitle: true, draft: false, titleLines: [], toc: [], html: '<p>Hi</p>', breadcrumbs: [], neighbours: {}, markdownUrl: '/index.md' })
    expect(homeView(null, siteSidebars(), SITE)).not.toHaveProperty('article')
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
      { type: 'group', label: 'Intro', collapsed: true, items: [{ type: 'link', label: 'Status', url: 'https://status.example.com', external: true }, { type: 'page', label: 'First', url: '/first' }] },
      ...Array.from({ length: CARD_LINKS }, (_, i): SidebarItem => ({ type: 'page', label: `Page ${i}`, url: `/page-${i}` })),
      { type: 'group', label: 'Empty', collapsed: true, items: [] },
    ]
    const [card] = homeView(null, new Map([['Long', { name: 'Long', items, dataPath: null }]]), SITE).sections
    // A group's first URL may be a link's; it counts only pages.
    expect(card!.links[0]).toStrictEqual({ label: 'Intro', url: 'https://status.example.com', pages: 1 })
    expect(card!.links).toHaveLength(CARD_LINKS)
    expect(card!.more).toStrictEqual({ url: 'https://status.example.com', pages: CARD_LINKS + 1 })
  })

  it('has the head of the site, with the root page’s description and language when it has them', () => {
    expect(homeHead(null, SITE)).toStrictEqual({ siteTitle: 'Northwind', siteUrl: 'https://handbook.example.com', lang: 'en', description: 'How we work.', url: '/' })
    expect(homeHead({ description: 'Welcome!', lang: 'ja' }, SITE)).toMatchObject({ lang: 'ja', description: 'Welcome!' })
    expect(homeHead({ description: '', lang: null }, SITE)).toMatchObject({ lang: 'en', description: 'How we work.' })
  })
})

describe('searchCrumbsOf', () => {
  const sidebars = siteSidebars()
  const crumbs = (url: string, extra: Partial<PageFields> = {}) => searchCrumbsOf(fields(url, extra), sidebars)

  it('names the groups above the page', () => {
    expect(crumbs('/handbook/people/time-off')).toEqual(['Handbook', 'People'])
  })

  it("names the sidebar of a page at a sidebar's top, when there are several sidebars and the title says otherwise", () => {
    expect(crumbs('/')).toEqual(['Handbook'])
    expect(crumbs('/editing')).toEqual(['Editing'])
    // The title already says it.
    expect(crumbs('/handbook')).toEqual([])
    // A page its sidebar does not list is at no group.
    expect(crumbs('/editing/markdown', { sidebar: 'Handbook' })).toEqual(['Handbook'])
  })

  it('names nothing for a page at the top of the only sidebar', () => {
    const only = new Map([['Handbook', { name: 'Handbook', items: [{ type: 'page' as const, label: 'Welcome', url: '/' }] }]])
    expect(searchCrumbsOf({ url: '/', title: 'Welcome', sidebar: 'Handbook' }, only)).toEqual([])
  })

  it('is what the search index stores for each page', () => {
    const pages = INPUTS.map((input) => ({ ...fields(input.url), sourcePath: input.sourcePath, frontmatter: {}, format: 'md' }) as unknown as Page)
    const handbook = { pages, sidebars: resolved.sidebars }
    for (const page of searchPages(handbook)) {
      expect(page.crumbs, page.url).toEqual(searchCrumbsOf(pages.find((p) => p.url === page.url)!, sidebars))
    }
  })
})
