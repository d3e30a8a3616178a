import { describe, expect, it } from 'vitest'
import { SIDEBAR_INLINE_LIMIT, sidebarData, sidebarDataPath } from '../../../src/content/sidebars/publish'
import type { Sidebar, SidebarItem } from '../../../src/shared/sidebar/types'

const small: Sidebar = {
  name: 'Handbook',
  items: [
    { type: 'page', label: 'Start', url: '/' },
    { type: 'group', label: 'Company', url: '/company', collapsed: true, items: [{ type: 'page', label: 'Values', url: '/company/values' }] },
    { type: 'group', label: 'Legal', collapsed: true, items: [] },
    { type: 'link', label: 'Editing', url: '/editing', external: false },
    { type: 'link', label: 'Status', url: 'https://status.example.com', external: true },
  ],
}

/** A sidebar with one more entry than pages carry whole: a group of pages. */
function large(name = 'Handbook', label = 'Page'): Sidebar {
  const pages: SidebarItem[] = Array.from({ length: SIDEBAR_INLINE_LIMIT }, (_, i) => ({ type: 'page', label: `${label} ${i}`, url: `/p/${i}` }))
  return { name, items: [{ type: 'group', label: 'All', collapsed: true, items: pages }] }
}

describe('sidebarDataPath', () => {
  it('publishes only sidebars over the limit, and only in production builds', () => {
    expect(sidebarDataPath(small, { production: true })).toBeNull()
    expect(sidebarDataPath(large(), { production: false })).toBeNull()
    expect(sidebarDataPath(large(), { production: true })).toMatch(/^\/_handbook\/sidebar-[0-9a-f]{12}\.json$/)
  })

  it('names the file after the sidebar and its tree: the same tree keeps its name, another gets another', () => {
    const path = sidebarDataPath(large(), { production: true })
    expect(sidebarDataPath(large(), { production: true })).toBe(path)
    expect(sidebarDataPath(large('Other'), { production: true })).not.toBe(path)
    expect(sidebarDataPath(large('Handbook', 'Entry'), { production: true })).not.toBe(path)
  })
})

describe('sidebarData', () => {
  it('prefixes internal URLs of pages, groups and links, and leaves external links alone', () => {
    expect(sidebarData(small.items, '/northwind')).toStrictEqual([
      { type: 'page', label: 'Start', url: '/northwind/' },
      { type: 'group', label: 'Company', url: '/northwind/company', collapsed: true, items: [{ type: 'page', label: 'Values', url: '/northwind/company/values' }] },
      { type: 'group', label: 'Legal', collapsed: true, items: [] },
      { type: 'link', label: 'Editing', url: '/northwind/editing', external: false },
      { type: 'link', label: 'Status', url: 'https://status.example.com', external: true },
    ])
  })

  it('is the tree itself without a prefix', () => {
    expect(sidebarData(small.items, '')).toStrictEqual(small.items)
  })
})
