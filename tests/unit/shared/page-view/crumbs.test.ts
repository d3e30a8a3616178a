import { describe, expect, it } from 'vitest'
import { searchCrumbsOf, type PageFields } from '../../../../src/shared/page-view'
import { searchPages } from '../../../../src/content/features/search/build'
import type { Page } from '../../../../src/content/handbook'
import { INPUTS, fields, resolved, siteSidebars } from './small-handbook'

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
