/**
 * The redirects an old tool's configuration lists become the old addresses
 * of their pages: the MkDocs fixture's `redirect_maps` (mkdocs-redirects
 * plugin, written from its README), loaded whole; GitBook's are in
 * tests/unit/source/gitbook.test.ts.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook, redirectsOf } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'

const DOCS = path.resolve(__dirname, '..', '..', 'fixtures', 'mkdocs', 'docs')

describe("MkDocs' redirect_maps, loaded", () => {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: DOCS, HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })

  it("publishes each moved page's old address (an old folder page's too) as a redirect to the page", () => {
    const redirects = redirectsOf(handbook).map(({ from, to }) => ({ from, to }))
    expect(redirects).toEqual([
      { from: '/about/licence', to: '/about/license' },
      { from: '/styling', to: '/user-guide/styling-your-docs' },
    ])
  })

  it('warns at its line of a redirect to another site, with the page to write instead', () => {
    const external = handbook.diagnostics.filter((d) => d.code === 'redirect-external')
    expect(external.map((d) => [d.file, d.line])).toEqual([['../mkdocs.yml', 49]])
    expect(external[0]!.message).toContain('redirect_maps: "chat.md" goes to another site (https://chat.example.com/)')
    expect(handbook.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('keeps nav as the main sidebar', () => {
    expect(handbook.importedNavigation?.from).toBe('../mkdocs.yml')
    expect(handbook.importedNavigation!.sidebars[0]!.items.length).toBeGreaterThan(3)
  })
})
