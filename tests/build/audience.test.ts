/**
 * One content folder, two sites (the `audience` fixture), built in one
 * project copy: the internal site first, with everything and its internal
 * pages marked, then the public site over it, as a company's two deploys
 * from one checkout would run. Every byte of the public build (HTML,
 * page-data, search files, Markdown copies, llms.txt, feeds, sitemap,
 * redirects) is searched for words that only the internal pages, folder,
 * person, team and fields hold; and a public page's link to an internal
 * page is its text in the browser. The render cache is shared by the two
 * builds: the audience is in its key, or the public build would reuse the
 * internal build's pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { mainText, parseHtml } from '../support/html'
import { launchBrowser } from '../support/browser'

/** Words written only in internal pages, the internal folder's page, the internal person and team, and Jane's internal fields. */
const MARKERS = ['zebraquartz', 'fjordmarmot', 'kestrelson', 'oryxbeam', 'nightjarvale', 'skunkworks', 'quokkaville', '555 0142', 'marmalade']

let site: FixtureSite
let internal: { build: BuildResult; pages: Map<string, string> }
let publicBuild: BuildResult

/** Every file under `dir`, by path relative to it. */
function filesUnder(dir: string, relative = ''): string[] {
  return fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = path.posix.join(relative, entry.name)
    return entry.isDirectory() ? filesUnder(dir, child) : [child]
  })
}

beforeAll(async () => {
  site = await fixtureSite('audience', { editable: true, env: { HANDBOOK_AUDIENCE: 'internal' } })
  internal = { build: site.build, pages: site.pages() }
  if (internal.build.code !== 0) console.error(internal.build.output)
  publicBuild = await site.rebuild({ HANDBOOK_AUDIENCE: 'public' })
  if (publicBuild.code !== 0) console.error(publicBuild.output)
})

afterAll(() => site?.dispose())

describe('the internal site', () => {
  it('has every page, person and team, each internal page marked', () => {
    expect(internal.build.code).toBe(0)
    const bands = parseHtml(internal.pages.get('/handbook/zebraquartz-bands')!)
    expect(bands.querySelector('.internal-badge')!.text).toBe('Internal: only on the internal site, never on the public one')
    expect(parseHtml(internal.pages.get('/finance')!).querySelector('.internal-badge')).not.toBeNull()
    expect(parseHtml(internal.pages.get('/finance/expenses')!).querySelector('.internal-badge')).toBeNull()
    const people = mainText(parseHtml(internal.pages.get('/people')!))
    expect(people).toContain('Wombat Kestrelson')
    expect(people).toContain('Quokkaville Harbour')
    expect(internal.pages.has('/teams/skunkworks')).toBe(true)
  })
})

describe('the public site, built after it in the same project copy', () => {
  it('builds, warning at each link to an internal page', () => {
    expect(publicBuild.code).toBe(0)
    expect(site.diagnostics('warning').filter((line) => line.includes('link-internal') || line.includes('internal page'))).toEqual([
      expect.stringMatching(/^handbook\/index\.md:8:\d+: warning: links to handbook\/zebraquartz-bands\.md, an internal page the public site leaves out/),
      expect.stringMatching(/^index\.md:8:\d+: warning: links to handbook\/zebraquartz-bands\.md/),
      expect.stringMatching(/^index\.md:9:\d+: warning: links to finance\/index\.md/),
    ])
  })

  it('holds not one byte of the internal pages, folder, person, team or fields, in any file', () => {
    const files = filesUnder(site.publicDir)
    expect(files.length).toBeGreaterThan(20)
    const found: string[] = []
    for (const file of files) {
      const text = fs.readFileSync(path.join(site.publicDir, file)).toString('latin1').toLowerCase()
      for (const marker of MARKERS) if (text.includes(marker)) found.push(`${file}: ${marker}`)
    }
    expect(found).toEqual([])
    // The kinds of file searched, so a missing one shows.
    for (const kind of [/^index\.html$/, /^page-data\/.+\.json$/, /^_handbook\/search\//, /^index\.md$/, /^llms\.txt$/, /^llms-full\.txt$/, /^sitemap.*\.xml$/, /^changes\.xml$|^feed/])
      expect(
        files.some((file) => kind.test(file)),
        String(kind),
      ).toBe(true)
  })

  it("has no page, redirect or copy at the internal pages' addresses, and keeps the public page of the internal folder", () => {
    expect(site.pages().has('/handbook/zebraquartz-bands')).toBe(false)
    expect(site.pages().has('/finance')).toBe(false)
    expect(site.exists('old-bands-zebraquartz/index.html')).toBe(false)
    expect(site.exists('handbook/zebraquartz-bands.md')).toBe(false)
    expect(site.pages().has('/finance/expenses')).toBe(true)
    expect(site.pages().has('/teams/skunkworks')).toBe(false)
  })

  it('shows Jane without her internal fields, and the platform team without its internal member', () => {
    const people = mainText(site.html('/people'))
    expect(people).toContain('Jane Doe')
    expect(people).toContain('jane@example.com')
    expect(people).not.toMatch(/Quokkaville|555/)
    expect(mainText(site.html('/teams/platform'))).not.toContain('Wombat')
  })

  it('shows a link to an internal page as its text, in the browser', async () => {
    const server = await site.serve()
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await page.goto(`${server.url}/`)
      const bands = page.locator('main .markdown li', { hasText: 'Salary bands' })
      await expect(bands.locator('a').count()).resolves.toBe(0)
      await expect(bands.textContent()).resolves.toBe('Salary bands, for employees only.')
      await expect(page.locator('main .markdown a', { hasText: 'How we work' }).count()).resolves.toBe(1)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
