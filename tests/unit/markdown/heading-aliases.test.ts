import { describe, expect, it } from 'vitest'
import { compile } from '@mdx-js/mdx'
import { renderPage, type RenderInput, type RenderedPage } from '../../../src/content/markdown/render'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import { headingSourceOf } from '../../../src/content/markdown/heading-aliases'
import { createLinkIndex, type Route } from '../../../src/content/links/links'
import { sectionsFromHtml } from '../../../src/content/features/search/extract'
import { markdownCopyOf } from '../../../src/content/features/markdown-copy/page-copy'
import type { SourceTool } from '../../../src/content/source/tool'
import { NO_PEOPLE } from '../../support/people'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { sanitizeTree } from '../../../src/content/markdown/sanitize'

const routes: Route[] = [{ sourcePath: 'launching-software/infrastructure.md', url: '/launching-software/infrastructure' }]
const index = createLinkIndex(routes, () => false)
const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '' }

function render(body: string, sourceTool?: SourceTool, format: RenderInput['format'] = 'md'): RenderedPage {
  return renderPage({ body, format, link: { from: routes[0]!, index, site, hrefPrefix: '' }, iframeHosts: [], ...(sourceTool ? { sourceTool } : {}) })
}

// From the 18F handbook (launching-software/infrastructure.md), whose own links say #cloud-gov and #other-people-s-money.
const INFRASTRUCTURE = `Deploy to [cloud.gov](#cloud-gov) unless [the money](#other-people-s-money) says otherwise.

## Options

#### cloud.gov

Text.

#### Other people's money

Text.
`

describe('heading aliases: the ids of the generator a handbook came from', () => {
  it("puts Eleventy's id in an empty span just before the heading, inside its wrapper, and lists it among the anchors", () => {
    const page = render(INFRASTRUCTURE, 'eleventy')
    expect(page.html).toContain('<div class="heading-wrapper level-h4"><span id="cloud-gov"></span><h4 id="cloudgov">cloud.gov</h4>')
    expect(page.html).toContain('<span id="other-people-s-money"></span><h4 id="other-peoples-money">')
    expect(page.anchors).toEqual(expect.arrayContaining(['cloud-gov', 'other-people-s-money', 'cloudgov', 'other-peoples-money']))
    // Headings and the table of contents keep our ids.
    expect(page.headings.map((h) => h.id)).toEqual(['options', 'cloudgov', 'other-peoples-money'])
    expect(page.toc.map((h) => h.id)).toEqual(['options'])
    // "Options" is the same id under both: no alias.
    expect(page.html).not.toContain('<span id="options">')
    // The span is one the page sanitizer allows as it is.
    expect(toHtml(sanitizeTree(fromHtml('<span id="cloud-gov"></span>', { fragment: true })))).toBe('<span id="cloud-gov"></span>')
  })

  it('adds nothing without a source tool, or for a heading whose id was set by hand', () => {
    expect(render(INFRASTRUCTURE).html).not.toContain('<span id=')
    expect(render(INFRASTRUCTURE).anchors).not.toContain('cloud-gov')
    const explicit = render('## cloud.gov {#cloud}\n', 'eleventy')
    expect(explicit.html).not.toContain('<span id=')
    expect(explicit.anchors).toEqual(['cloud'])
  })

  it('adds no alias that another element of the page already has, nor the same alias twice', () => {
    const clash = render('<div id="cloud-gov">Box</div>\n\n## cloud.gov\n', 'eleventy')
    expect(clash.html).not.toContain('<span id="cloud-gov">')
    expect(clash.html.match(/id="cloud-gov"/g)).toHaveLength(1)
    // Our id of the second heading is the old id of the first: the heading keeps it, no span takes it.
    const taken = render('## cloud.gov\n\n## cloud-gov\n', 'eleventy')
    expect(taken.headings.map((h) => h.id)).toEqual(['cloudgov', 'cloud-gov'])
    expect(taken.html.match(/id="cloud-gov"/g)).toHaveLength(1)
    // Eleventy numbered the second one cloud-gov-1: that alias is free.
    expect(taken.html).toContain('<span id="cloud-gov-1"></span><h2 id="cloud-gov">')
  })

  it("follows each tool's rules: Jekyll's kramdown, Hugo's heading as written", () => {
    expect(render('## 508 -- Accessibility\n', 'jekyll').anchors).toEqual(['508--accessibility', '508----accessibility'])
    const hugo = render('## _Read_ the docs\n\n> ## Quoted `code` ##\n', 'hugo')
    expect(hugo.anchors).toEqual(['_read_-the-docs', 'read-the-docs', 'quoted-code'])
    // Text first: a GitBook page that begins with `##` takes that heading as its title (title-heading.ts).
    expect(render('Intro.\n\n## cloud.gov\n', 'gitbook').anchors).toEqual(['cloud-gov', 'cloudgov'])
  })

  it('leaves search sections and the Markdown copy as they are without aliases', () => {
    const plain = render(INFRASTRUCTURE)
    const aliased = render(INFRASTRUCTURE, 'eleventy')
    expect(aliased.html).not.toBe(plain.html)
    expect(sectionsFromHtml(aliased.html)).toEqual(sectionsFromHtml(plain.html))
    const copy = (page: RenderedPage) => markdownCopyOf('Infrastructure', page.html, routes[0]!.url, site)
    expect(copy(aliased)).toEqual(copy(plain))
    expect(copy(aliased)).toContain('#### cloud.gov')
  })

  it('works the same in .mdx, where the build reads the page and where the compiler renders it', async () => {
    const body = '## cloud.gov\n\nSee [cloud.gov](#cloud-gov).\n'
    expect(render(body, 'eleventy', 'mdx').anchors).toEqual(['cloud-gov', 'cloudgov'])
    const path = '/content/launching-software/infrastructure.mdx'
    const manifest: RouteManifest = { site, hrefPrefix: '', routes, files: [], people: NO_PEOPLE, mdx: { [path]: { sourcePath: routes[0]!.sourcePath, url: routes[0]!.url } }, sourceTool: 'eleventy' }
    const compiled = String(await compile({ value: body, path }, { ...handbookMdxPlugins(() => manifest), development: false }))
    expect(compiled).toMatch(/_jsx\(_components\.span, \{\s*id: "cloud-gov"\s*\}\), _jsx\(_components\.h2, \{\s*id: "cloudgov"/)
    const withoutTool = String(await compile({ value: body, path }, { ...handbookMdxPlugins(() => ({ ...manifest, sourceTool: undefined })), development: false }))
    expect(withoutTool).not.toContain('"cloud-gov"')
  })
})

describe('headingSourceOf', () => {
  const lines = ['# Title #', '', '> ## _Read_ the [docs](https://gohugo.io) {.big}', '', 'Setext', 'heading', '======', '', '{{% include "x.md" %}}']
  it('reads an ATX heading after its marks, and the last line of a setext one', () => {
    expect(headingSourceOf(lines, { start: { line: 1, column: 1 }, end: { line: 1, column: 10 } })).toBe('Title')
    expect(headingSourceOf(lines, { start: { line: 3, column: 3 }, end: { line: 3, column: 50 } })).toBe('_Read_ the [docs](https://gohugo.io)')
    expect(headingSourceOf(lines, { start: { line: 5, column: 1 }, end: { line: 7, column: 7 } })).toBe('heading')
  })

  it('knows nothing where the position points at no heading (one brought in by an include)', () => {
    expect(headingSourceOf(lines, { start: { line: 9, column: 1 }, end: { line: 9, column: 1 } })).toBeUndefined()
    expect(headingSourceOf(lines, undefined)).toBeUndefined()
  })
})
