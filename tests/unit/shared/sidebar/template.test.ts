import { describe, expect, it } from 'vitest'
import { SIDEBAR_TEMPLATE_ENTRIES, SIDEBAR_TEMPLATE_KINDS, sidebarTemplateKind } from '../../../../src/shared/sidebar/template'

describe('the sidebar template', () => {
  it('holds one sample entry per kind, in the order of the kinds', () => {
    expect(SIDEBAR_TEMPLATE_ENTRIES).toHaveLength(SIDEBAR_TEMPLATE_KINDS.length)
    expect(SIDEBAR_TEMPLATE_ENTRIES.map((entry) => [entry.type, entry.type === 'link' ? entry.external : entry.type === 'group' ? Boolean(entry.url) : undefined])).toEqual([
      ['page', undefined],
      ['link', true],
      ['group', false],
      ['group', true],
    ])
    // Groups are drawn closed and lazy, as the browser fills them.
    for (const entry of SIDEBAR_TEMPLATE_ENTRIES) if (entry.type === 'group') expect(entry).toMatchObject({ open: false, lazy: true, items: [] })
  })

  it('draws an internal link as a page, an external one and groups by their own sample', () => {
    expect(sidebarTemplateKind({ type: 'page', label: 'A', url: '/a' })).toBe('page')
    expect(sidebarTemplateKind({ type: 'link', label: 'B', url: '/b', external: false })).toBe('page')
    expect(sidebarTemplateKind({ type: 'link', label: 'C', url: 'https://c.example.com', external: true })).toBe('external-link')
    expect(sidebarTemplateKind({ type: 'group', label: 'D', collapsed: true, items: [] })).toBe('group')
    expect(sidebarTemplateKind({ type: 'group', label: 'E', url: '/e', collapsed: true, items: [] })).toBe('group-with-page')
  })
})
