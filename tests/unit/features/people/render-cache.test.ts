import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { fileRenderCache } from '../../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../../support/watched-cache'
import { resolveSettings } from '../../../../src/content/settings'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'people-cache-'))
const content = path.join(root, 'content')
fs.mkdirSync(content, { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nAsk :person[ana].\n')
fs.writeFileSync(path.join(content, 'plain.md'), '# Plain\n\nNo people here: only text at 10:30.\n')
fs.writeFileSync(path.join(content, 'people.yml'), 'ana:\n  name: Ana Lima\n')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const settings = resolveSettings({ contentDir: content }, {}, root)
function load() {
  const { cache, stored } = watchedCache(fileRenderCache(path.join(root, 'cache')))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v1' } })
  return { handbook, rendered: stored.map((page) => page.html) }
}

describe('the render cache and people.yml', () => {
  it('renders again only the pages that may show people when people.yml changes', () => {
    expect(load().rendered).toHaveLength(2)
    expect(load().rendered).toHaveLength(0)
    fs.writeFileSync(path.join(content, 'people.yml'), 'ana:\n  name: Ana Lima-Souza\n')
    const { rendered, handbook } = load()
    expect(rendered).toEqual([expect.stringContaining('Ana Lima-Souza')])
    expect(handbook.pages.find((p) => p.sourcePath === 'plain.md')!.html).toContain('10:30')
  })
})
