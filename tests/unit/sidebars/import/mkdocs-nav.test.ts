import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readMkdocsNav } from '../../../../src/content/sidebars/import/mkdocs-nav'
import { importNavigation } from '../../../../src/content/sidebars/import'
import type { NavEntry } from '../../../../src/content/sidebars/import/entry'
import { navPage } from './pages'

const tree = (entries: readonly NavEntry[]): unknown[] =>
  entries.map((entry) => (entry.children.length ? { [entry.label]: tree(entry.children) } : entry.href ? `${entry.label} → ${entry.href}` : `${entry.label} (${entry.page?.sourcePath})`))

const config = { path: '../mkdocs.yml', text: readFileSync('tests/fixtures/mkdocs/mkdocs.yml', 'utf8') }
// The fixture's pages, as the content folder (docs/) holds them.
const pages = [
  navPage('index.md', { title: 'Welcome to MkLorum' }),
  navPage('user-guide/writing-your-docs.md', { title: 'Writing your docs' }),
  navPage('user-guide/styling-your-docs.md', { title: 'Styling your docs' }),
  navPage('user-guide/admonitions.md', { title: 'Admonitions' }),
  navPage('user-guide/content-tabs.md', { title: 'Content tabs' }),
  navPage('about/license.md', { title: 'License' }),
  navPage('about/release-notes.md', { title: 'Release notes' }),
  navPage('about/contributing.md', { title: 'Contributing' }),
  navPage('about/unlisted.md', { title: 'Unlisted page' }),
  navPage('reference/index.md', { title: 'Reference' }),
  navPage('reference/blocks-in-lists.md', { title: 'Blocks in lists' }),
]

describe('readMkdocsNav', () => {
  it("reads nav's titled pages, plain paths (titled as the page is), sections and links, in order", () => {
    const read = readMkdocsNav(config, { docsDir: 'docs', navBase: '' }, pages)!
    expect(read.from).toBe('../mkdocs.yml')
    expect(tree(read.main!.entries)).toEqual([
      'Home (index.md)',
      {
        'User Guide': [
          'Writing your docs (user-guide/writing-your-docs.md)',
          'Styling your docs (user-guide/styling-your-docs.md)',
          'Admonitions (user-guide/admonitions.md)',
          'Content tabs (user-guide/content-tabs.md)',
        ],
      },
      { About: ['License (about/license.md)', 'Release notes (about/release-notes.md)', 'Contributing (about/contributing.md)'] },
      { Reference: ['Blocks in lists (reference/blocks-in-lists.md)'] },
      'Bug Tracker → https://github.com/example/repository/issues',
    ])
    expect(read.main!.diagnostics).toEqual([])
  })

  it("with navigation.indexes, a section's first entry that is an index page is the section's own page, not listed again", () => {
    const read = readMkdocsNav(config, { docsDir: 'docs', navBase: '' }, pages)!
    const reference = read.main!.entries.find((entry) => entry.label === 'Reference')!
    expect(reference.page?.sourcePath).toBe('reference/index.md')
    // Only an index page, only first: About's first entry is a page of its own.
    expect(read.main!.entries.find((entry) => entry.label === 'About')!.page).toBeUndefined()
    const section = ['  - Reference:', '      - reference/index.md', '      - reference/blocks-in-lists.md']
    const without = readMkdocsNav({ path: '../mkdocs.yml', text: ['nav:', ...section].join('\n') }, undefined, pages)!
    expect(tree(without.main!.entries)).toEqual([{ Reference: ['Reference (reference/index.md)', 'Blocks in lists (reference/blocks-in-lists.md)'] }])
    expect(without.main!.entries[0]!.page).toBeUndefined()
    // The section-index plugin does the same.
    const plugin = readMkdocsNav({ path: '../mkdocs.yml', text: ['plugins:', '  - search', '  - section-index', 'nav:', ...section].join('\n') }, undefined, pages)!
    expect(plugin.main!.entries[0]).toMatchObject({ label: 'Reference', page: { sourcePath: 'reference/index.md' } })
    expect(tree(plugin.main!.entries)).toEqual([{ Reference: ['Blocks in lists (reference/blocks-in-lists.md)'] }])
  })

  it('warns at its line of a path that is no page, and of an entry of another shape', () => {
    const text = ['nav:', '  - Home: index.md', '  - Gone: old/page.md', '  - {A: a.md, B: b.md}', '  - Anchor: ./about/license.md#terms'].join('\n')
    const read = readMkdocsNav({ path: '../mkdocs.yml', text }, undefined, pages)!
    expect(tree(read.main!.entries)).toEqual(['Home (index.md)', 'Anchor → /about/license#terms'])
    expect(read.main!.diagnostics!.map((d) => [d.code, d.line])).toEqual([
      ['navigation-missing-page', 3],
      ['navigation-entry', 4],
    ])
    expect(read.main!.diagnostics![0]!.message).toMatch(/"old\/page\.md" \(Gone\) is no page of the content folder.*from docs\/ \(docs_dir\)/)
  })

  it('reads paths from docs_dir when the content folder is the project folder', () => {
    const inProject = pages.map((page) => navPage(`docs/${page.sourcePath}`, { title: page.title }))
    const read = readMkdocsNav(config, { docsDir: 'docs', navBase: 'docs/' }, inProject)!
    expect(read.main!.entries[0]!.page?.sourcePath).toBe('docs/index.md')
    expect(read.main!.diagnostics).toEqual([])
  })

  it('is no navigation without nav', () => {
    expect(readMkdocsNav({ path: '../mkdocs.yml', text: 'site_name: x\n' }, undefined, pages)).toBeUndefined()
  })
})

describe('importNavigation of an MkDocs source', () => {
  it('makes the main sidebar of nav; a page nav does not list goes under "Other pages"', () => {
    const imported = importNavigation({ source: { tool: 'mkdocs', data: { mkdocs: { docsDir: 'docs', navBase: '' } }, dataFiles: [config] }, pages, defaultSidebar: 'main' })!
    expect(imported.from).toBe('../mkdocs.yml')
    expect(imported.sections).toBe(5)
    const items = imported.file.sidebars[0]!.items
    expect(items.map((item) => ('label' in item && item.label) || ('page' in item && item.page))).toEqual(['Home', 'User Guide', 'About', 'Reference', 'Bug Tracker', 'Other pages'])
    expect(JSON.stringify(items.at(-1))).toContain('about/unlisted.md')
    // navigation.indexes: the Reference group is its index page's, which is listed nowhere else.
    expect(items[3]).toMatchObject({ type: 'group', label: 'Reference', page: 'reference/index.md', items: [{ type: 'page', page: 'reference/blocks-in-lists.md' }] })
    expect(JSON.stringify(items.filter((item) => item !== items[3]))).not.toContain('reference/index.md')
  })
})
