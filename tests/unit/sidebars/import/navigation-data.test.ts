import { describe, expect, it } from 'vitest'
import { navigationDataFile, readNavigationData } from '../../../../src/content/sidebars/import/navigation-data'
import type { NavEntry } from '../../../../src/content/sidebars/import/entry'
import { pageFolders } from '../../../../src/content/links/folder-page'
import { navPage } from './pages'

const FILE = '../_data/navigation.yml'

/** An entry as the tests compare it: label, and the page's path or the link, the folder, the line, the children. */
function shape(entry: NavEntry): unknown {
  return {
    label: entry.label,
    ...(entry.page ? { page: entry.page.sourcePath } : {}),
    ...(entry.href ? { href: entry.href } : {}),
    ...(entry.folder !== undefined ? { folder: entry.folder } : {}),
    line: entry.line,
    ...(entry.children.length ? { children: entry.children.map(shape) } : {}),
  }
}

// The shape of the 18F/TTS handbook's _data/navigation.yml (USWDS), written small.
const USWDS = `primary:
  - text: About us
    href: /#about-us
    main-file-path: /about-us/
    children:
      - text: Our history
        url: about-us/history/
        internal: true
      - text: Org chart
        url: https://docs.example.gov/org-chart
        internal: false
      - text: Logging in &amp; networks
        url: getting-started/log-in/
  - text: Getting started
    main-file-path: /getting-started/
    children:
      - text: Welcome
        url: welcome/
      - text: Assistance program
        url: getting-started/benefits/#assistance
      - text: Gone
        url: getting-started/gone/
      - text: Draft
        url: getting-started/draft/
  - text:
      Tools we use
    children:
      - text: Slack
        url: tools/slack/
travel:
  - text: FAQ
    url: travel/faq/
footer:
  - text: Contributing
    href: /contributing/
`

const pages = [
  navPage('about-us/history.md', { title: 'History of the team' }),
  navPage('getting-started/index.md', { title: 'Getting started' }),
  navPage('getting-started/welcome-letter.md', { title: 'Welcome letter', redirect_from: ['/welcome/'] }),
  navPage('getting-started/log-in.md', { title: 'Log in' }),
  navPage('getting-started/benefits.md', { title: 'Benefits' }),
  navPage('tools/slack.md', { title: 'Slack' }),
  navPage('tools/slack/guidelines.md', { title: 'Guidelines' }),
  navPage('travel/faq.md', { title: 'Travel FAQ', sidebar: { navigation: 'travel' } }),
  navPage('about-us/org.md', { title: 'Org' }),
]
const read = (text: string, options: { leftOut?: string[] } = {}) => readNavigationData({ path: FILE, text }, pages, { folders: pageFolders(pages.map((page) => page.sourcePath)), ...options })

describe('readNavigationData: the USWDS shape of the 18F handbook (primary: sections, lists pages pick)', () => {
  const navigation = read(USWDS, { leftOut: ['/getting-started/draft'] })!

  it('reads primary as the main navigation, its sections in order, each entry with its line', () => {
    expect(navigation.from).toBe(FILE)
    expect(navigation.main!.key).toBe('primary')
    expect(navigation.main!.entries.map(shape)).toEqual([
      {
        label: 'About us',
        // main-file-path names no page but a folder: the section gathers its pages.
        folder: 'about-us',
        line: 2,
        children: [
          { label: 'Our history', page: 'about-us/history.md', line: 6 },
          // internal: false, and the address of another site: a link.
          { label: 'Org chart', href: 'https://docs.example.gov/org-chart', line: 9 },
          // The label as the old site showed its HTML.
          { label: 'Logging in & networks', page: 'getting-started/log-in.md', line: 12 },
        ],
      },
      {
        label: 'Getting started',
        // main-file-path names a page: the section's own.
        page: 'getting-started/index.md',
        line: 14,
        children: [
          // Found by its redirect_from.
          { label: 'Welcome', page: 'getting-started/welcome-letter.md', line: 17 },
          // An anchor on a page: a link to that place.
          { label: 'Assistance program', href: '/getting-started/benefits#assistance', line: 19 },
        ],
      },
      { label: 'Tools we use', line: 25, children: [{ label: 'Slack', page: 'tools/slack.md', line: 28 }] },
    ])
  })

  it('keeps the other lists with their keys and lines', () => {
    expect(navigation.lists.map((list) => [list.key, list.line, list.entries.map(shape)])).toEqual([
      ['travel', 30, [{ label: 'FAQ', page: 'travel/faq.md', line: 31 }]],
      // A leaf's href is its link: here, to no page.
      ['footer', 33, []],
    ])
  })

  it('warns at its line of an entry whose address is no page, with the fix, and leaves a draft out quietly', () => {
    expect(navigation.diagnostics).toEqual([])
    expect(navigation.lists[0]!.diagnostics).toEqual([])
    // Each list keeps its entries' problems: an unused list's are not reported one by one.
    expect(navigation.lists[1]!.diagnostics!.map((d) => [d.line, d.message.split(' (')[0]])).toEqual([[35, 'href "/contributing/"']])
    expect(navigation.main!.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'navigation-missing-page',
        file: FILE,
        line: 22,
        message:
          'url "getting-started/gone/" (Gone) is the address of no page, nor an old address in a page\'s redirect_from, so the sidebar leaves it out. Write the page\'s address, or add "/getting-started/gone/" to the redirect_from of the page it meant',
      },
    ])
  })

  it('warns of a main-file-path that names no page or folder, and of entries it cannot read', () => {
    const odd = read(`primary:
  - text: Nowhere
    main-file-path: /nowhere/
    children:
      - text: Our history
        url: about-us/history/
  - just text
  - text: Empty
  - url: about-us/history/
`)!
    expect(odd.main!.diagnostics!.map((d) => [d.line, d.code, d.message.split(',')[0]])).toEqual([
      [3, 'navigation-missing-page', 'main-file-path "/nowhere/" is the address of no page or folder'],
      [7, 'navigation-entry', 'this entry of the navigation is not a group of fields (text: and url:)'],
      [8, 'navigation-entry', '"Empty" has no url and no children'],
    ])
    // An entry without a label takes its page's title.
    expect(odd.main!.entries.map((entry) => entry.label)).toEqual(['Nowhere', 'History of the team'])
  })
})

describe('readNavigationData: other shapes', () => {
  it("reads Minimal Mistakes' main: and docs: (title, url, children; .html addresses)", () => {
    const mm = readNavigationData(
      {
        path: FILE,
        text: `main:
  - title: "Quick-Start Guide"
    url: /docs/quick-start-guide/
docs:
  - title: Getting Started
    children:
      - title: "Installation"
        url: /docs/installation.html
`,
      },
      [navPage('docs/quick-start-guide.md', { title: 'Quick start', permalink: '/docs/quick-start-guide/' }), navPage('pages/install.md', { title: 'Install', permalink: '/docs/installation/' })],
      { folders: new Set() },
    )!
    expect(mm.main!.key).toBe('main')
    expect(mm.main!.entries.map(shape)).toEqual([{ label: 'Quick-Start Guide', page: 'docs/quick-start-guide.md', line: 2 }])
    // Found by the permalink it sets.
    expect(mm.lists.map((list) => [list.key, list.entries.map(shape)])).toEqual([['docs', [{ label: 'Getting Started', line: 5, children: [{ label: 'Installation', page: 'pages/install.md', line: 7 }] }]]])
    expect([...mm.diagnostics, ...mm.main!.diagnostics!, ...mm.lists[0]!.diagnostics!]).toEqual([])
  })

  it("reads Jekyll's own list at the top (name, link) as the main navigation", () => {
    const jekyll = readNavigationData({ path: FILE, text: '- name: Home\n  link: /\n- name: History\n  link: /about-us/history.html\n' }, [navPage('index.md', { title: 'Home' }), ...pages], {
      folders: new Set(),
    })!
    expect(jekyll.main!.entries.map(shape)).toEqual([
      { label: 'Home', page: 'index.md', line: 1 },
      { label: 'History', page: 'about-us/history.md', line: 3 },
    ])
  })

  it('reads nothing from a file that is not YAML, or holds no list', () => {
    expect(read('primary: [unclosed')).toBeUndefined()
    expect(read('title: Not a navigation\n')).toBeUndefined()
  })

  it('finds the navigation among the data files read, in YAML or JSON', () => {
    const other = { path: '../_data/site.yml', text: '' }
    expect(navigationDataFile([other, { path: '../_data/navigation.json', text: '{}' }])?.path).toBe('../_data/navigation.json')
    expect(navigationDataFile([other])).toBeUndefined()
  })
})
