/**
 * One content folder, two audiences, loaded without Gatsby (the `audience`
 * fixture): the public build has no internal page, folder, person, team or
 * field anywhere in what the wings get; a link from a public page to an
 * internal one is its text, warned at the link; the internal build has all,
 * its internal pages marked.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkHandbook, loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'

const content = path.resolve('tests/fixtures/audience')
const load = (audience: string) => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: content, HANDBOOK_AUDIENCE: audience, HANDBOOK_TODAY: '2026-12-01' }, content)
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  return { handbook, checks: checkHandbook(handbook, { brokenLinks: 'error' }) }
}

describe('the public audience', () => {
  const { handbook, checks } = load('public')

  it('leaves out the internal pages and the internal folder, but not a public page in it', () => {
    expect(handbook.pages.map((page) => page.sourcePath).sort()).toEqual(['finance/expenses.md', 'handbook/index.md', 'index.md'])
    expect(handbook.pages.every((page) => !page.internal)).toBe(true)
  })

  it('shows a link to an internal page as its text, and warns at the link', () => {
    const home = handbook.pages.find((page) => page.sourcePath === 'index.md')!
    expect(home.html).toContain('<li><span>Salary bands</span>, for employees only.</li>')
    expect(home.html).not.toMatch(/zebraquartz|finance"/)
    const warnings = [...handbook.diagnostics, ...checks].filter((d) => d.code === 'link-internal')
    expect(warnings.map((d) => [d.file, d.line])).toEqual([
      ['handbook/index.md', 8],
      ['index.md', 8],
      ['index.md', 9],
    ])
    expect(warnings[1]!.message).toBe(
      'links to handbook/zebraquartz-bands.md, an internal page the public site leaves out: there the link shows as its text. Link to a public page, or mark this page visibility: internal too',
    )
  })

  it('has no internal person, team or field in the people data, nor any mention of them', () => {
    const text = JSON.stringify({ directory: handbook.directory, pages: handbook.pages.map((page) => [page.html, page.ownerLinks]), generated: handbook.generated })
    for (const marker of ['Zebraquartz', 'Fjordmarmot', 'Kestrelson', 'kestrelson', 'Oryxbeam', 'Nightjarvale', 'skunkworks', 'Quokkaville', '0142']) expect(text, marker).not.toContain(marker)
    const jane = handbook.directory.people.find((person) => person.id === 'jane_doe')!
    expect([jane.email, jane.phone, jane.location]).toEqual(['jane@example.com', undefined, undefined])
    expect(handbook.directory.teams.map((team) => [team.slug, team.members])).toEqual([['platform', ['jane_doe', 'li_wei']]])
    expect(handbook.directory.people.find((person) => person.id === 'li_wei')!.reportsTo).toBeUndefined()
  })

  it('reports no problem of the internal owner or data: they are valid, only not shown', () => {
    expect([...handbook.diagnostics, ...checks].filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('the internal audience', () => {
  const { handbook, checks } = load('internal')

  it('has every page, the internal ones marked, and their links as links', () => {
    expect(
      handbook.pages
        .filter((page) => page.internal)
        .map((page) => page.sourcePath)
        .sort(),
    ).toEqual(['finance/index.md', 'handbook/zebraquartz-bands.md'])
    expect(handbook.pages.length).toBe(5)
    expect(handbook.pages.find((page) => page.sourcePath === 'index.md')!.html).toContain('<a href="/handbook/zebraquartz-bands">Salary bands</a>')
    expect([...handbook.diagnostics, ...checks].filter((d) => d.code === 'link-internal')).toEqual([])
  })

  it('has every person, team and field', () => {
    const jane = handbook.directory.people.find((person) => person.id === 'jane_doe')!
    expect([jane.phone, jane.location]).toEqual(['+1 555 0142', 'Quokkaville Harbour'])
    expect(handbook.directory.teams.map((team) => team.slug)).toEqual(['platform', 'skunkworks'])
  })
})
