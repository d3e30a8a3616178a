/**
 * A pull request's worst (issue 24), the half that must still build: raw
 * HTML, Markdown links, titles, settings, people and team data, an SVG and
 * commit subjects that try to run script, leave the site or wear its layout
 * (tests/fixtures/hostile). The build succeeds; no published file holds
 * anything that could act (a search of every file), and in Chromium no
 * page of the site runs a payload or registers a service worker, search
 * results included. The refused half is hostile-refused.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaticServer } from '../../scripts/lib/static-server'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { git } from '../support/git'
import { MARKER, activeContentIn } from '../support/active-content'
import { launchBrowser, newPage } from '../support/browser'
import { parseHtml } from '../support/html'

let site: FixtureSite
let build: BuildResult

/** Commit subjects are content too: markup, and a subject that dresses up as a second, later commit. */
function commitHostileHistory(content: string): void {
  const commit = (subject: string, date: string) => {
    const as = { date, author: 'Mallory <b>', email: 'm@acme.test' }
    git(content, ['add', '-A'], as)
    git(content, ['commit', '-q', '-m', subject], as)
  }
  git(content, ['init', '-q'])
  commit("Start <script>alert('PWNED-commit')</script>", '2026-11-01T10:00:00Z')
  fs.appendFileSync(path.join(content, 'guide', 'index.md'), '\nMore.\n')
  commit('Edit the guide\u001f2100-01-01T00:00:00Z\u001fForged\n\ncommit 0000000\nDate: 2100-01-01\n<img src=x onerror=alert(1)>', '2026-11-20T10:00:00Z')
}

beforeAll(async () => {
  site = await fixtureSite('hostile', { prepare: commitHostileHistory })
  build = site.build
})

describe('a hostile handbook that builds', () => {
  it('builds', () => {
    if (build.code !== 0) console.error(build.output.slice(-4000))
    expect(build.code).toBe(0)
  })

  it('publishes nothing that could run script or leave the site', () => {
    expect(activeContentIn(site.publicDir)).toEqual([])
  })

  it('keeps the text of what it removed, and none of the layout an overlay asked for', () => {
    const page = parseHtml(site.page('/guide/raw-html/'))
    const overlay = page.querySelectorAll('main .markdown a').find((a) => (a.getAttribute('href') ?? '').includes('PWNED-overlay'))
    expect(overlay?.text).toBe('an overlay')
    expect(overlay?.getAttribute('class')).toBeUndefined()
    expect(overlay?.getAttribute('style')).toBeUndefined()
    expect(page.querySelector('main h1')?.text).toBe('Raw HTML')
    // A link whose address was removed is its text, not a link that does nothing.
    const links = page.querySelectorAll('main .markdown a').map((a) => a.text)
    for (const text of ['a javascript link', 'a mixed-case javascript link', 'an entity-encoded javascript link', 'a data link']) {
      expect(links, text).not.toContain(text)
      expect(page.querySelector('main .markdown')?.text, text).toContain(text)
    }
    // A title keeps only em/strong/code/sub/sup: an image tag in it is no element anywhere (heading, window title,
    // Markdown copy), and the editor is told at the title's line that it shows as text only.
    const guide = parseHtml(site.page('/guide/'))
    expect(guide.querySelector('main h1')?.text).toBe('Guide')
    expect(guide.querySelector('main h1 img')).toBeNull()
    expect(guide.querySelector('title')?.text).toMatch(/^Guide\b/)
    expect(build.output).toMatch(/guide\/index\.md:2(?::\d+)?: warning: the title shows <img> as its text only/)
    const copy = fs.readFileSync(path.join(site.publicDir, 'guide.md'), 'utf8')
    expect(copy).toContain('# Guide\n')
    expect(copy).not.toMatch(/(?<!\\)<img src=x/)
    expect(fs.readFileSync(path.join(site.publicDir, 'llms.txt'), 'utf8')).not.toMatch(/(?<!\\)<(img|script)/)
  })

  it('lists commits by their git dates, their subjects as text', () => {
    const changes = site.page('/changes/')
    expect(changes).not.toMatch(/datetime="2100/)
    expect(site.page('/guide/')).not.toMatch(/datetime="2100/)
    expect(fs.readFileSync(path.join(site.publicDir, 'changes.xml'), 'utf8')).not.toMatch(/<updated>2100/)
    // One entry per commit: a subject cannot forge a second one.
    expect(parseHtml(changes).querySelectorAll('.change')).toHaveLength(2)
    expect(parseHtml(changes).querySelector('main')?.text).toContain("Start <script>alert('PWNED-commit')</script>")
  })
})

describe('the hostile handbook in Chromium', () => {
  let browser: Browser
  let server: StaticServer
  const pages = () =>
    fs
      .readdirSync(site.publicDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html') || file === '404.html')
      .map((file) => `/${file.replace(/index\.html$/, '')}`)

  beforeAll(async () => {
    browser = await launchBrowser()
    server = await site.serve()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('runs no payload and registers no service worker on any page', async () => {
    const { context, page } = await newPage(browser)
    const ran: string[] = []
    // A payload that gets through calls alert(), or writes the marker where the page's title was.
    page.on('dialog', (dialog) => {
      ran.push(`${page.url()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    const visited = pages()
    expect(visited.length).toBeGreaterThan(8)
    for (const url of visited) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' })
      await page.waitForTimeout(100)
      // Hovering and focusing everything in the article fires what handlers slipped through.
      for (const element of await page.locator('main *').all()) await element.dispatchEvent('mouseover').catch(() => {})
      const state = await page.evaluate(async () => ({
        workers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
        title: document.title,
      }))
      expect(state.workers, url).toBe(0)
      expect(state.title.startsWith(MARKER), url).toBe(false)
    }
    // Search results show what matched as text.
    await page.goto(`${server.url}/search?q=searchable-hostile-term`, { waitUntil: 'load' })
    await page.waitForTimeout(1000)
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, the text a reader sees (not the DOM property)
    expect(await page.locator('main').innerText()).toContain('Links')
    expect(ran).toEqual([])
    await context.close()
  })
})
