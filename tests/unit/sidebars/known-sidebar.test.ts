/** Which sidebars a handbook defines, and the `sidebar` fields that name none of them (issue 29). */
import { describe, expect, it } from 'vitest'
import { sidebarsOfFolders, unknownSidebarWarnings, withKnownSidebarFields, type SidebarPageInput } from '../../../src/content/sidebars'

const page = (sourcePath: string, name?: string, line?: number): SidebarPageInput => ({
  sourcePath,
  url: `/${sourcePath.replace(/(?:\/?index)?\.mdx?$/, '')}`,
  title: sourcePath,
  ...(name !== undefined ? { sidebarField: { name, ...(line ? { line } : {}) } } : {}),
})

describe('sidebarsOfFolders', () => {
  it('defines each top-level folder, the default sidebar at the root, and names two or more pages give, in order of first appearance', () => {
    const pages = [page('index.md'), page('handbook/values.md', 'Docs'), page('editing/a.md', 'Writers'), page('editing/b.md', 'writers'), page('team-pages/x.md')]
    expect(sidebarsOfFolders(pages, 'Home')).toEqual(['Home', 'Handbook', 'Editing', 'Team pages', 'Writers'])
  })

  it('does not count a name once per spelling: one page naming a folder in another case adds nothing', () => {
    expect(sidebarsOfFolders([page('handbook/a.md', 'HANDBOOK')], 'Home')).toEqual(['Handbook'])
  })
})

describe('withKnownSidebarFields', () => {
  it('keeps a defined name, takes the defined spelling of one in another case, and drops the rest', () => {
    const pages = [page('a.md', 'Handbook'), page('b.md', 'handbook', 2), page('c.md', 'Docs', 4), page('d.md')]
    const known = withKnownSidebarFields(pages, ['Handbook'])
    expect(known.pages.map((p) => p.sidebarField)).toEqual([{ name: 'Handbook' }, { name: 'Handbook', line: 2 }, undefined, undefined])
    expect(known.pages[2]).not.toHaveProperty('sidebarField')
    expect(known.unknown).toEqual([{ sourcePath: 'c.md', field: { name: 'Docs', line: 4 } }])
  })
})

describe('unknownSidebarWarnings', () => {
  it('names the list a group field picks, and how to define its sidebar', () => {
    const unknown = [{ sourcePath: 'travel/a.md', field: { name: 'Travel', list: 'travel', written: '{navigation: travel}', line: 5 } }]
    expect(unknownSidebarWarnings(unknown, ['Handbook'], new Map([['travel/a.md', 'Handbook']]), 'sidebars.yml')).toEqual([
      {
        severity: 'warning',
        code: 'sidebar-unknown',
        file: 'travel/a.md',
        line: 5,
        message:
          '"sidebar: {navigation: travel}" names a sidebar that sidebars.yml does not define, so the page shows the sidebar "Handbook". Use one of: Handbook, or add a sidebar named "Travel" to sidebars.yml (the list travel becomes the sidebar "Travel")',
      },
    ])
  })
})
