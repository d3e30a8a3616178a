/** `_components/` is part of the render-cache key of the `.md` pages that use a component, and only of theirs. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../support/watched-cache'
import { resolveSettings } from '../../../src/content/settings'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'component-cache-'))
const content = path.join(root, 'content')
const cacheDir = path.join(root, 'cache')
fs.mkdirSync(path.join(content, '_components'), { recursive: true })
const component = (label: string) => `export default function Badge({ name }: { name: string }) {\n  return <span className="badge">${label} {name}</span>\n}\n`
fs.writeFileSync(path.join(content, '_components', 'Badge.tsx'), component('Hello'))
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nPlain text.\n')
fs.writeFileSync(path.join(content, 'team.md'), '# Team\n\nLed by <Badge name="Ada" />.\n')

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const settings = resolveSettings({ contentDir: content }, {}, root)
const load = () => {
  const watched = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: watched.cache, version: 'v1' } })
  return { handbook, counts: watched.counts() }
}
const team = (handbook: ReturnType<typeof load>['handbook']) => handbook.pages.find((page) => page.sourcePath === 'team.md')!.html

describe('the render cache and _components/', () => {
  it('renders again the .md page that uses a component when the component changes, and no other', () => {
    const first = load()
    expect(first.counts).toEqual({ hits: 0, misses: 2 })
    expect(team(first.handbook)).toContain('<span class="badge">Hello Ada</span>')
    expect(load().counts).toEqual({ hits: 2, misses: 0 })
    fs.writeFileSync(path.join(content, '_components', 'Badge.tsx'), component('Welcome'))
    const edited = load()
    expect(edited.counts).toEqual({ hits: 1, misses: 1 })
    expect(team(edited.handbook)).toContain('<span class="badge">Welcome Ada</span>')
  }, 60_000)
})
