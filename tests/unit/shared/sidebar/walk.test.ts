import { describe, expect, it } from 'vitest'
import { countItems, findItem, transform, walk } from '../../../../src/shared/sidebar/walk'
import type { SidebarItem } from '../../../../src/shared/sidebar/types'

const items: SidebarItem[] = [
  { type: 'page', label: 'Start', url: '/start' },
  {
    type: 'group',
    label: 'Company',
    url: '/company',
    collapsed: true,
    items: [
      { type: 'page', label: 'Values', url: '/company/values' },
      { type: 'group', label: 'Teams', collapsed: true, items: [{ type: 'page', label: 'Alpha', url: '/company/teams/alpha' }] },
    ],
  },
  { type: 'link', label: 'Status', url: 'https://status.example.com', external: true },
]

describe('walk', () => {
  it('visits every item depth first, each before its items, with the groups above it', () => {
    const seen: string[] = []
    walk(items, (item, ancestors) => {
      seen.push([...ancestors.map((group) => group.label), item.label].join(' › '))
    })
    expect(seen).toEqual(['Start', 'Company', 'Company › Values', 'Company › Teams', 'Company › Teams › Alpha', 'Status'])
  })

  it('leaves out the items of a group it is told to skip, and ends when told to stop', () => {
    const skipped: string[] = []
    walk(items, (item) => {
      skipped.push(item.label)
      return item.label === 'Teams' ? 'skip' : undefined
    })
    expect(skipped).toEqual(['Start', 'Company', 'Values', 'Teams', 'Status'])
    const stopped: string[] = []
    walk(items, (item) => {
      stopped.push(item.label)
      return item.label === 'Values' ? 'stop' : undefined
    })
    expect(stopped).toEqual(['Start', 'Company', 'Values'])
  })
})

describe('findItem', () => {
  it('gives the first match with a copy of its ancestors', () => {
    const found = findItem(items, (item) => item.url === '/company/teams/alpha')
    expect(found?.item.label).toBe('Alpha')
    expect(found?.ancestors.map((group) => group.label)).toEqual(['Company', 'Teams'])
    expect(findItem(items, (item) => item.label === 'Nope')).toBeUndefined()
  })
})

describe('countItems', () => {
  it('counts every item, or those that pass a test', () => {
    expect(countItems(items)).toBe(6)
    expect(countItems(items, (item) => item.type === 'group')).toBe(2)
    expect(countItems([])).toBe(0)
  })
})

describe('transform', () => {
  it('rebuilds the tree, each item from its own mapped items when asked for them', () => {
    const labels = transform<SidebarItem, string>(items, (item, children) => (item.type === 'group' ? `${item.label}(${children().join(',')})` : item.label))
    expect(labels).toEqual(['Start', 'Company(Values,Teams(Alpha))', 'Status'])
    const shallow = transform<SidebarItem, string>(items, (item) => item.label)
    expect(shallow).toEqual(['Start', 'Company', 'Status'])
  })

  it('does not change the items it is given', () => {
    const before = JSON.stringify(items)
    transform<SidebarItem, SidebarItem>(items, (item, children) => (item.type === 'group' ? { ...item, collapsed: false, items: children() } : item))
    expect(JSON.stringify(items)).toBe(before)
  })
})
