import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadHandbook, loadHandbookInParallel, pageNodeFields, RENDERED_NODE_FIELDS, type Handbook, type PageNodeFields } from '../../../src/content'
import { fileRenderCache } from '../../../src/content/pipeline/render-cache'
import { resolveSettings } from '../../../src/content/settings'
import { contentLibraryFile } from '../../../src/node/library'
import { watchedCache } from '../../support/watched-cache'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'render-later-'))
const content = path.join(root, 'content')
fs.mkdirSync(path.join(content, 'guide'), { recursive: true })
fs.writeFileSync(path.join(content, 'index.md'), '---\ntitle: Home\n---\nSee [the guide](guide/a.md#part).\n')
// Its title is its heading: until it is rendered, the file's name stands in.
fs.writeFileSync(path.join(content, 'guide', 'a.md'), '# A *heading* title\n\nThe first paragraph of A.\n\n## Part\n\nBack [home](../index.md).\n')
fs.writeFileSync(path.join(content, 'guide', 'b.mdx'), '# B\n\nBack [home](../index.md) and to [A](a.md#part).\n')
fs.writeFileSync(path.join(content, 'broken.mdx'), '# Broken\n\nAn {unclosed expression\n')

afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

const settings = resolveSettings({ contentDir: content }, {}, root)
const options = { includeDrafts: false, hrefPrefix: '' }
const entry = { script: contentLibraryFile() }
const full = loadHandbook(settings, options)
const cache = fileRenderCache(path.join(root, 'cache'))
const load = (renderLater?: { from: number }) => {
  const watched = watchedCache(cache)
  const loaded = loadHandbookInParallel(settings, { ...options, cache: { store: watched.cache, version: 'v1' }, ...(renderLater ? { renderLater } : {}) }, entry)
  return loaded.then((handbook) => ({ handbook, counts: watched.counts() }))
}
const pageOf = (handbook: Handbook, sourcePath: string) => handbook.pages.find((page) => page.sourcePath === sourcePath)!
/** What a page takes from its render. */
const rendered = (page: Handbook['pages'][number]) => {
  const { title, titleRuns, titleFrom, description, html, stylesheets, headings, toc, links, anchors } = page
  return { title, titleRuns, titleFrom, description, html, stylesheets, headings, toc, links, anchors }
}

describe('pages left for later (develop)', () => {
  let later: Handbook
  const pendingNodes = new Map<string, PageNodeFields>()
  it('leaves every page missing from the cache unrendered when there are enough of them, and reports none of their problems', async () => {
    later = (await load({ from: 4 })).handbook
    expect(later.renderLater?.pages).toBe(4)
    expect(later.renderedPages).toBe(0)
    expect(later.pages.map((page) => page.html)).toEqual(['', '', '', ''])
    expect(pageOf(later, 'guide/a.md')).toMatchObject({ title: 'A', titleFrom: 'file', toc: [], backlinks: [] })
    // The full load reports the broken page; this one has not rendered it.
    expect(full.diagnostics.map((d) => `${d.file}:${d.line}`)).toContain('broken.mdx:3')
    expect(later.diagnostics).toEqual([])
    for (const page of later.pages) pendingNodes.set(page.sourcePath, pageNodeFields(page))
  })

  it('differs from the full load, in the node of each page, only in the fields develop resolves when the page is asked for, and its backlinks', () => {
    for (const page of full.pages) {
      const rendered = pageNodeFields(page) as Record<string, unknown>
      const pending = pendingNodes.get(page.sourcePath) as Record<string, unknown>
      const differing = Object.keys(rendered).filter((field) => JSON.stringify(rendered[field]) !== JSON.stringify(pending[field]))
      expect(differing.filter((field) => field !== 'backlinks' && !(RENDERED_NODE_FIELDS as readonly string[]).includes(field))).toEqual([])
    }
    // What is compared: guide/a.md's title, description and table of contents come from its render.
    expect(Object.keys(pageNodeFields(pageOf(full, 'guide/a.md')))).toEqual(expect.arrayContaining(['title', 'description', 'toc']))
  })

  it('renders a page when it is asked for, as the whole handbook renders it', () => {
    expect(later.renderLater!.isLeft('guide/a.md')).toBe(true)
    const page = later.renderLater!.page('guide/a.md')!
    expect(page).toBe(pageOf(later, 'guide/a.md'))
    expect(rendered(page)).toEqual(rendered(pageOf(full, 'guide/a.md')))
    expect(page).toMatchObject({ title: 'A heading title', titleFrom: 'heading', description: 'The first paragraph of A.' })
    expect(page.toc.map((entry) => entry.text)).toEqual(['Part'])
    expect(later.renderLater!.isLeft('guide/a.md')).toBe(false)
    expect(later.renderLater!.page('index.md')!.html).toContain('href="/guide/a#part"')
  })

  it('renders the rest into the cache, after which a load renders nothing and is the full load, problems included', async () => {
    // index.md and guide/a.md were rendered when asked for.
    expect(await later.renderLater!.rest()).toBe(2)
    const { handbook, counts } = await load()
    // The page with an error is kept by this process only (RenderCache.setFailed): not a hit of the cache itself.
    expect(counts).toEqual({ hits: 3, misses: 1 })
    expect(handbook.renderedPages).toBe(0)
    expect(handbook.renderLater).toBeUndefined()
    expect(handbook.pages).toEqual(full.pages)
    expect(handbook.diagnostics).toEqual(full.diagnostics)
    expect(pageOf(handbook, 'guide/a.md').backlinks.map((link) => link.url)).toEqual(['/guide/b', '/'])
  })

  it('shows in a print view made on demand the pages left for later, rendered then', async () => {
    const printing = await loadHandbookInParallel(
      settings,
      { ...options, build: true, onDemand: true, cache: { store: fileRenderCache(path.join(root, 'print-cache')), version: 'v1' }, renderLater: { from: 1 } },
      entry,
    )
    expect(printing.renderLater?.isLeft('guide/a.md')).toBe(true)
    const view = printing.generated.find((page) => page.url === '/print')!
    const html = view.htmlOnDemand!()
    expect(html).toContain('The first paragraph of A.')
    expect(printing.renderLater?.isLeft('guide/a.md')).toBe(false)
  })

  it('renders at once when fewer pages than it takes are missing: a save', async () => {
    fs.appendFileSync(path.join(content, 'guide', 'a.md'), '\nSaved.\n')
    const { handbook, counts } = await load({ from: 3 })
    expect(counts).toEqual({ hits: 2, misses: 2 })
    expect(handbook.renderLater).toBeUndefined()
    expect(pageOf(handbook, 'guide/a.md').html).toContain('Saved.')
  })
})
