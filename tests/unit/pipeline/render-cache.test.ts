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

/** A handbook of `files` in the folder `name` under the test's root, with its settings and a render cache folder beside it. */
function handbookFolder(name: string, files: Record<string, string>) {
  const folder = path.join(root, name)
  fs.mkdirSync(folder, { recursive: true })
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, file), text)
  return { folder, cacheDir: path.join(root, `${name}-cache`), settings: resolveSettings({ contentDir: folder }, {}, root) }
}

describe('renders with problems', () => {
  const {
    folder,
    cacheDir: failingCache,
    settings: failingSettings,
  } = handbookFolder('failing', {
    'index.md': '# Home\n\nSee [the guide](guide.md#nowhere).\n',
    'guide.md': '# Guide\n\nText.\n',
    'broken.mdx': '# Broken\n\nAn {unclosed expression\n',
  })
  const loadWith = (store: ReturnType<typeof fileRenderCache>) => {
    const watched = watchedCache(store)
    const handbook = loadHandbook(failingSettings, { includeDrafts: false, hrefPrefix: '', cache: { store: watched.cache, version: 'v1' } })
    return { handbook, failed: watched.failed, stored: watched.stored.length }
  }
  const problems = (handbook: ReturnType<typeof loadHandbook>) => handbook.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity} ${d.code}`)

  it('are kept by the process that made them, and reported again from there by each of its loads', () => {
    const store = fileRenderCache(failingCache)
    const first = loadWith(store)
    expect(problems(first.handbook)).toEqual(['broken.mdx:3: error syntax'])
    expect(first.failed).toEqual({ kept: 1, found: 0 })
    expect(first.handbook.renderedPages).toBe(3)
    // develop's next reload: nothing rendered, the same problems reported.
    const again = loadWith(store)
    expect(again.failed).toEqual({ kept: 0, found: 1 })
    expect(again.handbook.renderedPages).toBe(0)
    expect(again.handbook.diagnostics).toEqual(first.handbook.diagnostics)
  })

  it('are never written: a new process renders them again and reports them as it does', () => {
    expect(fs.readdirSync(failingCache)).toHaveLength(2)
    const fresh = loadWith(fileRenderCache(failingCache))
    expect(fresh.handbook.renderedPages).toBe(1)
    expect(fresh.failed).toEqual({ kept: 1, found: 0 })
    expect(problems(fresh.handbook)).toEqual(['broken.mdx:3: error syntax'])
  })

  it('are rendered again when the page changes', () => {
    const store = fileRenderCache(failingCache)
    loadWith(store)
    fs.writeFileSync(path.join(folder, 'broken.mdx'), '# Broken\n\nAn {unclosed expression\n\nMore.\n')
    const changed = loadWith(store)
    expect(changed.handbook.renderedPages).toBe(1)
    expect(problems(changed.handbook)).toEqual(['broken.mdx:3: error syntax'])
  })
})

describe('the render cache of a GitBook handbook', () => {
  const { folder: book, cacheDir: bookCache, settings: bookSettings } = handbookFolder('book', { 'README.md': '# Home\n\nSee [billing](billing.md).\n', 'billing.md': 'Clinics are billed by the month.\n' })
  const summary = (label: string) => fs.writeFileSync(path.join(book, 'SUMMARY.md'), `# Summary\n\n* [Home](README.md)\n* [${label}](billing.md)\n`)
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
