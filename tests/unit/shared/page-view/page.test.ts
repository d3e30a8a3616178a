import { describe, expect, it } from 'vitest'
import { pageView } from '../../../../src/shared/page-view'
import type { SidebarEntry } from '../../../../src/shared/sidebar/navigation'
import { SITE, fields, siteSidebars } from './small-handbook'

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

  it('carries the subtitle to show under the title, when the page has one', () => {
    expect(pageView(fields('/editing/markdown', { subtitle: 'Travel guide: Step 3' }), siteSidebars(), SITE).article.subtitle).toBe('Travel guide: Step 3')
    for (const none of [{}, { subtitle: null }]) expect(pageView(fields('/editing/markdown', none), siteSidebars(), SITE).article).not.toHaveProperty('subtitle')
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
