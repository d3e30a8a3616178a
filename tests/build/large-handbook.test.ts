/**
 * A generated 1,000-page handbook builds, with every page in the output.
 * The time and peak memory are written to test-results/ for the record;
 * speed is measured by `npm run bench`, not asserted here.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, createSiteCopy, projectRoot, readPage, removeSite, type BuildResult, type SiteCopy } from '../support/site'
import { generateHandbook, type GeneratedHandbook } from '../support/generate-handbook'
import { parseHtml } from '../support/html'
import { urlFromSourcePath } from '../../src/content/url'

const PAGES = 1000
let site: SiteCopy
let content: string
let handbook: GeneratedHandbook
let build: BuildResult

beforeAll(async () => {
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-large-'))
  handbook = generateHandbook(content, { pages: PAGES })
  site = createSiteCopy('large')
  build = await buildSite(site, { HANDBOOK_CONTENT_DIR: content })
  if (build.code !== 0) console.error(build.output.slice(-5000))
  const record = { pages: PAGES, buildSeconds: build.durationMs / 1000, peakRssMb: build.peakRssKb ? Math.round(build.peakRssKb / 1024) : null }
  fs.mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, 'test-results', 'large-handbook-build.json'), `${JSON.stringify(record, null, 2)}\n`)
  console.log(`1,000-page handbook: built in ${record.buildSeconds.toFixed(1)} s, peak RSS ${record.peakRssMb} MB`)
})

afterAll(() => {
  removeSite(site)
  fs.rmSync(content, { recursive: true, force: true })
})

function htmlPages(folder: string): number {
  let count = 0
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !['page-data', '_gatsby', '~partytown', '_handbook', 'static'].includes(entry.name)) {
      count += htmlPages(path.join(folder, entry.name))
    } else if (entry.name === 'index.html') count += 1
  }
  return count
}

describe('a generated 1,000-page handbook', () => {
  it('builds', () => {
    expect(build.code).toBe(0)
    expect(handbook.pageCount).toBe(PAGES)
  })

  it('has an HTML page for every Markdown page', () => {
    // Besides the handbook's pages: the 404 page (404/index.html, next to 404.html) and the search page.
    expect(htmlPages(site.publicDir)).toBe(PAGES + 2)
    expect(fs.existsSync(path.join(site.publicDir, 'search', 'index.html'))).toBe(true)
  })

  it('renders a deep page with its sidebar and links', () => {
    const deepest = handbook.files.filter((file) => !file.endsWith('index.md')).sort((a, b) => b.split('/').length - a.split('/').length)[0]!
    const url = urlFromSourcePath(deepest)
    const root = parseHtml(readPage(site, url))
    expect(root.querySelectorAll('h1')).toHaveLength(1)
    expect(root.querySelector('nav[data-sidebar] a[aria-current="page"]')).not.toBeNull()
  })
})
