/**
 * The navigation of the real 18F/TTS handbook (../shared/corpora/18f-handbook,
 * an Eleventy site none of us wrote; copied, as it is read-only): its
 * `_data/navigation.yml` with 10 sections under `primary:`, and 25 pages
 * that show another list with `sidebar: {navigation: travel}` and the like.
 * Read and prepared as the build does, without rendering (titles from the
 * frontmatter), then through the sidebars' own stages. Skipped, saying so,
 * where the corpus is not beside the project.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readContent } from '../../../../src/content/load/read-content'
import { prepare } from '../../../../src/content/pipeline/prepare'
import { resolveSettings } from '../../../../src/content/settings'
import { titleFromSourcePath } from '../../../../src/content/page/title'
import { importNavigation, navigationPageInput, resolveSidebars, sidebarsFileText, type ImportedNavigation, type NavigationPageInput, type ResolvedSidebars } from '../../../../src/content/sidebars'
import { pageUrls } from '../../../../src/shared/sidebar/navigation'
import { walk } from '../../../../src/shared/sidebar/walk'
import { sectionCards } from '../../../../src/shared/page-view'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpora', '18f-handbook')
const SECTIONS = [
  'About TTS',
  'Getting started',
  'Training & travel',
  'Leave',
  'Supervisor resources',
  'Performance & supervision',
  'Hiring, staying, or changing jobs',
  'General information and resources',
  'TTS offices',
  'Tools',
]

describe.skipIf(!fs.existsSync(CORPUS))('the 18F handbook’s navigation (../shared/corpora/18f-handbook)', () => {
  let root: string
  let parseProblems: Diagnostic[]
  let pages: NavigationPageInput[]
  let imported: ImportedNavigation
  let resolved: ResolvedSidebars

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-18f-nav-'))
    fs.cpSync(CORPUS, root, { recursive: true })
    const dir = path.join(root, 'pages')
    const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, root)
    const content = readContent(dir)
    const prepared = prepare(settings, { includeDrafts: false, hrefPrefix: '' }, content)
    parseProblems = prepared.diagnostics
    pages = prepared.routed.map((source) =>
      navigationPageInput(
        { sourcePath: source.file.sourcePath, url: source.url, title: source.frontmatter.title ?? titleFromSourcePath(source.file.sourcePath, 'Handbook'), frontmatter: source.frontmatter, source: source.text },
        source.fieldLines.sidebar,
      ),
    )
    const redirecting = prepared.redirectPages.flatMap((page) => (page.redirectTo ? [{ addresses: [page.url, ...(page.frontmatter.redirect_from ?? [])], to: page.redirectTo }] : []))
    imported = importNavigation({ source: content.source, pages, redirecting, defaultSidebar: 'Handbook' })!
    resolved = resolveSidebars({ file: undefined, imported, pages, defaultSidebar: 'Handbook' })
  })

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('reads every sidebar field: no frontmatter type error is left (25 "must be text" before)', () => {
    expect(parseProblems.filter((d) => d.code === 'frontmatter-type')).toEqual([])
    expect(pages.filter((page) => page.sidebarField?.list !== undefined)).toHaveLength(25)
  })

  it('imports _data/navigation.yml: the main sidebar opens with its 10 sections, in order, each a group', () => {
    expect(imported.from).toBe('../_data/navigation.yml')
    expect(imported.sections).toBe(10)
    const main = resolved.sidebars[0]!
    expect(main.name).toBe('Handbook')
    expect(main.items.slice(0, 10).map((item) => [item.type, item.label])).toEqual(SECTIONS.map((label) => ['group', label]))
    // A section's page is the one its main-file-path names, when it names one.
    expect(main.items.slice(0, 10).map((item) => (item.type === 'group' ? (item.url ?? null) : null))).toEqual([
      null,
      '/getting-started',
      '/training-and-development',
      null,
      null,
      '/performance-management',
      null,
      null,
      null,
      null,
    ])
    // Then the pages no section gathers.
    expect(main.items.slice(10).map((item) => item.label)).toEqual(['Other pages'])
  })

  it('makes the home page show the 10 sections, then the 3 lists pages pick', () => {
    const cards = sectionCards(new Map(resolved.sidebars.map((sidebar) => [sidebar.name, { ...sidebar, dataPath: null }])))
    expect(cards.map((card) => card.name)).toEqual([...SECTIONS, 'Other pages', 'Travel', 'Healthy conflict', 'Updating the handbook'])
  })

  it('makes every page a sidebar lists a link away from the home page, without JavaScript: on a card, or on the page of a group a card links to', () => {
    const cards = sectionCards(new Map(resolved.sidebars.map((sidebar) => [sidebar.name, { ...sidebar, dataPath: null }])))
    const linked = new Set(cards.flatMap((card) => [...card.links, ...(card.rest ?? []), ...(card.more ? [card.more] : [])].map((link) => link.url)))
    const unreached: string[] = []
    for (const sidebar of resolved.sidebars)
      walk(sidebar.items, (item, ancestors) => {
        if (item.type === 'link' || !item.url) return
        // A group's own page shows the group open, its items listed (sidebarForPage): one link further.
        if (!linked.has(item.url) && !ancestors.some((group) => group.url && linked.has(group.url))) unreached.push(item.url)
      })
    expect(unreached).toEqual([])
    // Light all the same: 237 pages, about a hundred links folded beyond the cards' first eight; 3 sections link to their own page instead.
    expect(cards.filter((card) => card.more).map((card) => card.name)).toEqual(['Getting started', 'Training & travel', 'Performance & supervision'])
    expect(linked.size).toBeLessThan(250)
  })

  it('shows each of the 25 pages the sidebar of the list it picks, where it is listed', () => {
    const picked = pages.filter((page) => page.sidebarField?.list !== undefined)
    const shown = Object.fromEntries(['travel', 'healthy-conflict', 'updating-the-handbook'].map((list) => [list, picked.filter((page) => page.sidebarField!.list === list).length]))
    expect(shown).toEqual({ travel: 14, 'healthy-conflict': 5, 'updating-the-handbook': 6 })
    for (const page of picked) {
      const sidebar = resolved.sidebarOf.get(page.sourcePath)!
      expect(sidebar, page.sourcePath).toBe({ travel: 'Travel', 'healthy-conflict': 'Healthy conflict', 'updating-the-handbook': 'Updating the handbook' }[page.sidebarField!.list!])
      expect(pageUrls(resolved.sidebars.find((s) => s.name === sidebar)!.items).has(page.url), page.sourcePath).toBe(true)
    }
  })

  it('lists every page in the sidebar it shows', () => {
    const urls = new Map(resolved.sidebars.map((sidebar) => [sidebar.name, pageUrls(sidebar.items)]))
    expect(pages.filter((page) => !urls.get(resolved.sidebarOf.get(page.sourcePath)!)?.has(page.url)).map((page) => page.sourcePath)).toEqual([])
  })

  it('serves updating-the-handbook/updating-the-handbook.md at /updating-the-handbook, as its links and the navigation name it, once in its sidebar', () => {
    expect(pages.find((page) => page.sourcePath === 'updating-the-handbook/updating-the-handbook.md')?.url).toBe('/updating-the-handbook')
    const sidebar = resolved.sidebars.find((s) => s.name === 'Updating the handbook')!
    expect(sidebar.items.map((item) => `${item.label} ${item.url}`)).toEqual([
      'Intro /updating-the-handbook',
      'Editing in GitHub /updating-the-handbook/edit-in-github',
      'Editing locally /updating-the-handbook/edit-locally',
      'Front matter /updating-the-handbook/frontmatter',
      'Shortcodes /updating-the-handbook/shortcodes',
      'Components /updating-the-handbook/components',
    ])
  })

  it('links an entry naming a redirect_to: page where that page sends readers, as the old site did', () => {
    const links = JSON.stringify(resolved.sidebars)
    expect(links).toContain('"https://docs.google.com/presentation/d/10Qfq1AaQh74q76Pik99kQedvshLBo0qLWZGsH-nrV0w/edit"')
  })

  it("warns only of the data's own defects", () => {
    expect(resolved.diagnostics.map((d) => `${d.file}:${d.line}: ${d.code}: ${d.message.split(' (')[0]}`)).toEqual([
      // The page was never written: no file of the corpus has this address, nor an old one.
      '../_data/navigation.yml:290: navigation-missing-page: url "general-information-and-resources/psychological-safety/"',
      // The site's footer template showed it; no page shows it as a sidebar.
      '../_data/navigation.yml:709: navigation-unused: the list "footer" is shown by no page',
    ])
  })

  it('gives the same sidebars, and the same sidebar on every page, read back from the sidebars.yml it writes', () => {
    const text = sidebarsFileText(imported.file.sidebars)
    const fromFile = resolveSidebars({ file: { path: 'sidebars.yml', text }, pages, defaultSidebar: 'Handbook' })
    expect(fromFile.diagnostics).toEqual([])
    expect(fromFile.sidebars).toEqual(resolved.sidebars)
    expect(fromFile.sidebarOf).toEqual(resolved.sidebarOf)
  })
})
