/**
 * The render cache of an Eleventy handbook: what a page's Liquid reads
 * around the content folder (`_data/`, `_includes/`, the shortcode mapping)
 * is in the cache key of the pages that run Liquid, so editing one renders
 * them again with the change, and pages without Liquid stay cache hits.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../support/watched-cache'
import { resolveSettings } from '../../../src/content/settings'
import { loadSettingsFile } from '../../../src/content/load/settings-file'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'liquid-cache-'))
const content = path.join(root, 'pages')
const cacheDir = path.join(root, '.cache')
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  fs.writeFileSync(path.join(root, file), text)
}
write('_data/team.yml', 'lead: Ada\n')
write('_includes/note.html', 'Ask {{ team.lead }}.\n')
write('pages/index.md', '# Home\n\nPlain.\n')
write('pages/team.md', '# Team\n\nOur lead is {{ team.lead }}.\n')
write('pages/help.md', '# Help\n\n{% include "note.html" %}\n\n{% chat "ops" %}\n')

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const load = () => {
  // As the build does: handbook.yml's settings, then the content folder.
  const settings = resolveSettings({ ...loadSettingsFile(content).config, contentDir: content }, {}, root)
  const { cache, hits } = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v1' } })
  const hit = new Map(handbook.pages.map((page, i) => [page.sourcePath, hits[i]]))
  return { hit, html: (sourcePath: string) => handbook.pages.find((p) => p.sourcePath === sourcePath)!.html }
}

describe('the render cache of pages that run Liquid', () => {
  it('renders a data change again on the pages that read data, the others from the cache', () => {
    const first = load()
    expect(first.html('team.md')).toContain('Our lead is Ada.')
    expect(first.html('help.md')).toContain('Ask Ada.')
    write('_data/team.yml', 'lead: Grace\n')
    const second = load()
    expect(second.hit.get('index.md')).toBe(true)
    expect(second.hit.get('team.md')).toBe(false)
    expect(second.html('team.md')).toContain('Our lead is Grace.')
    expect(second.html('help.md')).toContain('Ask Grace.')
  })

  it('renders an include change again', () => {
    write('_includes/note.html', 'Write to {{ team.lead }}.\n')
    const third = load()
    expect(third.hit.get('help.md')).toBe(false)
    expect(third.html('help.md')).toContain('Write to Grace.')
    expect(third.hit.get('index.md')).toBe(true)
  })

  it('renders a mapping change in handbook.yml again', () => {
    expect(load().html('help.md')).toContain('shortcode-unknown')
    write('pages/handbook.yml', 'shortcodes:\n  chat: { template: "[#{0}](https://chat.example/{0})" }\n')
    const fourth = load()
    expect(fourth.hit.get('help.md')).toBe(false)
    expect(fourth.html('help.md')).toContain('<a href="https://chat.example/ops">#ops</a>')
  })
})
