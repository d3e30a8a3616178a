/**
 * What a Docusaurus site keeps around its docs folder, read as the build
 * reads it (tests/fixtures/docusaurus-site): its sidebars file and
 * `_category_` files as data files, and `static/` served from the site
 * root, so `/img/logo.png` links resolve and are published from there.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSource, sourcePathsToWatch } from '../../../src/content/source/read-source'
import { readContent } from '../../../src/content/load/read-content'
import { prepare } from '../../../src/content/pipeline/prepare'
import { resolveSettings } from '../../../src/content/settings'
import { publishedContentFile } from '../../../src/content/publish/content-file'
import { sourceLine, sourceSummary } from '../../../src/content/source/summary'
import { linkIndexOf, renderInputOf } from '../../../src/content/pipeline/render-jobs'
import { renderPage } from '../../../src/content/markdown/render'

const SITE = path.resolve(__dirname, '..', '..', 'fixtures', 'docusaurus-site')
const DOCS = path.join(SITE, 'docs')
const made: string[] = []
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true })
})

describe('a Docusaurus source (tests/fixtures/docusaurus-site)', () => {
  const source = readSource(DOCS)

  it('is recognised by docusaurus.config.js, its root the site', () => {
    expect(source.tool).toBe('docusaurus')
    expect(source.root).toBe(fs.realpathSync(SITE))
    expect(source.contentPath).toBe('docs')
  })

  it('reads sidebars.ts and the _category_ files as data, for the navigation and the render cache', () => {
    expect(source.dataFiles.map((file) => file.path)).toEqual(['../sidebars.ts', 'guides/_category_.json', 'guides/advanced/_category_.yml'])
    expect(source.dataFiles[0]!.text).toContain('satisfies SidebarsConfig')
    // gatsby develop reloads the navigation when the sidebars file changes.
    expect(sourcePathsToWatch(source)).toEqual([path.join(fs.realpathSync(SITE), 'sidebars.ts')])
  })

  it('serves static/ from the site root: /img/logo.png is static/img/logo.png, published from there', () => {
    expect([...source.files]).toEqual([
      ['img/brand.pdf', 'static/img/brand.pdf'],
      ['img/logo.png', 'static/img/logo.png'],
    ])
    expect(publishedContentFile(DOCS, 'img/logo.png', [], source)).toEqual({ kind: 'copy', source: path.join(fs.realpathSync(SITE), 'static/img/logo.png') })
    expect(sourceLine(sourceSummary({ source, pages: [] }))).toBe('Source: Docusaurus (../sidebars.ts, 2 _category_ files): 2 files beside the content folder')
  })

  it('links and images to /img/… find their files: no missing image or broken link', () => {
    const dir = DOCS
    const content = readContent(dir)
    const prepared = prepare(resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, dir), { includeDrafts: false, hrefPrefix: '' }, content)
    expect(content.files.has('img/logo.png')).toBe(true)
    expect(prepared.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it("puts each page at Docusaurus' address: number prefixes dropped, id: and slug: read as Docusaurus reads them", () => {
    const prepared = prepare(resolveSettings({}, { HANDBOOK_CONTENT_DIR: DOCS }, DOCS), { includeDrafts: false, hrefPrefix: '' }, readContent(DOCS))
    const urls = Object.fromEntries(prepared.routed.map((page) => [page.file.sourcePath, page.url]))
    expect(urls).toMatchObject({
      'tutorial/02-deploy.md': '/tutorial/deploy',
      'api/01-client.md': '/api/client',
      'api/02-errors.md': '/api/error-codes',
      'api/03-webhooks/01-events.md': '/api/webhooks/events',
      'api/03-webhooks/02-verify.md': '/api/webhooks/signatures',
      'guides/markdown.md': '/guides/markdown-features',
      'api/index.md': '/api',
    })
    // Links to the files (./02-deploy.md) and Docusaurus' links between docs (deploy) find the pages at their new addresses.
    const job = prepared.jobs.find((j) => j.sourcePath === 'tutorial/create-a-page.md')!
    const html = renderPage(renderInputOf(job, prepared.context, linkIndexOf(prepared.context), () => ({ problem: 'none' }))).html
    expect(html).toContain('<a href="/tutorial/deploy">deploy your site</a>')
    expect(html).toContain('<a href="/tutorial/deploy">deploy</a>')
    // A fence's title="…" shows over the code, as Docusaurus showed it.
    const client = prepared.jobs.find((j) => j.sourcePath === 'api/01-client.md')!
    const clientHtml = renderPage(renderInputOf(client, prepared.context, linkIndexOf(prepared.context), () => ({ problem: 'none' }))).html
    expect(clientHtml).toMatch(/<figure class="code-block"><p class="code-title">\/src\/client\.js<\/p>\s*<pre/)
  })

  it("finds the pages by the old site's addresses under its routeBasePath (/docs/ by default) and writes their addresses here", () => {
    expect(source.docusaurus).toEqual({ routeBasePath: 'docs', numberPrefixes: true, sidebarLabels: { docs: 'Docs', apiSidebar: 'API reference' } })
    const prepared = prepare(resolveSettings({}, { HANDBOOK_CONTENT_DIR: DOCS }, DOCS), { includeDrafts: false, hrefPrefix: '' }, readContent(DOCS))
    const job = prepared.jobs.find((j) => j.sourcePath === 'api/index.md')!
    const rendered = renderPage(renderInputOf(job, prepared.context, linkIndexOf(prepared.context), () => ({ problem: 'none' })))
    expect(rendered.html).toContain('<a href="/tutorial/deploy">deploy tutorial</a>')
    expect(rendered.html).toContain('<a href="/api/error-codes#retry-codes">error codes</a>')
    expect(rendered.html).toContain('<a href="/intro">docs\' home</a>')
    expect(rendered.links.filter((link) => link.target.kind === 'broken')).toEqual([])
  })

  it("under routeBasePath: / the old addresses are the pages' own, and /docs/… is no address of the site", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-root-')))
    made.push(dir)
    fs.mkdirSync(path.join(dir, 'docs/01-basics'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), "module.exports = { presets: [['classic', { docs: { routeBasePath: '/' } }]] }")
    fs.writeFileSync(path.join(dir, 'docs/01-basics/02-deploy.md'), '# Deploy\n')
    fs.writeFileSync(path.join(dir, 'docs/intro.md'), '# Intro\n\n[Deploy](/basics/deploy) and [not this](/docs/basics/deploy).\n')
    const docs = path.join(dir, 'docs')
    const prepared = prepare(resolveSettings({}, { HANDBOOK_CONTENT_DIR: docs }, docs), { includeDrafts: false, hrefPrefix: '' }, readContent(docs))
    const job = prepared.jobs.find((j) => j.sourcePath === 'intro.md')!
    const rendered = renderPage(renderInputOf(job, prepared.context, linkIndexOf(prepared.context), () => ({ problem: 'none' })))
    expect(rendered.links.map((link) => [link.href, link.target.kind])).toEqual([
      ['/basics/deploy', 'page'],
      ['/docs/basics/deploy', 'broken'],
    ])
  })

  it('reads nothing of static/ through a link, nor a sidebars file that is a link', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-')))
    made.push(dir)
    fs.mkdirSync(path.join(dir, 'docs'))
    fs.mkdirSync(path.join(dir, 'static'))
    fs.writeFileSync(path.join(dir, 'docusaurus.config.js'), 'module.exports = {}')
    fs.writeFileSync(path.join(dir, 'docs/a.md'), '# A')
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'docusaurus-outside-')))
    made.push(outside)
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret')
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'static/secret.txt'))
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'sidebars.js'))
    const linked = readSource(path.join(dir, 'docs'))
    expect(linked.tool).toBe('docusaurus')
    expect([...linked.files.keys()]).toEqual([])
    expect(linked.dataFiles).toEqual([])
  })
})
