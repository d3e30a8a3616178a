/**
 * The search sections and Markdown copies of pages this thread renders alone,
 * made on a worker beside it (page-outputs.ts): the pages get exactly what
 * rendering them with their outputs gives, errors and all; the render cache
 * keeps them whole, and a worker that fails leaves nothing missing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileRenderCache, loadHandbook, loadHandbookInParallel, type Handbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { OUTPUTS_BESIDE_FROM } from '../../../src/content/pipeline/page-outputs'
import { renderLanes } from '../../../src/content/pipeline/render-workers'
import { generateHandbook } from '../../../scripts/lib/generate-handbook'
import { projectRoot } from '../../../scripts/lib/site'
import { contentLibraryFile, contentLibraryVersion } from '../../../src/node/library'
import { watchedCache } from '../../support/watched-cache'

const PAGES = OUTPUTS_BESIDE_FROM + 20
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-outputs-'))
const content = path.join(dir, 'content')
generateHandbook(content, { pages: PAGES })
// A page with an error among them: reported the same, wherever the outputs are made.
fs.writeFileSync(path.join(content, 'broken.md'), `# Broken\n\n${'> '.repeat(60)}quoted too deeply\n`)
const settings = resolveSettings({ contentDir: content }, {}, projectRoot)
const options = { includeDrafts: false, hrefPrefix: '', markdownCopies: true, searchSections: true } as const
const version = contentLibraryVersion()
const withOutputs = (handbook: Handbook) => handbook.pages.filter((page) => page.markdownCopy !== undefined && page.searchSections !== undefined).length

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('outputs made beside this thread', () => {
  let inline: Handbook
  beforeAll(() => {
    inline = loadHandbook(settings, options)
  })

  it('are what rendering each page with them gives, and are cached with the pages', async () => {
    // This thread renders alone (no render worker below 400 pages), so the outputs go to a worker.
    expect(renderLanes(PAGES + 1).workers).toBe(0)
    expect(withOutputs(inline)).toBe(PAGES + 1)
    expect(inline.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['broken.md'])
    const cacheDir = path.join(dir, 'cache')
    const first = watchedCache(fileRenderCache(cacheDir))
    const handbook = await loadHandbookInParallel(settings, { ...options, cache: { store: first.cache, version } }, { script: contentLibraryFile() })
    expect(first.counts()).toEqual({ hits: 0, misses: PAGES + 1 })
    expect(handbook.pages).toEqual(inline.pages)
    expect(handbook.diagnostics).toEqual(inline.diagnostics)
    expect(first.stored.filter((page) => page.markdownCopy === undefined || page.searchSections === undefined)).toEqual([])

    const second = watchedCache(fileRenderCache(cacheDir))
    const again = await loadHandbookInParallel(settings, { ...options, cache: { store: second.cache, version } }, { script: contentLibraryFile() })
    expect(second.counts().misses).toBeLessThanOrEqual(1)
    expect(again.pages).toEqual(inline.pages)
  }, 120_000)

  it('are made here when the worker cannot start', async () => {
    const handbook = await loadHandbookInParallel(settings, options, { script: path.join(dir, 'no-such-script.js') })
    expect(handbook.pages).toEqual(inline.pages)
  }, 120_000)
})
