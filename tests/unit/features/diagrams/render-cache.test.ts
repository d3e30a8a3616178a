/**
 * The render cache of pages with diagrams: the renderer's version (and how
 * the wing draws with it) is in the cache key of the pages that have a
 * mermaid block, so a new renderer draws them again, and pages without one
 * stay cache hits.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { fileRenderCache } from '../../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../../support/watched-cache'
import { resolveSettings } from '../../../../src/content/settings'

const renderKey = vi.hoisted(() => ({ value: 'beautiful-mermaid@1.1.3;css-variables;v1' }))
vi.mock('../../../../src/content/features/diagrams/renderer', async (original) => ({
  ...(await original<typeof import('../../../../src/content/features/diagrams/renderer')>()),
  diagramRenderKey: () => renderKey.value,
}))

const content = fs.mkdtempSync(path.join(os.tmpdir(), 'diagram-cache-'))
const cacheDir = path.join(content, '..', `${path.basename(content)}-cache`)
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nPlain.\n')
fs.writeFileSync(path.join(content, 'flow.md'), '# Flow\n\n```mermaid\ngraph TD\n  A --> B\n```\n')

afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true })
  fs.rmSync(cacheDir, { recursive: true, force: true })
})

const load = () => {
  const settings = resolveSettings({ contentDir: content }, {}, content)
  const { cache, hits } = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v1' } })
  return { hit: new Map(handbook.pages.map((page, i) => [page.sourcePath, hits[i]])), html: (file: string) => handbook.pages.find((p) => p.sourcePath === file)!.html }
}

describe('the render cache of pages with diagrams', () => {
  it('draws them again with a new renderer, and leaves the other pages cached', () => {
    expect(load().html('flow.md')).toContain('<svg')
    const same = load()
    expect([same.hit.get('index.md'), same.hit.get('flow.md')]).toEqual([true, true])
    renderKey.value = 'beautiful-mermaid@1.2.0;css-variables;v1'
    const upgraded = load()
    expect([upgraded.hit.get('index.md'), upgraded.hit.get('flow.md')]).toEqual([true, false])
    expect(upgraded.html('flow.md')).toContain('id="mermaid-diagram-1"')
  })
})
