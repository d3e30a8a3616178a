import { describe, expect, it } from 'vitest'
import { breadcrumbsFor, neighboursOf, readingOrder } from '../../../../src/shared/sidebar/navigation'
import type { SidebarItem } from '../../../../src/shared/sidebar/types'
import { resolveSidebars, type SidebarPageInput } from '../../../../src/content/sidebars'

/** The Handbook sidebar of a starter-like handbook. */
const HANDBOOK: SidebarItem[] = [
  { type: 'page', label: 'Start here', url: '/handbook' },
  {
    type: 'group',
    label: 'Company',
    url: '/handbook/company',
    collapsed: false,
    items: [
      { type: 'page', label: 'Values', url: '/handbook/company/values' },
      { type: 'page', label: 'Structure', url: '/handbook/company/structure' },
    ],
  },
  {
    type: 'group',
    label: 'People',
    url: '/handbook/people',
    collapsed: true,
    items: [
      { type: 'page', label: 'Onboarding', url: '/handbook/people/onboarding' },
      {
        type: 'group',
        label: 'Benefits',
        url: '/handbook/people/benefits',
        collapsed: true,
        items: [
          { type: 'page', label: 'Health insurance', url: '/handbook/people/benefits/health' },
          { type: 'link', label: 'Pension provider', url: 'https://pensions.example.com', external: true },
          { type: 'page', label: 'Pension', url: '/handbook/people/benefits/pension' },
        ],
      },
      { type: 'page', label: 'Time off', url: '/handbook/people/time-off' },
    ],
  },
  {
    type: 'group',
    label: 'Policies',
    collapsed: true,
    items: [
      {
        type: 'group',
        label: 'Security',
        collapsed: true,
        items: [{ type: 'page', label: 'Passwords', url: '/handbook/operations/passwords' }],
      },
      { type: 'link', label: 'Editing guide', url: '/editing', external: false },
      { type: 'page', label: 'Spending money', url: '/handbook/operations/spending-money' },
    ],
  },
  { type: 'group', label: 'Coming soon', collapsed: true, items: [] },
  { type: 'link', label: 'Status page', url: 'https://status.example.com', external: true },
  { type: 'page', label: 'Offices', url: '/handbook/offices' },
]

describe('breadcrumbsFor', () => {
  it('is empty for a page at the top level', () => {
    expect(breadcrumbsFor(HANDBOOK, '/handbook')).toEqual([])
    expect(breadcrumbsFor(HANDBOOK, '/handbook/offices')).toEqual([])
  })

  it("is empty for a top-level group's own page", () => {
    expect(breadcrumbsFor(HANDBOOK, '/handbook/company')).toEqual([])
    expect(breadcrumbsFor(HANDBOOK, '/handbook/people')).toEqual([])
  })

  it('names the group of a page in a group, with its link', () => {
    expect(breadcrumbsFor(HANDBOOK, '/handbook/company/structure')).toStrictEqual([{ label: 'Company', url: '/handbook/company' }])
    expect(breadcrumbsFor(HANDBOOK, '/handbook/people/time-off')).toStrictEqual([{ label: 'People', url: '/handbook/people' }])
  })

  it('names every group on the way to a nested page, outermost first', () => {
    expect(breadcrumbsFor(HANDBOOK, '/handbook/people/benefits/pension')).toStrictEqual([
      { label: 'People', url: '/handbook/people' },
      { label: 'Benefits', url: '/handbook/people/benefits' },
    ])
  })

  it("leads to a nested group's own page through the groups above it, not the group itself", () => {
    expect(breadcrumbsFor(HANDBOOK, '/handbook/people/benefits')).toStrictEqual([{ label: 'People', url: '/handbook/people' }])
  })

  it('gives a group without a page a crumb without a link', () => {
    const crumbs = breadcrumbsFor(HANDBOOK, '/handbook/operations/passwords')
    expect(crumbs).toStrictEqual([{ label: 'Policies' }, { label: 'Security' }])
    expect(crumbs[0]).not.toHaveProperty('url')
  })

  it('is empty for a page not in the sidebar, and for the address of a link item', () => {
    expect(breadcrumbsFor(HANDBOOK, '/editing/markdown')).toEqual([])
    expect(breadcrumbsFor(HANDBOOK, '/editing')).toEqual([])
    expect(breadcrumbsFor(HANDBOOK, 'https://status.example.com')).toEqual([])
    expect(breadcrumbsFor([], '/handbook')).toEqual([])
  })
})

describe('readingOrder', () => {
  it('lists the pages depth first, each group page before its items, without links or page-less groups', () => {
    expect(readingOrder(HANDBOOK)).toStrictEqual([
      { label: 'Start here', url: '/handbook' },
      { label: 'Company', url: '/handbook/company' },
      { label: 'Values', url: '/handbook/company/values' },
      { label: 'Structure', url: '/handbook/company/structure' },
      { label: 'People', url: '/handbook/people' },
      { label: 'Onboarding', url: '/handbook/people/onboarding' },
      { label: 'Benefits', url: '/handbook/people/benefits' },
      { label: 'Health insurance', url: '/handbook/people/benefits/health' },
      { label: 'Pension', url: '/handbook/people/benefits/pension' },
      { label: 'Time off', url: '/handbook/people/time-off' },
      { label: 'Passwords', url: '/handbook/operations/passwords' },
      { label: 'Spending money', url: '/handbook/operations/spending-money' },
      { label: 'Offices', url: '/handbook/offices' },
    ])
  })

  it('is empty for a sidebar of links only', () => {
    expect(readingOrder([{ type: 'link', label: 'Status page', url: 'https://status.example.com', external: true }])).toEqual([])
  })

  it('does not keep pages from one call to the next', () => {
    readingOrder(HANDBOOK)
    expect(readingOrder(HANDBOOK.slice(0, 1))).toEqual([{ label: 'Start here', url: '/handbook' }])
  })
})

describe('neighboursOf', () => {
  it('has only a next page for the first page, and only a previous page for the last', () => {
    expect(neighboursOf(HANDBOOK, '/handbook')).toStrictEqual({ next: { label: 'Company', url: '/handbook/company' } })
    expect(neighboursOf(HANDBOOK, '/handbook/offices')).toStrictEqual({
      previous: { label: 'Spending money', url: '/handbook/operations/spending-money' },
    })
  })

  it("goes from a group's page into its first item, and from its last item out to what follows", () => {
    expect(neighboursOf(HANDBOOK, '/handbook/company')).toStrictEqual({
      previous: { label: 'Start here', url: '/handbook' },
      next: { label: 'Values', url: '/handbook/company/values' },
    })
    expect(neighboursOf(HANDBOOK, '/handbook/company/structure')).toStrictEqual({
      previous: { label: 'Values', url: '/handbook/company/values' },
      next: { label: 'People', url: '/handbook/people' },
    })
  })

  it('steps over links inside a group', () => {
    expect(neighboursOf(HANDBOOK, '/handbook/people/benefits/health')).toStrictEqual({
      previous: { label: 'Benefits', url: '/handbook/people/benefits' },
      next: { label: 'Pension', url: '/handbook/people/benefits/pension' },
    })
  })

  it('steps over groups without a page, and over links and empty groups between pages', () => {
    expect(neighboursOf(HANDBOOK, '/handbook/people/time-off')).toStrictEqual({
      previous: { label: 'Pension', url: '/handbook/people/benefits/pension' },
      next: { label: 'Passwords', url: '/handbook/operations/passwords' },
    })
    expect(neighboursOf(HANDBOOK, '/handbook/operations/spending-money')).toStrictEqual({
      previous: { label: 'Passwords', url: '/handbook/operations/passwords' },
      next: { label: 'Offices', url: '/handbook/offices' },
    })
  })

  it('has no neighbours for a page that is not in the sidebar or is alone in it', () => {
    expect(neighboursOf(HANDBOOK, '/editing/markdown')).toEqual({})
    expect(neighboursOf(HANDBOOK, '/editing')).toEqual({})
    expect(neighboursOf([{ type: 'page', label: 'Start here', url: '/handbook' }], '/handbook')).toEqual({})
    expect(neighboursOf([], '/handbook')).toEqual({})
  })

  it('has no undefined keys', () => {
    expect(Object.keys(neighboursOf(HANDBOOK, '/handbook'))).toEqual(['next'])
    expect(Object.keys(neighboursOf(HANDBOOK, '/handbook/offices'))).toEqual(['previous'])
  })
})

describe('reading order of a sidebar read from sidebars.yml', () => {
  const page = (sourcePath: string, url: string, title: string, position?: number): SidebarPageInput => ({
    sourcePath,
    url,
    title,
    ...(position !== undefined ? { position } : {}),
  })
  const pages = [
    page('handbook/index.md', '/handbook', 'The handbook'),
    page('handbook/company/index.md', '/handbook/company', 'Company'),
    page('handbook/company/values.md', '/handbook/company/values', 'Values'),
    page('handbook/people/README.md', '/handbook/people', 'People'),
    page('handbook/people/onboarding.md', '/handbook/people/onboarding', 'Onboarding', 1),
    page('handbook/people/time-off.md', '/handbook/people/time-off', 'Time off'),
  ]
  const text = [
    'Handbook:',
    '  - page: handbook/index.md',
    '    label: Start here',
    '  - label: Company',
    '    page: handbook/company',
    '    items:',
    '      - handbook/company/values.md',
    '  - label: Status page',
    '    href: https://status.example.com',
    '  - label: People',
    '    items:',
    '      - autogenerate: handbook/people',
    '',
  ].join('\n')
  const resolved = resolveSidebars({ file: { path: 'sidebars.yml', text }, pages, defaultSidebar: 'Handbook' })
  const items = resolved.sidebars[0]!.items

  it('follows the file, the generated folder in its own order', () => {
    expect(resolved.diagnostics).toEqual([])
    expect(readingOrder(items).map((link) => link.label)).toEqual(['Start here', 'Company', 'Values', 'People', 'Onboarding', 'Time off'])
  })

  it('gives breadcrumbs and neighbours of a generated page', () => {
    expect(breadcrumbsFor(items, '/handbook/people/onboarding')).toStrictEqual([{ label: 'People' }])
    expect(neighboursOf(items, '/handbook/people')).toStrictEqual({
      previous: { label: 'Values', url: '/handbook/company/values' },
      next: { label: 'Onboarding', url: '/handbook/people/onboarding' },
    })
  })
})
