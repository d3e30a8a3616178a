import { describe, expect, it } from 'vitest'
import { hasJustTheDocsNavigation, readJustTheDocs } from '../../../../src/content/sidebars/import/just-the-docs'
import type { NavEntry } from '../../../../src/content/sidebars/import/entry'
import { navPage } from './pages'

const tree = (entries: readonly NavEntry[]): unknown[] => entries.map((entry) => (entry.children.length ? { [entry.label]: tree(entry.children) } : entry.label))

// The theme's documentation's examples: ordering, children, grandchildren, title disambiguation, exclusion.
const pages = [
  navPage('index.md', { title: 'Home', nav_order: 1 }),
  navPage('docs/configuration.md', { title: 'Configuration', nav_order: 2 }),
  navPage('docs/ui/index.md', { title: 'UI Components', nav_order: 3, has_children: true }),
  navPage('docs/ui/buttons.md', { title: 'Buttons', parent: 'UI Components', nav_order: 2 }),
  navPage('docs/ui/labels.md', { title: 'Labels', parent: 'UI Components', nav_order: 1.5 }),
  navPage('docs/ui/overview.md', { title: 'Overview', parent: 'UI Components' }),
  navPage('docs/ui/code.md', { title: 'Code', parent: 'UI Components', nav_order: 'c' }),
  navPage('docs/ui/alerts.md', { title: 'Alerts', parent: 'UI Components', nav_order: 'a' }),
  navPage('docs/ui/line-numbers.md', { title: 'Line numbers', parent: 'Code', grand_parent: 'UI Components' }),
  navPage('docs/utilities/index.md', { title: 'Utilities' }),
  navPage('docs/utilities/overview.md', { title: 'Overview', parent: 'Utilities' }),
  navPage('docs/utilities/details.md', { title: 'Details', parent: 'Overview', grand_parent: 'Utilities' }),
  navPage('docs/utilities/color.md', { title: 'color', parent: 'Utilities' }),
  navPage('docs/utilities/Zebra.md', { title: 'Zebra', parent: 'Utilities' }),
  navPage('docs/internal/index.md', { title: 'Internal', nav_exclude: true }),
  navPage('docs/internal/notes.md', { title: 'Notes', parent: 'Internal' }),
  navPage('docs/internal/more.md', { title: 'More', parent: 'Notes' }),
  navPage('docs/lost.md', { title: 'Lost', parent: 'Nowhere' }),
  navPage('docs/untitled.md'),
]

describe('readJustTheDocs', () => {
  const read = readJustTheDocs(pages, { title: 'Docs' })

  it('is used when a page has a field only the theme gives', () => {
    expect(hasJustTheDocsNavigation(pages)).toBe(true)
    expect(hasJustTheDocsNavigation([navPage('a.md', { title: 'A' })])).toBe(false)
  })

  it('orders numbers, then text, then titles (capitals first); nests by parent title, told apart by grand_parent', () => {
    expect(tree(read.main!.entries)).toEqual([
      'Home',
      'Configuration',
      { 'UI Components': ['Labels', 'Buttons', 'Alerts', { Code: ['Line numbers'] }, 'Overview'] },
      // Details is under the Overview of Utilities only; "Zebra" before "color", as the theme sorts by default.
      { Utilities: [{ Overview: ['Details'] }, 'Zebra', 'color'] },
    ])
  })

  it('sorts titles without case with nav_sort: case_insensitive', () => {
    const insensitive = readJustTheDocs(pages, { nav_sort: 'case_insensitive' })
    expect(tree(insensitive.main!.entries).at(-1)).toEqual({ Utilities: ['color', { Overview: ['Details'] }, 'Zebra'] })
  })

  it('leaves out an excluded page and every page under it; a page without a title is in no entry', () => {
    expect([...read.excluded].sort()).toEqual(['docs/internal/index.md', 'docs/internal/more.md', 'docs/internal/notes.md'])
    expect(JSON.stringify(tree(read.main!.entries))).not.toMatch(/Internal|Notes|More|untitled|Lost/)
  })

  it("warns at its line of a parent that is no page's title", () => {
    expect(read.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'navigation-missing-parent',
        file: 'docs/lost.md',
        line: 3,
        message: 'parent "Nowhere" is the title of no page, so Just the Docs showed this page in no navigation; here it is listed under its folder. Write the title of the page it belongs under',
      },
    ])
  })
})
