/**
 * Backlinks and the render cache: a page's backlinks come from the other
 * pages' links after rendering, so when A gains a link to B, B is still a
 * cache hit (its text did not change) and its backlinks change all the same.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../support/watched-cache'
import { resolveSettings } from '../../../src/content/settings'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'backlinks-cache-'))
const content = path.join(root, 'content')
const cacheDir = path.join(root, 'cache')
fs.mkdirSync(path.join(content, 'guide'), { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nStart with [A](guide/a.md).\n')
fs.writeFileSync(path.join(content, 'guide', 'a.md'), '---\ntitle: Page A\n---\n\n# A\n\n## Setup\n\nNothing yet.\n')
fs.writeFileSync(path.join(content, 'guide', 'b.md'), '# B\n\nText.\n')

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const settings = resolveSettings({ contentDir: content }, {}, root)
const load = () => {
  const { cache, hits } = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v1' } })
  const hit = new Map(handbook.pages.map((page, i) => [page.sourcePath, hits[i]]))
  return { handbook, hit, page: (sourcePath: string) => handbook.pages.find((p) => p.sourcePath === sourcePath)! }
}

describe('backlinks with the render cache', () => {
  it('lists the pages whose body links here, with the section, from the file lines (frontmatter included)', () => {
    const first = load()
    expect(first.page('guide/a.md').backlinks).toEqual([{ url: '/', title: 'Home' }])
    expect(first.page('guide/b.md').backlinks).toEqual([])
  })

  it('when A gains a link to B, B is a cache hit and its backlinks change', () => {
    fs.appendFileSync(path.join(content, 'guide', 'a.md'), '\nSee [B](b.md).\n')
    const second = load()
    expect(second.hit.get('guide/b.md')).toBe(true)
    expect(second.hit.get('guide/a.md')).toBe(false)
    expect(second.page('guide/b.md').backlinks).toEqual([{ url: '/guide/a', title: 'Page A', section: { heading: 'Setup', anchor: 'setup' } }])
    // And loaded again, all from the cache, the same.
    const third = load()
    expect([...third.hit.values()].every(Boolean)).toBe(true)
    expect(third.page('guide/b.md').backlinks).toEqual(second.page('guide/b.md').backlinks)
  })

  it('when the link goes, the backlink goes, B still a cache hit', () => {
    const a = path.join(content, 'guide', 'a.md')
    fs.writeFileSync(a, fs.readFileSync(a, 'utf8').replace('\nSee [B](b.md).\n', ''))
    const fourth = load()
    expect(fourth.hit.get('guide/b.md')).toBe(true)
    expect(fourth.page('guide/b.md').backlinks).toEqual([])
  })
})
