/**
 * A generated 1,000-page handbook builds, with every page in the output, all
 * in one sidebar (the heaviest case for navigation). The time and peak
 * memory are written to test-results/ for the record; speed is measured by
 * `npm run bench`, not asserted here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import type { GeneratedHandbook } from '../../scripts/lib/generate-handbook'
import type { BuildResult, FixtureSite } from '../support/fixture-site'
import { generatedSite } from '../support/generated-site'
import { parseHtml } from '../support/html'
import { urlFromSourcePath } from '../../src/content/links/url'
import { launchBrowser } from '../support/browser'

const PAGES = 1000
let site: FixtureSite
let handbook: GeneratedHandbook
let build: BuildResult

beforeAll(async () => {
  ;({ site, handbook } = await generatedSite(PAGES))
  build = site.build
  if (build.code !== 0) console.error(build.output.slice(-5000))
  const record = { pages: PAGES, buildSeconds: build.durationMs / 1000, peakRssMb: build.peakRssKb ? Math.round(build.peakRssKb / 1024) : null }
  fs.mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, 'test-results', 'large-handbook-build.json'), `${JSON.stringify(record, null, 2)}\n`)
  console.log(`1,000-page handbook: built in ${record.buildSeconds.toFixed(1)} s, peak RSS ${record.peakRssMb} MB`)
})

describe('a generated 1,000-page handbook', () => {
  it('builds', () => {
    expect(build.code).toBe(0)
    expect(handbook.pageCount).toBe(PAGES)
  })

  it("starts Gatsby's worker at once, as Gatsby does, for a handbook this large (scripts/gatsby-lazy-workers.cjs)", () => {
    expect(build.output).toMatch(/^success run queries in workers - /m)
    expect(build.output).not.toMatch(/run queries in this process/)
  })

  it('has an HTML page for every Markdown page', () => {
    // Besides the handbook's pages: the 404 page (404/index.html, next to 404.html), the search page and /changes.
    expect(site.pages().size).toBe(PAGES + 3)
    expect(fs.existsSync(path.join(site.publicDir, 'search', 'index.html'))).toBe(true)
  })

  it('renders a deep page with its sidebar and links', () => {
    const deepest = handbook.files.filter((file) => !file.endsWith('index.md')).sort((a, b) => b.split('/').length - a.split('/').length)[0]!
    const url = urlFromSourcePath(deepest)
    const root = parseHtml(site.page(url))
    expect(root.querySelectorAll('h1')).toHaveLength(1)
    expect(root.querySelector('nav[data-sidebar] a[aria-current="page"]')).not.toBeNull()
  })

  it('keeps a 1,000-page sidebar out of each page: closed groups load their pages when opened', async () => {
    const deepest = handbook.files.filter((file) => !file.endsWith('index.md')).sort((a, b) => b.split('/').length - a.split('/').length)[0]!
    const url = urlFromSourcePath(deepest)
    const html = site.page(url)
    const nav = parseHtml(html).querySelector('nav[data-sidebar]')!
    expect(nav.outerHTML.length).toBeLessThan(30_000)
    expect(nav.querySelectorAll('a').length).toBeLessThan(150)
    const dataUrl = nav.getAttribute('data-sidebar-src')!
    expect(fs.existsSync(path.join(site.publicDir, dataUrl))).toBe(true)

    const server = await site.serve()
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(`${server.url}${encodeURI(url)}`)
      await expect(page.locator('[data-sidebar] a[aria-current="page"]').isVisible()).resolves.toBe(true)
      const closed = page.locator('[data-sidebar] .sb-group[data-collapsed]:has(> [data-sidebar-lazy]) > .sb-group-row > [data-sidebar-toggle]').first()
      const controls = (await closed.getAttribute('aria-controls'))!
      await closed.click()
      const links = page.locator(`#${controls} > .sb-list > li a.sb-link`)
      await links.first().waitFor()
      // Located by what it controls: the selector above no longer matches an opened group.
      await expect(page.locator(`[aria-controls="${controls}"]`).getAttribute('aria-expanded')).resolves.toBe('true')
      expect(await links.count()).toBeGreaterThan(0)
      const href = (await links.first().getAttribute('href'))!
      await links.first().click()
      await page.waitForURL((address) => address.pathname === encodeURI(href))
      await expect(page.locator('[data-sidebar] a[aria-current="page"]').getAttribute('href')).resolves.toBe(href)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})
