/**
 * The navigation of an old tool imported on whole handbooks of our own,
 * written from each tool's documentation (tests/fixtures/nav-*): loaded as
 * the build loads them, the sidebars and the sidebar of each page; then the
 * same handbook with the navigation written as sidebars.yml, which must
 * give the same sidebars (and then wins over the old tool's data).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, sidebarsFileText, type Handbook, type SidebarItem } from '../../../../src/content'
import { sectionCards } from '../../../../src/shared/page-view'
import { importNavigation } from '../../../../src/content/sidebars/import'
import { navPage } from './pages'
import { resolveSettings } from '../../../../src/content/settings'

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'fixtures')
let root: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-nav-'))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

/** A copy of a fixture (its source root), and the content folder in it. */
function copyOf(fixture: string, content: string): string {
  const target = path.join(root, fixture)
  fs.cpSync(path.join(FIXTURES, fixture), target, { recursive: true })
  return path.join(target, content)
}

function load(dir: string): Handbook {
  return loadHandbook(resolveSettings({ title: 'Acme' }, { HANDBOOK_CONTENT_DIR: dir }, root), { includeDrafts: false, hrefPrefix: '' })
}

/** A sidebar's tree, compactly: a page or link as "label url", a group as { "label url": [...] }. */
function tree(items: readonly SidebarItem[]): unknown[] {
  return items.map((item) => (item.type === 'group' ? { [`${item.label} ${item.url ?? '-'}`]: tree(item.items) } : `${item.label} ${item.url}`))
}

const sidebarsOf = (handbook: Handbook) => Object.fromEntries(handbook.sidebars.map((sidebar) => [sidebar.name, tree(sidebar.items)]))
const sidebarOfPages = (handbook: Handbook) => Object.fromEntries(handbook.pages.map((page) => [page.url, page.sidebar]))
const navigationProblems = (handbook: Handbook) => handbook.diagnostics.filter((d) => /^(navigation|sidebar|frontmatter)/.test(d.code)).map((d) => `${d.file}:${d.line}: ${d.code}`)

/** Writes the imported navigation as sidebars.yml, as `npm run check -- --write-sidebars` does, and loads the handbook again. */
function written(dir: string, handbook: Handbook): Handbook {
  fs.writeFileSync(path.join(dir, 'sidebars.yml'), sidebarsFileText(handbook.importedNavigation!.sidebars))
  return load(dir)
}

describe('Minimal Mistakes: _data/navigation.yml with main: and docs:, pages picking docs with sidebar: nav', () => {
  let dir: string
  let handbook: Handbook
  beforeAll(() => {
    dir = copyOf('nav-minimal-mistakes', 'pages')
    handbook = load(dir)
  })

  it('makes main the default sidebar and docs the sidebar its pages show, each page listed once', () => {
    expect(handbook.source.tool).toBe('jekyll')
    expect(handbook.importedNavigation).toMatchObject({ from: '../_data/navigation.yml', sections: 3 })
    expect(sidebarsOf(handbook)).toEqual({
      Handbook: [
        // The guide shows Docs, which lists it as a page: here it is a link.
        'Quick-Start Guide /docs/quick-start-guide',
        'About /about',
        'GitHub https://github.com/acme/docs',
        // A page in no list, under its folder.
        { 'Other pages -': ['Changelog /notes/changelog'] },
      ],
      Docs: [
        { 'Getting Started -': ['Quick-Start Guide /docs/quick-start-guide', 'Installation /docs/installation', 'Upgrading /docs/upgrading'] },
        { 'Customization -': ['Configuration /docs/configuration', 'Navigation /docs/navigation'] },
        // It shows Docs, which lists it not: at its end.
        'FAQ /docs/faq',
      ],
    })
    expect(sidebarOfPages(handbook)).toEqual({
      '/': 'Handbook',
      '/about': 'Handbook',
      '/docs/configuration': 'Docs',
      '/docs/faq': 'Docs',
      '/docs/installation': 'Docs',
      '/docs/navigation': 'Docs',
      '/docs/quick-start-guide': 'Docs',
      '/docs/upgrading': 'Docs',
      '/notes/changelog': 'Handbook',
    })
  })

  it('warns of the entry naming no page, at its line in the data file', () => {
    expect(navigationProblems(handbook)).toEqual(['../_data/navigation.yml:27: navigation-missing-page'])
  })

  it('gives the same sidebars once written as sidebars.yml, which then wins', () => {
    const again = written(dir, handbook)
    expect(again.sidebarsFile).toBe('sidebars.yml')
    expect(again.importedNavigation).toBeUndefined()
    expect(again.sidebars).toEqual(handbook.sidebars)
    expect(sidebarOfPages(again)).toEqual(sidebarOfPages(handbook))
    expect(navigationProblems(again)).toEqual([])
  })
})

describe('Eleventy: eleventyNavigation frontmatter, and a page named like its folder', () => {
  let dir: string
  let handbook: Handbook
  beforeAll(() => {
    dir = copyOf('nav-eleventy', 'src')
    handbook = load(dir)
  })

  it('serves animals/animals.md at /animals, as Eleventy did', () => {
    expect(handbook.source.tool).toBe('eleventy')
    expect(handbook.pages.find((page) => page.sourcePath === 'animals/animals.md')?.url).toBe('/animals')
  })

  it('builds the navigation from key, parent and order; a folder’s page is its entry’s, once; pages in no entry go under their folder', () => {
    expect(handbook.importedNavigation).toMatchObject({ from: 'eleventyNavigation frontmatter', sections: 3 })
    expect(sidebarsOf(handbook)).toEqual({
      Handbook: [
        'Home /',
        { 'Mammals /mammals': ['Bats (flying) /mammals/bats', 'Humans /mammals/humans', 'Whales /mammals/whales'] },
        { 'Animals /animals': ['Reptiles /animals/reptiles', 'Fish /animals/fish'] },
      ],
    })
    expect(navigationProblems(handbook)).toEqual(['animals/fish.md:5: navigation-missing-parent'])
  })

  it('gives the same sidebars once written as sidebars.yml', () => {
    const again = written(dir, handbook)
    expect(again.sidebars).toEqual(handbook.sidebars)
    expect(sidebarOfPages(again)).toEqual(sidebarOfPages(handbook))
    expect(navigationProblems(again)).toEqual([])
  })
})

describe('Just the Docs: parent, grand_parent, nav_order, nav_exclude', () => {
  let dir: string
  let handbook: Handbook
  beforeAll(() => {
    dir = copyOf('nav-just-the-docs', '.')
    handbook = load(dir)
  })

  it("orders and nests as the theme does; excluded pages stay out; a lost page goes to the main sidebar's end", () => {
    expect(handbook.importedNavigation).toMatchObject({ from: 'Just the Docs frontmatter (parent, nav_order)', sections: 4 })
    expect(sidebarsOf(handbook)).toEqual({
      Handbook: [
        'Home /',
        'Configuration /docs/configuration',
        {
          'UI Components /docs/ui-components': [
            'Labels /docs/ui-components/labels',
            'Buttons /docs/ui-components/buttons',
            { 'Code /docs/ui-components/code': ['Line numbers /docs/ui-components/code/line-numbers'] },
            'Overview /docs/ui-components/overview',
          ],
        },
        { 'Utilities /docs/utilities': [{ 'Overview /docs/utilities/overview': ['Details /docs/utilities/details'] }, 'color /docs/utilities/color'] },
        { 'Other pages -': ['Lost /docs/lost'] },
      ],
    })
    // Left out of the navigation, they show the main sidebar.
    expect(sidebarOfPages(handbook)['/docs/internal/notes']).toBe('Handbook')
    expect(navigationProblems(handbook)).toEqual(['docs/lost.md:3: navigation-missing-parent'])
  })

  it('shows a card per sidebar on the home page when its sidebar is not only sections', () => {
    expect(sectionCards(new Map(handbook.sidebars.map((sidebar) => [sidebar.name, { ...sidebar, dataPath: null }]))).map((card) => card.name)).toEqual(['Handbook'])
  })

  it('gives the same sidebars once written as sidebars.yml (where the excluded pages are then reported)', () => {
    const again = written(dir, handbook)
    expect(again.sidebars).toEqual(handbook.sidebars)
    expect(sidebarOfPages(again)).toEqual(sidebarOfPages(handbook))
    expect(navigationProblems(again)).toEqual(['docs/internal/index.md:1: sidebar-orphan', 'docs/internal/notes.md:1: sidebar-orphan'])
  })
})

describe('importNavigation: which navigation a source keeps', () => {
  const data = (text: string) => ({ data: {}, dataFiles: [{ path: '../_data/navigation.yml', text }] })
  const eleventyPages = [navPage('a.md', { title: 'A', eleventyNavigation: { key: 'A' } }), navPage('b.md', { title: 'B', nav_order: 1 })]
  const from = (source: Parameters<typeof importNavigation>[0]['source'], pages = eleventyPages) => importNavigation({ source, pages, defaultSidebar: 'Handbook' })?.from

  it('reads _data/navigation.yml first, then eleventyNavigation, then Just the Docs, for Jekyll and Eleventy only', () => {
    expect(from({ tool: 'eleventy', ...data('main:\n  - title: A\n    url: /a/\n') })).toBe('../_data/navigation.yml')
    expect(from({ tool: 'eleventy', data: {}, dataFiles: [] })).toBe('eleventyNavigation frontmatter')
    expect(from({ tool: 'jekyll', data: {}, dataFiles: [] }, [eleventyPages[1]!])).toBe('Just the Docs frontmatter (parent, nav_order)')
    expect(from({ tool: 'hugo', ...data('main:\n  - title: A\n    url: /a/\n') })).toBeUndefined()
    expect(from({ tool: 'eleventy', data: {}, dataFiles: [] }, [navPage('c.md', { title: 'C' })])).toBeUndefined()
  })

  it('passes over data with no main list and no list a page picks (another menu of the old site)', () => {
    expect(from({ tool: 'eleventy', ...data('footer:\n  - text: A\n    url: /a/\n') })).toBe('eleventyNavigation frontmatter')
    expect(from({ tool: 'eleventy', ...data('footer:\n  - text: A\n    url: /a/\n') }, [navPage('c.md', { title: 'C' })])).toBeUndefined()
    expect(from({ tool: 'eleventy', ...data('guide:\n  - text: A\n    url: /a/\n') }, [navPage('a.md', { title: 'A', sidebar: { navigation: 'guide' } })])).toBe('../_data/navigation.yml')
  })
})
