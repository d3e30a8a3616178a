/**
 * GitBook's SUMMARY.md as the navigation, in the shapes GitBook's docs show:
 * nested lists of links, `## Group` headings, links with anchors, links to
 * other sites, and a link to no page (a warning at its line).
 */
import { describe, expect, it } from 'vitest'
import { parseSummary, readGitBookSummary, summaryLabels } from '../../../../src/content/sidebars/import/gitbook-summary'
import type { NavEntry } from '../../../../src/content/sidebars/import/entry'
import { navPage } from './pages'

const tree = (entries: readonly NavEntry[]): unknown[] =>
  entries.map((entry) => (entry.children.length ? { [entry.label]: tree(entry.children) } : entry.page ? `${entry.label} → ${entry.page.sourcePath}` : `${entry.label} → ${entry.href ?? '-'}`))

const SUMMARY = [
  '# Table of contents',
  '',
  '* [Introduction](README.md)',
  '',
  '## Guides',
  '',
  '* [Getting started](guides/start.md)',
  '  * [Install](<guides/install page.md>)',
  '    * [On Windows](guides/install%20page.md#windows)',
  '* [Status](https://status.example.org)',
  '* Reference',
  '  - [API](api/README.md)',
  '',
  '## Help',
  '',
  '* [Retired](retired.md)',
].join('\n')

const pages = [navPage('README.md'), navPage('guides/start.md'), navPage('guides/install page.md'), navPage('api/README.md')]

describe("GitBook's SUMMARY.md", () => {
  it('is read as nested lists under its ## groups, at their lines', () => {
    const items = parseSummary(SUMMARY)
    expect(items.map((item) => [item.label, item.line, item.children.length])).toEqual([
      ['Introduction', 3, 0],
      ['Guides', 5, 3],
      ['Help', 14, 1],
    ])
    expect(items[1]!.children[0]!.children[0]).toMatchObject({ label: 'Install', href: 'guides/install page.md', line: 8 })
    expect(items[1]!.children[0]!.children[0]!.children[0]).toMatchObject({ label: 'On Windows', href: 'guides/install%20page.md#windows' })
  })

  it('is the navigation: pages by their files, anchors and other sites as links, groups as groups', () => {
    const read = readGitBookSummary({ path: 'SUMMARY.md', text: SUMMARY }, pages)
    expect(tree(read.main!.entries)).toEqual([
      'Introduction → README.md',
      { Guides: [{ 'Getting started': [{ Install: ['On Windows → /guides/install-page#windows'] }] }, 'Status → https://status.example.org', { Reference: ['API → api/README.md'] }] },
      'Help → -',
    ])
  })

  it('warns at its line of a link to no page, with the fix, and leaves it out', () => {
    const read = readGitBookSummary({ path: 'SUMMARY.md', text: SUMMARY }, pages)
    expect(read.diagnostics).toHaveLength(1)
    expect(read.diagnostics[0]).toMatchObject({ code: 'navigation-missing-page', file: 'SUMMARY.md', line: 16 })
    expect(read.diagnostics[0]!.message).toMatch(/"retired\.md" \(Retired\) is no page.*write the path of the page's file/)
  })

  it("gives each page its label, from the summary's folder", () => {
    const labels = summaryLabels({ path: 'docs/SUMMARY.md', text: '* [Start](start.md)\n* [Up](../up.md)\n* [Again](start.md#x)' })
    expect([...labels]).toEqual([
      ['docs/start.md', 'Start'],
      ['up.md', 'Up'],
    ])
  })
})
