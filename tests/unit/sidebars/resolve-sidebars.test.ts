import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../src/content/diagnostics'
import type { Sidebar, SidebarItem } from '../../../src/shared/sidebar/types'
import { pageUrls } from '../../../src/shared/sidebar/navigation'
import { resolveSidebars, type ResolvedSidebars, type SidebarPageInput } from '../../../src/content/sidebars'

const FILE = 'sidebars.yml'

/** Pages that name no sidebar and are placed nowhere fall back to their top folder's: Editing, Legal, Handbook (also at the root). */
const DEFAULT_SIDEBAR = 'Handbook'

function page(sourcePath: string, url: string, title: string, extra: Partial<SidebarPageInput> = {}): SidebarPageInput {
  return { sourcePath, url, title, ...extra }
}

/** resolveSidebars with a sidebars file of this text. */
function resolveText(path: string, text: string, pages: readonly SidebarPageInput[], drafts: ReadonlySet<string> = new Set()): ResolvedSidebars {
  return resolveSidebars({ file: { path, text }, pages, draftPaths: drafts, defaultSidebar: DEFAULT_SIDEBAR })
}

/** A handbook like the starter one: a home page, the handbook proper, an editing guide. */
const PAGES: SidebarPageInput[] = [
  page('index.md', '/', 'Welcome to Northwind'),
  page('handbook/index.md', '/handbook', 'The Northwind handbook'),
  page('handbook/company/index.md', '/handbook/company', 'Company'),
  page('handbook/company/values.md', '/handbook/company/values', 'Values'),
  page('handbook/company/structure.md', '/handbook/company/structure', 'Structure'),
  page('handbook/company/management.md', '/handbook/company/management', 'Management'),
  page('handbook/people/README.md', '/handbook/people', 'People'),
  page('handbook/people/onboarding.md', '/handbook/people/onboarding', 'Onboarding', { position: 1 }),
  page('handbook/people/time-off.md', '/handbook/people/time-off', 'Time off'),
  page('handbook/people/feedback.md', '/handbook/people/feedback', 'Feedback'),
  page('handbook/people/benefits/index.md', '/handbook/people/benefits', 'Benefits', { position: 2 }),
  page('handbook/people/benefits/health.md', '/handbook/people/benefits/health', 'Health insurance'),
  page('handbook/people/benefits/pension.md', '/handbook/people/benefits/pension', 'Pension'),
  page('handbook/offices/_index.md', '/handbook/offices', 'Offices'),
  page('handbook/offices/tokyo.md', '/handbook/offices/tokyo', 'Tokyo'),
  page('handbook/offices/berlin.md', '/handbook/offices/berlin', 'Berlin'),
  page('editing/index.md', '/editing', 'Editing this handbook'),
  page('editing/frontmatter.md', '/editing/frontmatter', 'Frontmatter', { position: 2 }),
  page('editing/markdown.md', '/editing/markdown', 'Markdown', { position: 1 }),
  page('editing/mdx-components.mdx', '/editing/mdx-components', 'MDX components'),
]

function resolve(lines: string[], pages: readonly SidebarPageInput[] = PAGES, drafts: string[] = []): ResolvedSidebars {
  return resolveText(FILE, `${lines.join('\n')}\n`, pages, new Set(drafts))
}

function sidebar(result: ResolvedSidebars, name: string): SidebarItem[] {
  const found = result.sidebars.find((s: Sidebar) => s.name === name)
  if (!found) throw new Error(`no sidebar ${name}`)
  return found.items
}

const errors = (result: ResolvedSidebars) => result.diagnostics.filter((d) => d.severity === 'error')
const warnings = (result: ResolvedSidebars) => result.diagnostics.filter((d) => d.severity === 'warning')
const where = (d: Diagnostic) => `${d.file}:${d.line ?? ''}: ${d.severity}: ${d.code}`

describe('resolveSidebars with a sidebars file: the full example', () => {
  const result = resolve([
    /*  1 */ 'Handbook:',
    /*  2 */ '  - page: handbook/index.md',
    /*  3 */ '    label: Start here',
    /*  4 */ '  - label: Company',
    /*  5 */ '    page: handbook/company',
    /*  6 */ '    collapsed: false',
    /*  7 */ '    items:',
    /*  8 */ '      - handbook/company/values.md',
    /*  9 */ '      - Handbook/Company/Structure',
    /* 10 */ '      - page: /handbook/company/management.md',
    /* 11 */ '        label: How we manage',
    /* 12 */ '  - label: People',
    /* 13 */ '    page: handbook/people',
    /* 14 */ '    items:',
    /* 15 */ '      - autogenerate: handbook/people/',
    /* 16 */ '        collapsed: false',
    /* 17 */ '  - label: Offices',
    /* 18 */ '    page: handbook/offices',
    /* 19 */ '    items:',
    /* 20 */ '      - autogenerate: handbook/offices',
    /* 21 */ '  - label: Status page',
    /* 22 */ '    href: https://status.example.com',
    /* 23 */ 'Editing:',
    /* 24 */ '  - autogenerate: editing',
    /* 25 */ '  - label: Back to the handbook',
    /* 26 */ '    href: /handbook',
  ])

  it('reports nothing', () => {
    expect(result.diagnostics).toEqual([])
  })

  it('builds the trees in file order, with labels, group links, generated folders and links', () => {
    expect(result.sidebars.map((s) => s.name)).toEqual(['Handbook', 'Editing'])
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'page', label: 'Start here', url: '/handbook' },
      {
        type: 'group',
        label: 'Company',
        url: '/handbook/company',
        collapsed: false,
        items: [
          { type: 'page', label: 'Values', url: '/handbook/company/values' },
          { type: 'page', label: 'Structure', url: '/handbook/company/structure' },
          { type: 'page', label: 'How we manage', url: '/handbook/company/management' },
        ],
      },
      {
        type: 'group',
        label: 'People',
        url: '/handbook/people',
        collapsed: true,
        items: [
          // Ordered by position (1, 2), then by title; the README is the group's own page.
          { type: 'page', label: 'Onboarding', url: '/handbook/people/onboarding' },
          {
            type: 'group',
            label: 'Benefits',
            url: '/handbook/people/benefits',
            collapsed: false,
            items: [
              { type: 'page', label: 'Health insurance', url: '/handbook/people/benefits/health' },
              { type: 'page', label: 'Pension', url: '/handbook/people/benefits/pension' },
            ],
          },
          { type: 'page', label: 'Feedback', url: '/handbook/people/feedback' },
          { type: 'page', label: 'Time off', url: '/handbook/people/time-off' },
        ],
      },
      {
        type: 'group',
        label: 'Offices',
        url: '/handbook/offices',
        collapsed: true,
        items: [
          { type: 'page', label: 'Berlin', url: '/handbook/offices/berlin' },
          { type: 'page', label: 'Tokyo', url: '/handbook/offices/tokyo' },
        ],
      },
      { type: 'link', label: 'Status page', url: 'https://status.example.com', external: true },
    ])
    expect(sidebar(result, 'Editing')).toStrictEqual([
      { type: 'page', label: 'Editing this handbook', url: '/editing' },
      { type: 'page', label: 'Markdown', url: '/editing/markdown' },
      { type: 'page', label: 'Frontmatter', url: '/editing/frontmatter' },
      { type: 'page', label: 'MDX components', url: '/editing/mdx-components' },
      { type: 'link', label: 'Back to the handbook', url: '/handbook', external: false },
    ])
  })

  it('gives every page the sidebar that lists it, by name or by folder', () => {
    expect(Object.fromEntries(result.sidebarOf)).toEqual({
      'index.md': 'Handbook',
      'handbook/index.md': 'Handbook',
      'handbook/company/index.md': 'Handbook',
      'handbook/company/values.md': 'Handbook',
      'handbook/company/structure.md': 'Handbook',
      'handbook/company/management.md': 'Handbook',
      'handbook/people/README.md': 'Handbook',
      'handbook/people/onboarding.md': 'Handbook',
      'handbook/people/time-off.md': 'Handbook',
      'handbook/people/feedback.md': 'Handbook',
      'handbook/people/benefits/index.md': 'Handbook',
      'handbook/people/benefits/health.md': 'Handbook',
      'handbook/people/benefits/pension.md': 'Handbook',
      'handbook/offices/_index.md': 'Handbook',
      'handbook/offices/tokyo.md': 'Handbook',
      'handbook/offices/berlin.md': 'Handbook',
      'editing/index.md': 'Editing',
      'editing/frontmatter.md': 'Editing',
      'editing/markdown.md': 'Editing',
      'editing/mdx-components.mdx': 'Editing',
    })
  })

  it('lists every page but the home page in its sidebar', () => {
    const urls = new Set([...pageUrls(sidebar(result, 'Handbook')), ...pageUrls(sidebar(result, 'Editing'))])
    expect(PAGES.filter((p) => !urls.has(p.url)).map((p) => p.sourcePath)).toEqual(['index.md'])
  })
})

describe('resolveSidebars with a sidebars file: finding pages', () => {
  it.each([
    ['the exact path', 'handbook/company/values.md', '/handbook/company/values'],
    ['any case', 'HANDBOOK/Company/VALUES.MD', '/handbook/company/values'],
    ['no extension', 'handbook/company/values', '/handbook/company/values'],
    ['no extension, .mdx', 'editing/mdx-components', '/editing/mdx-components'],
    ['a leading slash', '/handbook/company/values.md', '/handbook/company/values'],
    ['a leading ./', './handbook/company/values.md', '/handbook/company/values'],
    ['a folder with index.md', 'handbook/company', '/handbook/company'],
    ['a folder with README.md', 'handbook/people/', '/handbook/people'],
    ['a folder with _index.md', 'handbook/offices', '/handbook/offices'],
    ['a folder in another case', 'Handbook/People', '/handbook/people'],
    ['the content folder itself', '/', '/'],
  ])('finds a page by %s', (_how, written, url) => {
    const result = resolve(['Handbook:', `  - "${written}"`])
    expect(errors(result)).toEqual([])
    expect(sidebar(result, 'Handbook')).toEqual([{ type: 'page', label: expect.any(String), url }])
  })

  it('prefers a page file to the index page of a folder of the same name', () => {
    const pages = [page('handbook/people.md', '/handbook/people-overview', 'People overview'), ...PAGES]
    const result = resolve(['Handbook:', '  - handbook/people'], pages)
    expect(sidebar(result, 'Handbook')).toEqual([{ type: 'page', label: 'People overview', url: '/handbook/people-overview' }])
  })

  it('finds pages whose path has non-ASCII letters, in either Unicode form', () => {
    const nfc = 'handbook/offices/z\u00fcrich.md'
    const pages = [...PAGES, page(nfc, '/handbook/offices/z\u00fcrich', 'Z\u00fcrich')]
    const result = resolve(['Handbook:', `  - handbook/offices/zu\u0308rich.md`], pages)
    expect(errors(result)).toEqual([])
    expect(sidebar(result, 'Handbook')).toEqual([{ type: 'page', label: 'Z\u00fcrich', url: '/handbook/offices/z\u00fcrich' }])
  })
})

describe('resolveSidebars with a sidebars file: links', () => {
  it('marks links with a scheme or starting with // as external, others as internal', () => {
    const result = resolve([
      'Handbook:',
      '  - label: Status',
      '    href: https://status.example.com',
      '  - label: Email us',
      '    href: mailto:people@example.com',
      '  - label: CDN',
      '    href: //cdn.example.com/guide.pdf',
      '  - label: Editing guide',
      '    href: /editing',
      '  - label: Values, relative',
      '    href: company/values',
    ])
    expect(sidebar(result, 'Handbook').map((item) => (item.type === 'link' ? [item.url, item.external] : item.type))).toEqual([
      ['https://status.example.com', true],
      ['mailto:people@example.com', true],
      ['//cdn.example.com/guide.pdf', true],
      ['/editing', false],
      ['company/values', false],
    ])
  })
})

describe('resolveSidebars with a sidebars file: pages that are not in the handbook', () => {
  it('reports a mistyped path at its line, suggesting the page meant', () => {
    const result = resolve(['Handbook:', '  - handbook/index.md', '  - handbook/company/valeus.md', '  - handbook/company/structure.md'])
    expect(errors(result)).toHaveLength(1)
    const d = errors(result)[0]!
    expect(d).toMatchObject({ severity: 'error', code: 'sidebar-missing-page', file: FILE, line: 3 })
    expect(d.message).toMatch(/^"handbook\/company\/valeus\.md" is not a page of the handbook\. Did you mean handbook\/company\/values\.md( or [^ ]+)*\?$/)
    // The other items are still there.
    expect(sidebar(result, 'Handbook').map((item) => item.label)).toEqual(['The Northwind handbook', 'Structure'])
  })

  it('explains where paths start when nothing is close', () => {
    const result = resolve(['Handbook:', '  - handbook/index.md', '  - guide/getting-started/welcome-aboard.md'])
    expect(errors(result)).toHaveLength(1)
    expect(errors(result)[0]).toMatchObject({ code: 'sidebar-missing-page', file: FILE, line: 3 })
    expect(errors(result)[0]!.message).toBe(
      '"guide/getting-started/welcome-aboard.md" is not a page of the handbook. Paths are relative to the content folder, e.g. handbook/values.md',
    )
  })

  it('reports a missing group page and keeps the group without a link', () => {
    const result = resolve(['Handbook:', '  - label: Legal', '    page: handbook/legal/index.md', '    items:', '      - handbook/company/values.md'])
    expect(errors(result).map(where)).toEqual(['sidebars.yml:2: error: sidebar-missing-page'])
    expect(errors(result)[0]!.message).toMatch(/^"handbook\/legal\/index\.md" is not a page of the handbook\./)
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'group', label: 'Legal', collapsed: true, items: [{ type: 'page', label: 'Values', url: '/handbook/company/values' }] },
    ])
  })

  it('skips items naming a draft quietly, with or without the extension', () => {
    const result = resolve(
      [
        'Handbook:',
        '  - handbook/index.md',
        '  - handbook/roadmap.md',
        '  - handbook/company/hiring-plan',
        '  - label: Company',
        '    page: handbook/company/reorg.md',
        '    items:',
        '      - handbook/company/values.md',
      ],
      PAGES,
      ['handbook/roadmap.md', 'handbook/company/hiring-plan.md', 'handbook/company/reorg.md'],
    )
    expect(errors(result)).toEqual([])
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'page', label: 'The Northwind handbook', url: '/handbook' },
      { type: 'group', label: 'Company', collapsed: true, items: [{ type: 'page', label: 'Values', url: '/handbook/company/values' }] },
    ])
  })
})

describe('resolveSidebars with a sidebars file: pages listed twice', () => {
  it('reports the second listing in the same sidebar, with the line of the first, and shows the page once', () => {
    const result = resolve([
      'Handbook:',
      '  - handbook/company/values.md',
      '  - label: Company',
      '    items:',
      '      - handbook/company/structure.md',
      '      - handbook/company/values',
    ])
    expect(errors(result).map(where)).toEqual(['sidebars.yml:6: error: sidebar-duplicate'])
    expect(errors(result)[0]!.message).toBe(
      'handbook/company/values.md is already listed on line 2. List each page once; remove this line or the other',
    )
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'page', label: 'Values', url: '/handbook/company/values' },
      { type: 'group', label: 'Company', collapsed: true, items: [{ type: 'page', label: 'Structure', url: '/handbook/company/structure' }] },
    ])
  })

  it('names the other sidebar when the first listing is in another one', () => {
    const result = resolve(['Handbook:', '  - label: Company', '    page: handbook/company/index.md', '    items: []', 'Editing:', '  - editing/index.md', '  - handbook/company'])
    expect(errors(result).map(where)).toEqual(['sidebars.yml:7: error: sidebar-duplicate'])
    expect(errors(result)[0]!.message).toBe(
      'handbook/company/index.md is already listed on line 2 (sidebar "Handbook"). List each page once; remove this line or the other',
    )
    expect(sidebar(result, 'Editing')).toEqual([{ type: 'page', label: 'Editing this handbook', url: '/editing' }])
    expect(result.sidebarOf.get('handbook/company/index.md')).toBe('Handbook')
  })

  it('gives only the first group of a page its link', () => {
    const result = resolve([
      'Handbook:',
      '  - label: Company',
      '    page: handbook/company/index.md',
      '    items: [handbook/company/values.md]',
      '  - label: About us',
      '    page: handbook/company/index.md',
      '    items: [handbook/company/structure.md]',
    ])
    expect(errors(result).map(where)).toEqual(['sidebars.yml:5: error: sidebar-duplicate'])
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'group', label: 'Company', url: '/handbook/company', collapsed: true, items: [{ type: 'page', label: 'Values', url: '/handbook/company/values' }] },
      { type: 'group', label: 'About us', collapsed: true, items: [{ type: 'page', label: 'Structure', url: '/handbook/company/structure' }] },
    ])
  })
})

describe('resolveSidebars with a sidebars file: autogenerate', () => {
  it('reports a folder that has no pages at its line', () => {
    const result = resolve(['Handbook:', '  - handbook/index.md', '  - label: Teams', '    items:', '      - autogenerate: handbook/teams'])
    expect(errors(result).map(where)).toEqual(['sidebars.yml:5: error: sidebar-missing-folder'])
    expect(errors(result)[0]!.message).toBe(
      '"handbook/teams" is not a folder of pages in the content folder. Paths are relative to the content folder, e.g. handbook/people',
    )
    expect(sidebar(result, 'Handbook')).toEqual([
      { type: 'page', label: 'The Northwind handbook', url: '/handbook' },
      { type: 'group', label: 'Teams', collapsed: true, items: [] },
    ])
  })

  it('lists a folder that only holds folders, with each subfolder a group linking to its index page', () => {
    const result = resolve(['Handbook:', '  - autogenerate: handbook'])
    expect(errors(result)).toEqual([])
    const items = sidebar(result, 'Handbook')
    expect(items.map((item) => [item.type, item.label, item.type === 'link' ? '' : (item.url ?? '')])).toEqual([
      ['page', 'The Northwind handbook', '/handbook'],
      ['group', 'Company', '/handbook/company'],
      ['group', 'Offices', '/handbook/offices'],
      ['group', 'People', '/handbook/people'],
    ])
    const people = items[3]
    expect(people).toMatchObject({ type: 'group', collapsed: true })
    if (people?.type !== 'group') throw new Error('People is a group')
    expect(people.items.map((item) => item.label)).toEqual(['Onboarding', 'Benefits', 'Feedback', 'Time off'])
    expect(people.items[1]).toMatchObject({ type: 'group', url: '/handbook/people/benefits', collapsed: true })
  })

  it('lists every page of the content folder for "."', () => {
    const result = resolve(['Everything:', '  - autogenerate: .'])
    expect(errors(result)).toEqual([])
    expect(warnings(result)).toEqual([])
    const items = sidebar(result, 'Everything')
    expect(items.map((item) => item.label)).toEqual(['Welcome to Northwind', 'Editing this handbook', 'The Northwind handbook'])
    expect([...pageUrls(items)].sort()).toEqual(PAGES.map((p) => p.url).sort())
    expect(new Set(result.sidebarOf.values())).toEqual(new Set(['Everything']))
  })

  it('leaves out pages listed by name anywhere in the file, even later in another sidebar', () => {
    const result = resolve([
      'Handbook:',
      '  - autogenerate: handbook/people',
      'Benefits:',
      '  - handbook/people/benefits/health.md',
      '  - handbook/people/onboarding.md',
    ])
    expect(result.diagnostics).toEqual(
      PAGES.filter((p) => !p.sourcePath.startsWith('handbook/people/') && p.url !== '/').map((p) =>
        expect.objectContaining({ severity: 'warning', code: 'sidebar-orphan', file: p.sourcePath }),
      ),
    )
    expect(sidebar(result, 'Handbook')).toStrictEqual([
      { type: 'page', label: 'People', url: '/handbook/people' },
      {
        type: 'group',
        label: 'Benefits',
        url: '/handbook/people/benefits',
        collapsed: true,
        items: [{ type: 'page', label: 'Pension', url: '/handbook/people/benefits/pension' }],
      },
      { type: 'page', label: 'Feedback', url: '/handbook/people/feedback' },
      { type: 'page', label: 'Time off', url: '/handbook/people/time-off' },
    ])
    expect(result.sidebarOf.get('handbook/people/onboarding.md')).toBe('Benefits')
    expect(result.sidebarOf.get('handbook/people/benefits/health.md')).toBe('Benefits')
    expect(result.sidebarOf.get('handbook/people/time-off.md')).toBe('Handbook')
  })

  it('makes a subfolder whose pages are all listed elsewhere a plain page link', () => {
    const result = resolve(['Handbook:', '  - autogenerate: handbook/people', '  - handbook/people/benefits/health.md', '  - handbook/people/benefits/pension.md'])
    expect(sidebar(result, 'Handbook').slice(0, 3)).toStrictEqual([
      { type: 'page', label: 'People', url: '/handbook/people' },
      { type: 'page', label: 'Onboarding', url: '/handbook/people/onboarding' },
      { type: 'page', label: 'Benefits', url: '/handbook/people/benefits' },
    ])
  })

  it('gives a subfolder without an index page a group with no link, named after the folder', () => {
    const pages = [
      ...PAGES.filter((p) => p.sourcePath !== 'handbook/people/benefits/index.md'),
      page('handbook/people/parental-leave/uk.md', '/handbook/people/parental-leave/uk', 'United Kingdom'),
    ]
    const result = resolve(['Handbook:', '  - autogenerate: handbook/people'], pages)
    const groups = sidebar(result, 'Handbook').filter((item) => item.type === 'group')
    expect(groups).toStrictEqual([
      {
        type: 'group',
        label: 'Benefits',
        collapsed: true,
        items: [
          { type: 'page', label: 'Health insurance', url: '/handbook/people/benefits/health' },
          { type: 'page', label: 'Pension', url: '/handbook/people/benefits/pension' },
        ],
      },
      { type: 'group', label: 'Parental leave', collapsed: true, items: [{ type: 'page', label: 'United Kingdom', url: '/handbook/people/parental-leave/uk' }] },
    ])
  })

  it('orders by position, then by title with numbers in numeric order', () => {
    const pages = [
      page('handbook/releases/index.md', '/handbook/releases', 'Releases'),
      page('handbook/releases/v10.md', '/handbook/releases/v10', 'Version 10'),
      page('handbook/releases/v9.md', '/handbook/releases/v9', 'Version 9'),
      page('handbook/releases/v2.md', '/handbook/releases/v2', 'version 2'),
      page('handbook/releases/upcoming.md', '/handbook/releases/upcoming', 'Upcoming', { position: 1 }),
      page('handbook/releases/policy.md', '/handbook/releases/policy', 'Release policy', { position: 0 }),
    ]
    const result = resolve(['Handbook:', '  - autogenerate: handbook/releases'], pages)
    expect(sidebar(result, 'Handbook').map((item) => item.label)).toEqual(['Releases', 'Release policy', 'Upcoming', 'version 2', 'Version 9', 'Version 10'])
  })

  it('applies "collapsed: false" to every generated group, at every depth', () => {
    const result = resolve(['Handbook:', '  - autogenerate: handbook', '    collapsed: false'])
    const collapsedFlags = (items: readonly SidebarItem[]): boolean[] =>
      items.flatMap((item) => (item.type === 'group' ? [item.collapsed, ...collapsedFlags(item.items)] : []))
    const flags = collapsedFlags(sidebar(result, 'Handbook'))
    expect(flags).toHaveLength(4) // Company, Offices, People, People › Benefits
    expect(flags.every((flag) => flag === false)).toBe(true)
  })

  it('accepts the folder with ./ in front or a slash at the end', () => {
    const result = resolve(['Editing:', '  - autogenerate: ./editing/'])
    expect(errors(result)).toEqual([])
    expect(sidebar(result, 'Editing').map((item) => item.label)).toEqual(['Editing this handbook', 'Markdown', 'Frontmatter', 'MDX components'])
  })

  it('leaves out pages whose frontmatter names another sidebar, and keeps those naming this one', () => {
    const pages = PAGES.map((p) =>
      p.sourcePath === 'editing/mdx-components.mdx'
        ? { ...p, sidebarField: { name: 'Developers', line: 3 } }
        : p.sourcePath === 'editing/markdown.md'
          ? { ...p, sidebarField: { name: 'Editing', line: 2 } }
          : p,
    )
    const result = resolve(['Editing:', '  - autogenerate: editing', 'Developers:', '  - label: API', '    href: https://api.example.com'], pages)
    expect(sidebar(result, 'Editing').map((item) => item.label)).toEqual(['Editing this handbook', 'Markdown', 'Frontmatter'])
    expect(result.sidebarOf.get('editing/mdx-components.mdx')).toBe('Developers')
    expect(result.sidebarOf.get('editing/markdown.md')).toBe('Editing')
    const orphan = result.diagnostics.find((d) => d.file === 'editing/mdx-components.mdx')
    expect(orphan).toMatchObject({ severity: 'warning', code: 'sidebar-orphan', line: 3 })
    expect(orphan!.message).toMatch(/^this page appears in no sidebar \(it belongs to "Developers"\)\. Add it to sidebars\.yml/)
  })

  it('generates each page once when two folders overlap', () => {
    const result = resolve(['Benefits:', '  - autogenerate: handbook/people/benefits', 'Handbook:', '  - autogenerate: handbook/people'])
    expect([...pageUrls(sidebar(result, 'Benefits'))]).toEqual([
      '/handbook/people/benefits',
      '/handbook/people/benefits/health',
      '/handbook/people/benefits/pension',
    ])
    expect([...pageUrls(sidebar(result, 'Handbook'))]).toEqual([
      '/handbook/people',
      '/handbook/people/onboarding',
      '/handbook/people/feedback',
      '/handbook/people/time-off',
    ])
    expect(result.sidebarOf.get('handbook/people/benefits/health.md')).toBe('Benefits')
  })
})

describe('resolveSidebars with a sidebars file: which sidebar a page shows', () => {
  it("follows the page's own sidebar field first, warning that it is not in that sidebar", () => {
    const pages = PAGES.map((p) => (p.sourcePath === 'handbook/company/values.md' ? { ...p, sidebarField: { name: 'Editing', line: 4 } } : p))
    const result = resolve(['Handbook:', '  - handbook/company/values.md', 'Editing:', '  - editing/index.md'], pages)
    expect(result.sidebarOf.get('handbook/company/values.md')).toBe('Editing')
    const d = result.diagnostics.find((x) => x.file === 'handbook/company/values.md')
    expect(d).toMatchObject({ severity: 'warning', code: 'sidebar-orphan', line: 4 })
    expect(d!.message).toContain('(it belongs to "Editing")')
  })

  it('gives an unlisted page the sidebar of the closest listed folder page above it', () => {
    const pages = [...PAGES, page('editing/drafts/ideas.md', '/editing/drafts/ideas', 'Ideas')]
    const result = resolve(
      ['Handbook:', '  - handbook/index.md', 'People:', '  - handbook/people/README.md', 'Editing this handbook:', '  - editing/index.md'],
      pages,
    )
    // Benefits has an index page that is not listed either; the closest listed one is People's README.
    expect(result.sidebarOf.get('handbook/people/benefits/health.md')).toBe('People')
    expect(result.sidebarOf.get('handbook/people/time-off.md')).toBe('People')
    expect(result.sidebarOf.get('handbook/company/values.md')).toBe('Handbook')
    // Not the top folder's fallback ("Editing"): the listed editing/index.md decides.
    expect(result.sidebarOf.get('editing/drafts/ideas.md')).toBe('Editing this handbook')
    const ideas = result.diagnostics.find((d) => d.file === 'editing/drafts/ideas.md')
    expect(ideas).toMatchObject({ severity: 'warning', code: 'sidebar-orphan', line: 1 })
    expect(ideas!.message).toContain('(it belongs to "Editing this handbook")')
  })

  it('falls back to the sidebar of the top folder when nothing above the page is listed', () => {
    // Without a home page: an unlisted home page currently passes its own sidebar down (see the report).
    const pages = [...PAGES.filter((p) => p.url !== '/'), page('legal/privacy.md', '/legal/privacy', 'Privacy')]
    const result = resolve(['Handbook:', '  - autogenerate: handbook', 'Editing:', '  - autogenerate: editing'], pages)
    expect(result.sidebarOf.get('legal/privacy.md')).toBe('Legal')
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'sidebar-orphan',
        file: 'legal/privacy.md',
        line: 1,
        message: 'this page appears in no sidebar. Add it to sidebars.yml, or under a folder that is autogenerated there',
      },
    ])
  })

  it('reports a sidebar field naming a sidebar the file does not define, at the line of the field in the page', () => {
    const pages = PAGES.map((p) => (p.sourcePath === 'handbook/offices/tokyo.md' ? { ...p, sidebarField: { name: 'Ofices', line: 3 } } : p))
    const result = resolve(['Handbook:', '  - autogenerate: handbook', 'Editing:', '  - autogenerate: editing'], pages)
    expect(errors(result)).toEqual([
      {
        severity: 'error',
        code: 'sidebar-unknown',
        file: 'handbook/offices/tokyo.md',
        line: 3,
        message: '"sidebar: Ofices" names a sidebar that sidebars.yml does not define. Use one of: Handbook, Editing, or add it to sidebars.yml',
      },
    ])
    // Already an error: not also a warning.
    expect(warnings(result)).toEqual([])
    expect(result.sidebarOf.get('handbook/offices/tokyo.md')).toBe('Ofices')
  })

  it('reports an unknown sidebar without a line when the line is not known', () => {
    const pages = PAGES.map((p) => (p.sourcePath === 'editing/markdown.md' ? { ...p, sidebarField: { name: 'Writers' } } : p))
    const result = resolve(['Handbook:', '  - autogenerate: handbook', 'Editing:', '  - autogenerate: editing'], pages)
    expect(errors(result)).toHaveLength(1)
    expect(errors(result)[0]).toMatchObject({ code: 'sidebar-unknown', file: 'editing/markdown.md' })
    expect(errors(result)[0]).not.toHaveProperty('line')
  })
})

describe('resolveSidebars with a sidebars file: orphan pages', () => {
  it('warns at each page listed in no sidebar, but not at the home page', () => {
    const result = resolve(['Handbook:', '  - handbook/index.md', '  - label: Company', '    page: handbook/company', '    items:', '      - handbook/company/values.md'])
    const orphans = warnings(result)
    expect(orphans.every((d) => d.code === 'sidebar-orphan' && d.line === 1)).toBe(true)
    expect(orphans.map((d) => d.file)).toEqual(
      PAGES.map((p) => p.sourcePath).filter((p) => !['index.md', 'handbook/index.md', 'handbook/company/index.md', 'handbook/company/values.md'].includes(p)),
    )
    expect(orphans.find((d) => d.file === 'handbook/company/structure.md')!.message).toBe(
      'this page appears in no sidebar (it belongs to "Handbook"). Add it to sidebars.yml, or under a folder that is autogenerated there',
    )
    expect(errors(result)).toEqual([])
  })

  it('names the file it was given in its messages', () => {
    const result = resolveText('sidebars.yaml', 'Handbook:\n  - handbook/index.md\n  - handbook/nowhere.md\n', PAGES.slice(0, 3))
    expect(result.diagnostics.map((d) => [d.file, d.line])).toEqual([
      ['sidebars.yaml', 3],
      ['handbook/company/index.md', 1],
    ])
    expect(result.diagnostics[1]!.message).toContain('Add it to sidebars.yaml')
  })

  it('carries the mistakes of the file first, and builds what it could read', () => {
    const result = resolveText(FILE, 'Handbook:\n  - handbook/index.md\n  - label: Status\n', PAGES.slice(0, 2))
    expect(result.diagnostics.map(where)).toEqual(['sidebars.yml:3: error: sidebars-file'])
    expect(result.sidebars).toEqual([{ name: 'Handbook', items: [{ type: 'page', label: 'The Northwind handbook', url: '/handbook' }] }])
  })
})

describe('resolveSidebars without a sidebars file', () => {
  it('builds one sidebar per name from the folders, the sidebar field first', () => {
    const pages = [
      page('handbook/index.md', '/handbook', 'Handbook'),
      page('handbook/company/values.md', '/handbook/company/values', 'Values'),
      page('handbook/people/README.md', '/handbook/people', 'People'),
      page('handbook/people/time-off.md', '/handbook/people/time-off', 'Time off', { sidebarField: { name: 'Editing', line: 2 } }),
      page('editing/index.md', '/editing', 'Editing'),
      page('editing/markdown.md', '/editing/markdown', 'Markdown'),
    ]
    const result = resolveSidebars({ file: undefined, pages, defaultSidebar: DEFAULT_SIDEBAR })
    expect(result.diagnostics).toEqual([])
    expect(Object.fromEntries(result.sidebarOf)).toEqual({
      'handbook/index.md': 'Handbook',
      'handbook/company/values.md': 'Handbook',
      'handbook/people/README.md': 'Handbook',
      'handbook/people/time-off.md': 'Editing',
      'editing/index.md': 'Editing',
      'editing/markdown.md': 'Editing',
    })
    expect(result.sidebars).toStrictEqual([
      {
        name: 'Handbook',
        items: [
          { type: 'page', label: 'Handbook', url: '/handbook' },
          { type: 'group', label: 'Company', items: [{ type: 'page', label: 'Values', url: '/handbook/company/values' }], collapsed: true },
          { type: 'page', label: 'People', url: '/handbook/people' },
        ],
      },
      {
        // A page moved here by its field keeps its folders.
        name: 'Editing',
        items: [
          { type: 'group', label: 'Editing', url: '/editing', items: [{ type: 'page', label: 'Markdown', url: '/editing/markdown' }], collapsed: true },
          {
            type: 'group',
            label: 'Handbook',
            items: [{ type: 'group', label: 'People', items: [{ type: 'page', label: 'Time off', url: '/handbook/people/time-off' }], collapsed: true }],
            collapsed: true,
          },
        ],
      },
    ])
  })
})

describe('regressions', () => {
  const home = { sourcePath: 'index.md', url: '/', title: 'Welcome' }
  const hb = { sourcePath: 'handbook/index.md', url: '/handbook', title: 'Handbook' }
  const privacy = { sourcePath: 'legal/privacy.md', url: '/legal/privacy', title: 'Privacy' }

  it('chooses an unlisted page’s sidebar whatever the order of the pages', () => {
    const file = 'Handbook:\n  - handbook/index.md\n'
    expect(resolveText('sidebars.yml', file, [home, hb, privacy]).sidebarOf.get('legal/privacy.md')).toBe('Legal')
    expect(resolveText('sidebars.yml', file, [privacy, home, hb]).sidebarOf.get('legal/privacy.md')).toBe('Legal')
  })

  it('shows a page listed twice on one line once', () => {
    const resolved = resolveText('sidebars.yml', 'Handbook: [handbook/index.md, handbook/index.md]\n', [hb])
    expect(resolved.sidebars[0]!.items).toEqual([{ type: 'page', label: 'Handbook', url: '/handbook' }])
    expect(resolved.diagnostics.map((d) => d.code)).toEqual(['sidebar-duplicate'])
  })

  it('skips items naming a draft however the path is written', () => {
    const file = 'Handbook:\n  - handbook/index.md\n  - handbook/Roadmap.md\n  - handbook/plans\n'
    const resolved = resolveText('sidebars.yml', file, [hb], new Set(['handbook/roadmap.md', 'handbook/plans/README.md']))
    expect(resolved.diagnostics).toEqual([])
  })
})
