import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook, loadHandbookInParallel } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { generateHandbook } from '../../../scripts/lib/generate-handbook'
import { projectRoot } from '../../../scripts/lib/site'
import { workerCount } from '../../../src/content/pipeline/render-workers'
import { contentLibraryFile } from '../../../src/node/library'

// 200 pages: the fewest for which loadHandbookInParallel starts two workers (one per hundred pages, at least two),
// which is all this comparison needs; 300 rendered a third more on both sides and started no more on 2 cores.
const PAGES = 200
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-workers-'))
generateHandbook(dir, { pages: PAGES })
fs.writeFileSync(path.join(dir, 'broken.mdx'), '# Broken\n\nAn {unclosed expression\n')

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('rendering on worker threads', () => {
  it('gives exactly what rendering on this thread gives, errors included', async () => {
    const settings = resolveSettings({ contentDir: dir }, {}, projectRoot)
    const options = { includeDrafts: false, hrefPrefix: '/docs' }
    const here = loadHandbook(settings, options)
    // Workers run the library bundle, as in the build and `npm run check` (ESM-only packages such as @mdx-js/mdx's are inlined there).
    const entry = { script: contentLibraryFile() }
    const there = await loadHandbookInParallel(settings, options, entry)
    // Else the pages were rendered on this thread too, and the comparison below could not fail.
    expect(workerCount(PAGES + 1)).toBeGreaterThanOrEqual(2)
    expect(there.pages).toHaveLength(PAGES + 1)
    expect(there.pages).toEqual(here.pages)
    expect(there.diagnostics).toEqual(here.diagnostics)
    expect(there.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['broken.mdx:3'])
  }, 60_000)
})
