import { readFileSync } from 'node:fs'
import { parse as parseHtml, type HTMLElement } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { renderPage, type RenderedPage } from '../../../src/content/markdown/render'
import { prepareMkdocsBlocks } from '../../../src/content/markdown/mkdocs-blocks'
import { createLinkIndex, type Route } from '../../../src/content/links/links'
import { defaultSettings } from '../../../src/content/settings'
import type { SourceTool } from '../../../src/content/source/tool'

const routes: Route[] = [{ sourcePath: 'user-guide/admonitions.md', url: '/user-guide/admonitions' }]
const index = createLinkIndex(routes, () => false)

function render(body: string, sourceTool: SourceTool | undefined = 'mkdocs'): RenderedPage {
  return renderPage({
    body,
    format: 'md',
    link: { from: routes[0]!, index, site: { siteUrl: 'https://example.com', pathPrefix: '' }, hrefPrefix: '' },
    iframeHosts: defaultSettings.iframeHosts,
    ...(sourceTool ? { sourceTool } : {}),
  })
}

const dom = (body: string, sourceTool?: SourceTool): HTMLElement => parseHtml(render(body, sourceTool).html, { blockTextElements: { script: true, style: true } })
const fixture = (name: string) => readFileSync(`tests/fixtures/mkdocs/docs/${name}`, 'utf8')

describe('prepareMkdocsBlocks', () => {
  it('keeps every line where it was: the opening line becomes the directive, the blank line after the block its end', () => {
    const text = ['Before.', '', '!!! note "Title"', '', '    Inside.', '', 'After.'].join('\n')
    const prepared = prepareMkdocsBlocks(text).split('\n')
    expect(prepared).toEqual(['Before.', '', ':::mkdocs-admonition[Title]{kind="note"}', '', 'Inside.', ':::', 'After.'])
  })

  it('gives an outer block a longer fence than the one it holds', () => {
    const prepared = prepareMkdocsBlocks(fixture('user-guide/admonitions.md'))
    expect(prepared).toContain('::::mkdocs-admonition[Nested]{kind="danger"}')
    expect(prepared).toContain(':::mkdocs-admonition[Inner]{kind="info"}')
    expect(prepared.split('\n')).toHaveLength(fixture('user-guide/admonitions.md').split('\n').length)
  })

  it('leaves fenced and indented code as written', () => {
    const text = ['```', '!!! note "Not an admonition"', '    Inside.', '```', '', '    !!! note', '        Indented code.', ''].join('\n')
    expect(prepareMkdocsBlocks(text)).toBe(text)
  })
})

describe("MkDocs pages' Material blocks", () => {
  it('renders admonitions as callouts titled as written, by the kind, or not at all', () => {
    const root = dom(fixture('user-guide/admonitions.md'), 'mkdocs')
    const callouts = root.querySelectorAll('div.callout')
    expect(callouts.map((node) => node.getAttribute('class'))).toEqual(['callout callout-note', 'callout callout-warning', 'callout callout-caution', 'callout callout-note'])
    expect(callouts.map((node) => node.querySelector('.callout-title')?.text ?? null)).toEqual(['Phasellus posuere in sem ut cursus', null, 'Nested', 'Inner'])
    expect(callouts[0]!.text).toContain('Curabitur feugiat')
    // The inner admonition is inside the outer one.
    expect(callouts[2]!.querySelector('div.callout-note')?.text).toContain('Inner text.')
    expect(root.text).toContain('Text after the admonitions.')
    expect(root.text).not.toMatch(/!!!|\?\?\?|:::/)
  })

  it('renders ??? as a closed details box and ???+ as an open one', () => {
    const details = dom(fixture('user-guide/admonitions.md'), 'mkdocs').querySelectorAll('details')
    expect(details.map((node) => [node.querySelector('summary')?.text, node.hasAttribute('open')])).toEqual([
      ['How to add plugins to the Docker image?', false],
      ['Tip', true],
    ])
    expect(details[0]!.text).toContain('Collapsible, closed by default.')
  })

  it('groups tabs that follow each other into one set; ===! starts another; code in a tab stays code', () => {
    const root = dom(fixture('user-guide/content-tabs.md'), 'mkdocs')
    const sets = root.querySelectorAll('div.tabs')
    expect(sets.map((set) => set.querySelectorAll('.tab-label').map((label) => label.text))).toEqual([['C', 'C++'], ['Unordered list'], ['Ordered list']])
    expect(sets[0]!.querySelector('pre code')?.text).toContain('printf("Hello world!\\n");')
    expect(sets[2]!.querySelectorAll('ol li')).toHaveLength(2)
  })

  it('keeps a block in fenced code as written', () => {
    const root = dom(fixture('user-guide/writing-your-docs.md'), 'mkdocs')
    expect(root.querySelector('pre code')?.text).toContain('!!! note "Not an admonition"')
    expect(root.querySelector('div.callout')).toBeNull()
  })

  it('is MkDocs only: in another handbook the lines stay text', () => {
    const root = dom(['!!! note "Title"', '', '    Inside.', ''].join('\n'), 'hugo')
    expect(root.querySelector('div.callout')).toBeNull()
    expect(root.text).toContain('!!! note')
  })
})
