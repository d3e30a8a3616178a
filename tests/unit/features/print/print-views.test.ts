import { describe, expect, it } from 'vitest'
import { PRINT_PAGE_LIMIT, printViews } from '../../../../src/content/features/print/print-views'
import type { Sidebar, SidebarItem } from '../../../../src/shared/sidebar/types'

const sidebars: Sidebar[] = [
  {
    name: 'Handbook',
    items: [
      { type: 'page', label: 'Welcome', url: '/' },
      {
        type: 'group',
        label: 'Handbook',
        url: '/handbook',
        collapsed: false,
        items: [
          { type: 'page', label: 'Time off', url: '/handbook/time-off' },
          { type: 'group', label: 'People', url: '/handbook/people', collapsed: false, items: [{ type: 'page', label: 'Hiring', url: '/handbook/people/hiring' }] },
          { type: 'link', label: 'Directory', url: '/people', external: false },
        ],
      },
      { type: 'group', label: 'No page', collapsed: false, items: [{ type: 'page', label: 'Tools', url: '/tools' }] },
    ],
  },
]
const pages = ['/', '/tools', '/handbook', '/handbook/people', '/handbook/people/hiring', '/handbook/time-off', '/unlisted']

describe('printViews', () => {
  const views = printViews(sidebars, pages, 'Acme')

  it("prints the whole handbook at /print in the sidebars' reading order, then the pages no sidebar lists", () => {
    expect(views[0]).toMatchObject({ kind: 'handbook', url: '/print', title: 'Acme' })
    expect(views[0]!.pages).toEqual(['/', '/handbook', '/handbook/time-off', '/handbook/people', '/handbook/people/hiring', '/tools', '/unlisted'])
  })

  it('prints each group that has its own page at /print<its URL>, its page first', () => {
    expect(views.slice(1).map((view) => [view.url, view.pages])).toEqual([
      ['/print/handbook', ['/handbook', '/handbook/time-off', '/handbook/people', '/handbook/people/hiring']],
      ['/print/handbook/people', ['/handbook/people', '/handbook/people/hiring']],
    ])
  })

  it(`makes /print an index of one view per sidebar above ${PRINT_PAGE_LIMIT} pages`, () => {
    const many = Array.from({ length: PRINT_PAGE_LIMIT + 1 }, (_, i) => `/p${i}`)
    const big: Sidebar[] = [
      { name: 'Handbook', items: many.slice(0, 300).map((url) => ({ type: 'page', label: url, url })) },
      { name: 'Engineering', items: many.slice(300).map((url) => ({ type: 'page', label: url, url })) },
    ]
    const large = printViews(big, many, 'Acme')
    expect(large[0]).toMatchObject({ kind: 'index', url: '/print', pages: [] })
    expect(large[0]!.lists).toEqual([
      { url: '/print/sidebar-handbook', title: 'Handbook', pages: 300 },
      { url: '/print/sidebar-engineering', title: 'Engineering', pages: 201 },
    ])
    expect(large[2]!.pages).toEqual(many.slice(300))
    // At the limit, one page still holds them all.
    expect(printViews(big, many.slice(0, PRINT_PAGE_LIMIT), 'Acme')[0]!.kind).toBe('handbook')
  })
})

describe('printViews of a group above the limit', () => {
  it("makes its view an index of its groups' views, and lists those in the handbook's index", () => {
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}/p${i}`)
    const group = (url: string, items: SidebarItem[]): SidebarItem => ({ type: 'group', label: url.slice(1), url, collapsed: true, items })
    const pagesOf = (urls: string[]): SidebarItem[] => urls.map((url) => ({ type: 'page', label: url, url }))
    const big: Sidebar[] = [{ name: 'Handbook', items: [group('/eng', [group('/eng/web', pagesOf(many('/eng/web', 300))), group('/eng/ops', pagesOf(many('/eng/ops', 300)))])] }]
    const urls = ['/eng', '/eng/web', '/eng/ops', ...many('/eng/web', 300), ...many('/eng/ops', 300)]
    const views = printViews(big, urls, 'Acme')
    const byUrl = new Map(views.map((view) => [view.url, view]))
    const lists = [
      { url: '/print/eng/web', title: 'eng/web', pages: 301 },
      { url: '/print/eng/ops', title: 'eng/ops', pages: 301 },
    ]
    expect(byUrl.get('/print')).toMatchObject({ kind: 'index', lists })
    expect(byUrl.get('/print/eng')).toMatchObject({ kind: 'index', pages: [], lists })
    expect(byUrl.get('/print/eng/web')!.pages).toHaveLength(301)
    // No view holds more than the limit.
    expect(Math.max(...views.map((view) => view.pages.length))).toBeLessThanOrEqual(PRINT_PAGE_LIMIT)
  })
})
