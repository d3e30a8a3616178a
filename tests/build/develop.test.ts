/**
 * `gatsby develop`, as an editor previews a change: the page is served and
 * drawn by its script in Chromium (develop serves an empty shell that the
 * development bundle fills), and a saved edit is served without a restart.
 * The development bundle is webpack's, not the production esbuild one, so
 * browser code that only esbuild understood once left every page blank.
 * The save is made and waited for (until the page serves it) in beforeAll.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureDevelop, type DevelopFigures } from '../../scripts/bench/starlight-develop'
import { GATSBY_CLI } from '../../scripts/lib/site'
import { launchBrowser, newPage } from '../support/browser'
import { inFreshWorkshop } from '../support/fixture-site'
import { coreFile, type SearchManifest } from '../../src/shared/search/format'

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'check-clean')
const SAVED = 'A paragraph saved while develop was running.'

let content: string
let figures: DevelopFigures
const drawn: { heading: string | null; errors: string[]; scriptStatus: number; shellFiles: string[]; removed: number[]; printed: string[]; search: string[]; backlinks: string[][] } = {
  heading: null,
  backlinks: [],
  search: [],
  errors: [],
  scriptStatus: 0,
  shellFiles: [],
  removed: [],
  printed: [],
}

/**
 * A page's data as develop serves it now, or null while develop answers 404: it does so for a moment
 * while it makes a page again after a file changed (its query is not tracked yet, or its file is being rewritten).
 */
async function pageData<T>(origin: string, pagePath: string): Promise<T | null> {
  const response = await fetch(`${origin}/page-data${pagePath}/page-data.json`)
  if (response.status !== 200) return null
  return ((await response.json()) as { result: { data: T } }).result.data
}

/** The titles of the pages in the whole handbook's print view, as develop serves it now (null while it makes it again). */
async function printedTitles(origin: string): Promise<string[] | null> {
  const data = await pageData<{ page: { html: string } }>(origin, '/print')
  return data && [...data.page.html.matchAll(/<h2 class="print-page-title"[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]!)
}

/** What `read` gives once `done` holds (or after a minute): develop serves a page's last data until it has made it again. */
async function once<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 60_000
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'develop-content-'))
  fs.cpSync(FIXTURE, content, { recursive: true })
  figures = await inFreshWorkshop((projectDir) =>
    measureDevelop(
      {
        command: process.execPath,
        args: [GATSBY_CLI, 'develop', '--host', '127.0.0.1', '--port', '{port}'],
        cwd: projectDir,
        // Vitest's NODE_ENV=test would reach Gatsby, which chooses its babel settings by it.
        // Every page missing from the render cache is left for later (src/node/render-later.ts), as a large handbook's are on a first start.
        env: { HANDBOOK_CONTENT_DIR: content, HANDBOOK_TODAY: '2026-12-01', GATSBY_TELEMETRY_DISABLED: '1', NODE_ENV: 'development', HANDBOOK_RENDER_LATER_FROM: '1' },
        urlPath: '/page-data/guide/first/page-data.json',
        file: path.join(content, 'guide', 'first.md'),
        // One save after the first, once settled: served too (Gatsby's schema is not built again then: scripts/gatsby-schema-rebuild.cjs).
        laterSaves: 1,
        whileServing: async (origin) => {
          // The page was rendered when asked for; the pages linking to it are rendered after the development bundle, then it lists them.
          const backlinks = async () => (await pageData<{ page: { backlinks: { url: string }[] } }>(origin, '/guide/first'))?.page.backlinks.map((link) => link.url).sort() ?? []
          drawn.backlinks.push(await once(backlinks, (urls) => urls.length > 0))
          drawn.scriptStatus = (await fetch(`${origin}/commons.js`)).status
          // What the HTML shell's compilation wrote (src/node/lean-develop-bundle.ts).
          drawn.shellFiles = fs.readdirSync(path.join(projectDir, '.cache', 'page-ssr', 'routes'))
          // The search index, built on request (src/node/on-create-dev-server.ts): its manifest, the core file it names, and nothing else.
          const searchFile = async (name: string) => `${name} ${(await fetch(`${origin}/_handbook/search/${name}`)).status}`
          const manifest = (await (await fetch(`${origin}/_handbook/search/manifest.json`)).json()) as SearchManifest
          drawn.search.push(await searchFile('manifest.json'), await searchFile(coreFile(manifest)), await searchFile('ja/manifest.json'), await searchFile('core-0.json'))
          // A page removed while develop runs is no longer served (src/node/source-nodes.ts deletes its node).
          // The print view is made when it is asked for (src/node/create-resolvers.ts), from the handbook as it is then.
          const second = `${origin}/page-data/guide/second/page-data.json`
          drawn.printed.push(
            (
              await once(
                () => printedTitles(origin),
                (titles) => titles !== null,
              )
            )?.join(', ') ?? 'not served',
          )
          drawn.removed.push((await fetch(second)).status)
          fs.rmSync(path.join(content, 'guide', 'second.md'))
          drawn.removed.push(
            await once(
              async () => (await fetch(second)).status,
              (status) => status !== 200,
            ),
          )
          drawn.printed.push(
            (
              await once(
                () => printedTitles(origin),
                (titles) => titles !== null && !titles.includes('Second step'),
              )
            )?.join(', ') ?? 'not served',
          )
          const browser = await launchBrowser()
          try {
            const { page, errors } = await newPage(browser)
            page.on('response', (response) => {
              if (response.status() >= 400) errors.push(`${response.status()} ${new URL(response.url()).pathname}`)
            })
            await page.goto(`${origin}/guide/first`)
            drawn.heading = await page.locator('main h1').first().textContent({ timeout: 60_000 })
            // A failed page resource is listed by its path above; Chromium's own /favicon.ico request (this fixture has no icon) only logs.
            drawn.errors = errors.filter((error) => !error.startsWith('console: Failed to load resource'))
          } finally {
            await browser.close()
          }
        },
      },
      'Before you start',
      SAVED,
    ),
  )
}, 600_000)

afterAll(() => fs.rmSync(content, { recursive: true, force: true }))

describe('gatsby develop', () => {
  it('compiles the development bundle without an error', () => {
    expect(drawn.scriptStatus).toBe(200)
    expect(figures.output).not.toMatch(/ERROR|failed Building development bundle/)
  })

  it('compiles the HTML shell without the page templates, which only server rendering in develop would use', () => {
    expect(drawn.shellFiles).toContain('render-page.js')
    expect(drawn.shellFiles.filter((file) => file.startsWith('component---'))).toEqual([])
  })

  it('stops serving a page whose file is removed, in its place and in the print view', () => {
    expect(drawn.removed).toEqual([200, 404])
    expect(drawn.printed[0]).toContain('Second step')
    expect(drawn.printed[0]).toContain('First step')
    expect(drawn.printed[1]).toContain('First step')
    expect(drawn.printed[1]).not.toContain('Second step')
  })

  it('serves the search index it builds when asked', () => {
    expect(drawn.search).toEqual(['manifest.json 200', expect.stringMatching(/^core-\w+\.json 200$/), 'ja/manifest.json 404', 'core-0.json 404'])
  })

  it('serves a page before the others are rendered, then adds what they say of it', () => {
    // The last lines of the log: the saves' reloads leave their page for later too.
    expect(figures.output).toMatch(/handbook: \d+ pages? left to render: each is rendered when first opened/)
    expect(figures.output).toMatch(/handbook: the pages left to render are rendered, \d+ pages reloaded/)
    expect(drawn.backlinks.at(-1)).toEqual(['/', '/guide', '/guide/second'])
  })

  it('serves a page its script draws in the browser', () => {
    expect(drawn.heading).toBe('First step')
    expect(drawn.errors).toEqual([])
  })
})
