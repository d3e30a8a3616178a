import { describe, expect, it } from 'vitest'
import { pageUrls, sidebarForPage, withLazyGroups, type SidebarEntry } from '../../../../src/shared/sidebar/navigation'
import type { SidebarItem } from '../../../../src/shared/sidebar/types'

const items: SidebarItem[] = [
  { type: 'page', label: 'Company', url: '/company' },
  {
    type: 'group',
    label: 'Teams',
    url: '/company/teams',
    collapsed: true,
    items: [
      { type: 'page', label: 'Alpha', url: '/company/teams/alpha' },
      {
        type: 'group',
        label: 'Deep',
        collapsed: true,
        items: [{ type: 'page', label: 'Deeper', url: '/company/teams/deep/deeper' }],
      },
    ],
  },
  { type: 'group', label: 'Legal', collapsed: true, items: [{ type: 'page', label: 'Privacy', url: '/company/legal/privacy' }] },
  { type: 'group', label: 'Always open', collapsed: false, items: [{ type: 'page', label: 'Faq', url: '/faq' }] },
  { type: 'link', label: 'Status', url: 'https://status.example.com', external: true },
]

function find(entries: readonly SidebarEntry[], label: string): SidebarEntry {
  for (const entry of entries) {
    if (entry.label === label) return entry
    if (entry.type === 'group') {
      try {
        return find(entry.items, label)
      } catch {
        // keep looking
      }
    }
  }
  throw new Error(label)
}

const currentLabels = (entries: readonly SidebarEntry[]): string[] =>
  entries.flatMap((entry) => [...((entry.type === 'page' || entry.type === 'group') && entry.current ? [entry.label] : []), ...(entry.type === 'group' ? currentLabels(entry.items) : [])])

describe('sidebarForPage', () => {
  it('marks only the current page', () => {
    const entries = sidebarForPage(items, '/company/teams/alpha')
    expect(currentLabels(entries)).toEqual(['Alpha'])
  })

  it('opens the groups on the way to the current page and no others', () => {
    const entries = sidebarForPage(items, '/company/teams/deep/deeper')
    expect(find(entries, 'Teams')).toMatchObject({ open: true, current: false })
    expect(find(entries, 'Deep')).toMatchObject({ open: true, current: false })
    expect(find(entries, 'Deeper')).toMatchObject({ current: true })
    expect(find(entries, 'Legal')).toMatchObject({ open: false })
  })

  it('keeps nested groups closed when the current page is beside them', () => {
    const entries = sidebarForPage(items, '/company/teams/alpha')
    expect(find(entries, 'Teams')).toMatchObject({ open: true })
    expect(find(entries, 'Deep')).toMatchObject({ open: false })
  })

  it('marks and opens a group whose index page is current', () => {
    const entries = sidebarForPage(items, '/company/teams')
    expect(find(entries, 'Teams')).toMatchObject({ current: true, open: true, url: '/company/teams' })
    expect(currentLabels(entries)).toEqual(['Teams'])
  })

  it('leaves groups that start open open', () => {
    expect(find(sidebarForPage(items, '/company'), 'Always open')).toMatchObject({ open: true, current: false })
  })

  it('closes every collapsed group when the page is not in the sidebar', () => {
    const entries = sidebarForPage(items, '/elsewhere')
    expect(currentLabels(entries)).toEqual([])
    expect(entries.filter((e) => e.type === 'group' && e.open).map((e) => e.label)).toEqual(['Always open'])
  })

  it('passes links through and gives groups without an index page no url', () => {
    const entries = sidebarForPage(items, '/company')
    expect(entries[4]).toEqual({ type: 'link', label: 'Status', url: 'https://status.example.com', external: true })
    expect(find(entries, 'Legal')).not.toHaveProperty('url')
  })

  it('does not change the items it is given', () => {
    const before = JSON.stringify(items)
    sidebarForPage(items, '/company/teams/alpha')
    expect(JSON.stringify(items)).toBe(before)
  })
})

describe('withLazyGroups', () => {
  it('empties closed groups, marking them lazy, and keeps open ones with their entries', () => {
    const entries = withLazyGroups(sidebarForPage(items, '/company/teams/alpha'))
    expect(find(entries, 'Teams')).toMatchObject({ open: true, items: [expect.objectContaining({ label: 'Alpha' }), expect.objectContaining({ label: 'Deep' })] })
    expect(find(entries, 'Teams')).not.toHaveProperty('lazy')
    expect(find(entries, 'Deep')).toMatchObject({ open: false, lazy: true, items: [] })
    expect(find(entries, 'Legal')).toMatchObject({ open: false, lazy: true, items: [] })
    expect(find(entries, 'Always open')).toMatchObject({ open: true, items: [expect.objectContaining({ label: 'Faq' })] })
    expect(entries[4]).toEqual({ type: 'link', label: 'Status', url: 'https://status.example.com', external: true })
  })
})

describe('pageUrls', () => {
  it('holds the pages and the group pages of a sidebar, not its links', () => {
    expect([...pageUrls(items)]).toEqual(['/company', '/company/teams', '/company/teams/alpha', '/company/teams/deep/deeper', '/company/legal/privacy', '/faq'])
  })
})
