import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { watchedCache } from '../../support/watched-cache'
import { resolveSettings } from '../../../src/content/settings'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'render-cache-'))
const content = path.join(root, 'content')
const cacheDir = path.join(root, 'cache')
fs.mkdirSync(path.join(content, 'guide'), { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nSee [the guide](guide/a.md#part).\n')
fs.writeFileSync(path.join(content, 'guide', 'a.md'), '# A\n\n## Part\n\nText.\n')
fs.writeFileSync(path.join(content, 'guide', 'b.md'), '# B\n\nBack [home](../index.md).\n')

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const settings = resolveSettings({ contentDir: content }, {}, root)
const load = (version = 'v1') => {
  const watched = watchedCache(fileRenderCache(cacheDir))
  const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: watched.cache, version } })
  return { handbook, counts: watched.counts() }
}

describe('the render cache', () => {
  it('renders every page once, then reuses them with identical results', () => {
    const first = load()
    expect(first.counts).toEqual({ hits: 0, misses: 3 })
    const second = load()
    expect(second.counts).toEqual({ hits: 3, misses: 0 })
    expect(second.handbook.pages.map((p) => p.html)).toEqual(first.handbook.pages.map((p) => p.html))
  })

  it('renders again only the page that changed', () => {
    fs.appendFileSync(path.join(content, 'guide', 'b.md'), '\nMore.\n')
    const { handbook, counts } = load()
    expect(counts).toEqual({ hits: 2, misses: 1 })
    expect(handbook.pages.find((p) => p.sourcePath === 'guide/b.md')!.html).toContain('More.')
  })

  it('renders only the new page when a page is added, and everything again when the renderer changes', () => {
    fs.writeFileSync(path.join(content, 'guide', 'c.md'), '# C\n')
    const added = load()
    expect(added.counts).toEqual({ hits: 3, misses: 1 })
    expect(added.handbook.renderedPages).toBe(1)
    expect(load('v2').counts).toEqual({ hits: 0, misses: 4 })
  })

  it('renders again the pages whose links now find something else: a linked page that moved', () => {
    const b = path.join(content, 'guide', 'b.md')
    const before = fs.readFileSync(b, 'utf8')
    fs.writeFileSync(path.join(content, 'index.md'), '# Home\n\nSee [the guide](guide/a.md#part) and [B](guide/b.md).\n')
    expect(load('v2').counts).toEqual({ hits: 3, misses: 1 })
    fs.writeFileSync(b, `---\nslug: /guide/bee\n---\n${before}`)
    const { handbook } = load('v2')
    // b itself (its text changed) and the home page (its link now finds /guide/bee); a and c are reused.
    expect(handbook.renderedPages).toBe(2)
    expect(handbook.pages.find((p) => p.sourcePath === 'index.md')!.html).toContain('href="/guide/bee"')
  })

  it('keeps only the entries the last run used', () => {
    load('v2')
    expect(fs.readdirSync(cacheDir)).toHaveLength(4)
  })

  it('keeps the pages one process read or rendered in memory, as develop reloads the handbook on every save', () => {
    const cache = fileRenderCache(cacheDir)
    const first = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: cache, version: 'v2' } })
    // Gone from disk (a cleaned cache folder): the same process still has the pages.
    for (const name of fs.readdirSync(cacheDir)) fs.rmSync(path.join(cacheDir, name))
    const watched = watchedCache(cache)
    const again = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', cache: { store: watched.cache, version: 'v2' } })
    expect(watched.counts()).toEqual({ hits: 4, misses: 0 })
    expect(again.renderedPages).toBe(0)
    expect(again.pages.map((p) => p.html)).toEqual(first.pages.map((p) => p.html))
  })
})

describe('the render cache of a GitBook handbook', () => {
  const book = path.join(root, 'book')
  const bookCache = path.join(root, 'book-cache')
  fs.mkdirSync(book, { recursive: true })
  fs.writeFileSync(path.join(book, 'README.md'), '# Home\n\nSee [billing](billing.md).\n')
  fs.writeFileSync(path.join(book, 'billing.md'), 'Clinics are billed by the month.\n')
  const summary = (label: string) => fs.writeFileSync(path.join(book, 'SUMMARY.md'), `# Summary\n\n* [Home](README.md)\n* [${label}](billing.md)\n`)
  const bookSettings = resolveSettings({ contentDir: book }, {}, root)
  const loadBook = () => {
    const watched = watchedCache(fileRenderCache(bookCache))
    const handbook = loadHandbook(bookSettings, { includeDrafts: false, hrefPrefix: '', markdownCopies: true, cache: { store: watched.cache, version: 'v1' } })
    return { handbook, counts: watched.counts() }
  }

  it('renders again the page whose SUMMARY.md label titles it, so its Markdown copy takes the new title', () => {
    summary('Billing codes')
    expect(loadBook().counts).toEqual({ hits: 0, misses: 2 })
    summary('Monthly billing')
    const { handbook, counts } = loadBook()
    expect(counts).toEqual({ hits: 1, misses: 1 })
    const billing = handbook.pages.find((p) => p.sourcePath === 'billing.md')!
    expect(billing.title).toBe('Monthly billing')
    expect(billing.markdownCopy!.split('\n')[0]).toBe('# Monthly billing')
  })
})
