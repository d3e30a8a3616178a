import { describe, expect, it } from 'vitest'
import { sidebarsFromFolders } from '../../../src/content/sidebars/from-folders'
import { defaultSidebarName } from '../../../src/content/sidebars/sidebar-of'
import type { SidebarPageInput } from '../../../src/content/sidebars/input'
import type { Sidebar, SidebarGroup, SidebarItem } from '../../../src/shared/sidebar/types'

/** A page with the sidebar it shows (decided by the stage before, src/content/sidebars/sidebar-of.ts). */
type SidebarSource = SidebarPageInput & { sidebar: string }

const fromFolders = (pages: readonly SidebarSource[]): Sidebar[] => sidebarsFromFolders(pages, new Map(pages.map((page) => [page.sourcePath, page.sidebar])))

const pages: SidebarSource[] = [
  { sourcePath: 'README.md', url: '/', title: 'Home', sidebar: 'Handbook' },
  { sourcePath: 'about.md', url: '/about', title: 'About', sidebar: 'Handbook' },
  { sourcePath: 'company/_index.md', url: '/company', title: 'Company', sidebar: 'Company' },
  { sourcePath: 'company/values.md', url: '/company/values', title: 'Values', sidebar: 'Company', position: 2 },
  { sourcePath: 'company/structure.md', url: '/company/structure', title: 'Structure', sidebar: 'Company' },
  { sourcePath: 'company/management.md', url: '/company/management', title: 'Management', sidebar: 'Company', position: 1 },
  { sourcePath: 'company/teams/index.md', url: '/company/teams', title: 'Our teams', sidebar: 'Company', position: 3 },
  { sourcePath: 'company/teams/beta.md', url: '/company/teams/beta', title: 'Beta', sidebar: 'Company' },
  { sourcePath: 'company/teams/alpha.md', url: '/company/teams/alpha', title: 'alpha', sidebar: 'Company' },
  { sourcePath: 'company/legal-and-compliance/privacy.md', url: '/company/legal-and-compliance/privacy', title: 'Privacy', sidebar: 'Company' },
  { sourcePath: 'company/leaf/README.md', url: '/company/leaf', title: 'Leaf', sidebar: 'Company' },
  { sourcePath: 'company/item 10.md', url: '/company/item-10', title: 'Item 10', sidebar: 'Company' },
  { sourcePath: 'company/item 9.md', url: '/company/item-9', title: 'Item 9', sidebar: 'Company' },
]

const labels = (items: readonly SidebarItem[]) => items.map((item) => item.label)

function sidebarNamed(sidebars: Sidebar[], name: string): Sidebar {
  const found = sidebars.find((s) => s.name === name)
  if (!found) throw new Error(name)
  return found
}

function group(items: readonly SidebarItem[], label: string): SidebarGroup {
  const found = items.find((item): item is SidebarGroup => item.type === 'group' && item.label === label)
  if (!found) throw new Error(label)
  return found
}

describe('sidebarsFromFolders', () => {
  const sidebars = fromFolders(pages)
  const company = sidebarNamed(sidebars, 'Company')

  it('builds one sidebar per name, in order of first appearance', () => {
    expect(sidebars.map((s) => s.name)).toEqual(['Handbook', 'Company'])
  })

  it('opens a sidebar with the index page of its own folder', () => {
    expect(company.items[0]).toEqual({ type: 'page', label: 'Company', url: '/company' })
    expect(sidebarNamed(sidebars, 'Handbook').items).toEqual([
      { type: 'page', label: 'Home', url: '/' },
      { type: 'page', label: 'About', url: '/about' },
    ])
  })

  it('orders by position, then title (numbers in natural order, case aside)', () => {
    expect(labels(company.items)).toEqual([
      'Company',
      'Management', // position 1
      'Values', // position 2
      'Our teams', // position 3 (its index page's)
      'Item 9',
      'Item 10',
      'Leaf',
      'Legal and compliance',
      'Structure',
    ])
    expect(labels(group(company.items, 'Our teams').items)).toEqual(['alpha', 'Beta'])
  })

  it('makes a sub-folder a group linked to its index page', () => {
    expect(group(company.items, 'Our teams')).toEqual({
      type: 'group',
      label: 'Our teams',
      url: '/company/teams',
      collapsed: true,
      items: [
        { type: 'page', label: 'alpha', url: '/company/teams/alpha' },
        { type: 'page', label: 'Beta', url: '/company/teams/beta' },
      ],
    })
  })

  it('names a folder without an index page after the folder, without a link', () => {
    const legal = group(company.items, 'Legal and compliance')
    expect(legal).not.toHaveProperty('url')
    expect(legal.items).toEqual([{ type: 'page', label: 'Privacy', url: '/company/legal-and-compliance/privacy' }])
  })

  it('shows a folder with only an index page as a page', () => {
    expect(company.items.find((item) => item.label === 'Leaf')).toEqual({ type: 'page', label: 'Leaf', url: '/company/leaf' })
  })

  it('roots a sidebar at the deepest folder its pages share', () => {
    const [only] = fromFolders([
      { sourcePath: 'eng/guides/a.md', url: '/eng/guides/a', title: 'A', sidebar: 'Guides' },
      { sourcePath: 'eng/guides/b/c.md', url: '/eng/guides/b/c', title: 'C', sidebar: 'Guides' },
    ])
    expect(only!.items).toEqual([
      { type: 'page', label: 'A', url: '/eng/guides/a' },
      { type: 'group', label: 'B', collapsed: true, items: [{ type: 'page', label: 'C', url: '/eng/guides/b/c' }] },
    ])
  })

  it('groups pages of a sidebar spread over top-level folders by folder', () => {
    const [only] = fromFolders([
      { sourcePath: 'intro.md', url: '/intro', title: 'Intro', sidebar: 'Main', position: 1 },
      { sourcePath: 'guides/setup.md', url: '/guides/setup', title: 'Setup', sidebar: 'Main' },
    ])
    expect(only!.items).toEqual([
      { type: 'page', label: 'Intro', url: '/intro' },
      { type: 'group', label: 'Guides', collapsed: true, items: [{ type: 'page', label: 'Setup', url: '/guides/setup' }] },
    ])
  })

  it("makes x.md beside a folder x/ that folder's page: one entry, the group linked to it", () => {
    const [only] = fromFolders([
      { sourcePath: 'tools/slack.md', url: '/tools/slack', title: 'Slack', sidebar: 'Tools', position: 2 },
      { sourcePath: 'tools/slack/guidelines.md', url: '/tools/slack/guidelines', title: 'Guidelines', sidebar: 'Tools' },
      { sourcePath: 'tools/zoom.md', url: '/tools/zoom', title: 'Zoom', sidebar: 'Tools', position: 1 },
    ])
    expect(only!.items).toEqual([
      { type: 'page', label: 'Zoom', url: '/tools/zoom' },
      // Its order is its page's, as an index page's is.
      { type: 'group', label: 'Slack', url: '/tools/slack', collapsed: true, items: [{ type: 'page', label: 'Guidelines', url: '/tools/slack/guidelines' }] },
    ])
  })

  it("makes Eleventy's x/x.md its folder's page when it stands at the folder's address, else a page of it", () => {
    const guide = (url: string): SidebarSource[] => [
      { sourcePath: 'guide/guide.md', url, title: 'The guide', sidebar: 'Guide' },
      { sourcePath: 'guide/edit.md', url: '/guide/edit', title: 'Editing', sidebar: 'Guide' },
      { sourcePath: 'other.md', url: '/other', title: 'Other', sidebar: 'Guide' },
    ]
    // Under Eleventy (prepare.ts), guide/guide.md is /guide.
    expect(fromFolders(guide('/guide'))[0]!.items).toEqual([
      { type: 'page', label: 'Other', url: '/other' },
      { type: 'group', label: 'The guide', url: '/guide', collapsed: true, items: [{ type: 'page', label: 'Editing', url: '/guide/edit' }] },
    ])
    expect(fromFolders(guide('/guide/guide'))[0]!.items).toEqual([
      {
        type: 'group',
        label: 'Guide',
        collapsed: true,
        items: [
          { type: 'page', label: 'Editing', url: '/guide/edit' },
          { type: 'page', label: 'The guide', url: '/guide/guide' },
        ],
      },
      { type: 'page', label: 'Other', url: '/other' },
    ])
  })

  it("keeps an index file the folder's page when x.md stands beside x/ too", () => {
    const [only] = fromFolders([
      { sourcePath: 'a/b/index.md', url: '/a/b', title: 'B index', sidebar: 'A' },
      { sourcePath: 'a/b.md', url: '/a/b-page', title: 'B page', sidebar: 'A' },
      { sourcePath: 'a/b/c.md', url: '/a/b/c', title: 'C', sidebar: 'A' },
    ])
    expect(only!.items).toEqual([
      { type: 'group', label: 'B index', url: '/a/b', collapsed: true, items: [{ type: 'page', label: 'C', url: '/a/b/c' }] },
      { type: 'page', label: 'B page', url: '/a/b-page' },
    ])
  })

  it('is empty for no pages', () => {
    expect(fromFolders([])).toEqual([])
  })
})

describe('folder labels', () => {
  const folderPages: SidebarSource[] = [
    { sourcePath: 'tts-consulting/overview.md', url: '/tts-consulting/overview', title: 'TTS Consulting overview', sidebar: 'Handbook' },
    { sourcePath: 'tts-consulting/engagements.md', url: '/tts-consulting/engagements', title: 'Engagements', sidebar: 'Handbook' },
    { sourcePath: '18f/index.md', url: '/18f', title: 'About 18F', sidebar: 'Handbook' },
    { sourcePath: '18f/how-18f-works/name.md', url: '/18f/how-18f-works/name', title: 'Changing your name', sidebar: 'Handbook' },
    { sourcePath: 'office-of-operations/a.md', url: '/office-of-operations/a', title: 'Operations', sidebar: 'Handbook' },
  ]

  it("names a folder by its index page's title, else by its name written as the titles around it write its words", () => {
    const items = fromFolders(folderPages)[0]!.items
    expect(labels(items)).toEqual(['About 18F', 'Office of operations', 'TTS consulting'])
    // No title in how-18f-works says 18F; the folder around it does.
    expect(labels(group(items, 'About 18F').items)).toEqual(['How 18F works'])
  })
})

describe('folder sidebar names', () => {
  it("write the top-level folder's words as its pages' titles do", () => {
    const pages = [
      { sourcePath: '18f/how.md', title: 'How 18F works' },
      { sourcePath: 'tts-consulting/a.md', title: 'TTS Consulting overview' },
      { sourcePath: 'people/a.md', title: 'People' },
    ]
    expect(defaultSidebarName('18f/how.md', 'Handbook', pages)).toBe('18F')
    expect(defaultSidebarName('tts-consulting/deep/x.md', 'Handbook', pages)).toBe('TTS consulting')
    expect(defaultSidebarName('people/a.md', 'Handbook', pages)).toBe('People')
    expect(defaultSidebarName('values.md', 'Handbook', pages)).toBe('Handbook')
  })
})
