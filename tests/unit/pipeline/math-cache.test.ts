/**
 * The render cache of pages with math: KaTeX's version is in their key, so
 * a KaTeX upgrade draws them again (with the stylesheet of the new version),
 * and the pages without math stay cache hits.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../support/watched-cache'
import { resolveSettings } from '../../../src/content/settings'

let version = '0.16.47'
vi.mock('../../../src/content/features/math/katex-files', async (original) => {
  const actual = await original<typeof import('../../../src/content/features/math/katex-files')>()
  return {
    ...actual,
    get KATEX_VERSION() {
      return version
    },
  }
})

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'math-cache-'))
const content = path.join(root, 'pages')
const cacheDir = path.join(root, '.cache')
fs.mkdirSync(content, { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nPlain.\n')
fs.writeFileSync(path.join(content, 'pay.md'), '# Pay\n\nThe pay is $p = 12 \\times m$.\n')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const load = () => {
  const settings = resolveSettings({ contentDir: content }, {}, root)
  const { cache, hits } = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v1' } })
  return new Map(handbook.pages.map((page, i) => [page.sourcePath, hits[i]]))
}

describe('the render cache of pages with math', () => {
  it("draws them again when KaTeX's version changes, and only them", () => {
    load()
    const same = load()
    expect(same.get('pay.md')).toBe(true)
    version = '0.16.48'
    const upgraded = load()
    expect(upgraded.get('pay.md')).toBe(false)
    expect(upgraded.get('index.md')).toBe(true)
  })
})
