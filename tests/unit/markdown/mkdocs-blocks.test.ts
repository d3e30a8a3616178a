import { readFileSync } from 'node:fs'
import { parse as parseHtml, type HTMLElement } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import type { RenderedPage } from '../../../src/content/markdown/render'
import { prepareMkdocsBlocks } from '../../../src/content/markdown/mkdocs-blocks'
import type { SourceTool } from '../../../src/content/source/tool'
import { renderToolPage } from '../../support/tool-page'

const render = (body: string, sourceTool: SourceTool | undefined = 'mkdocs'): RenderedPage =>
  renderToolPage(body, { ...(sourceTool ? { sourceTool } : {}), route: { sourcePath: 'user-guide/admonitions.md', url: '/user-guide/admonitions' } })

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

  it('renders admonitions indented under a list item inside that item, and an indented one outside a list as code', () => {
    const root = dom(fixture('reference/blocks-in-lists.md'), 'mkdocs')
    const items = root.querySelector('ol')!.querySelectorAll(':scope > li')
    expect(items).toHaveLength(3)
    expect(items[0]!.querySelector('div.callout-note .callout-title')?.text).toBe('Python 3.8')
    expect(items[0]!.querySelector('div.callout-note')?.text).toContain('needs Python 3.8 or later')
    expect(items[1]!.querySelector('details:not([open]) summary')?.text).toBe('Live reload')
    expect(items[2]!.text.trim()).toBe('Publish it.')
    expect(root.querySelector('ul > li > details[open] summary')?.text).toBe('Info')
    expect(root.querySelector('pre code')?.text).toBe('!!! note\n    Indented code.\n')
    expect(root.text).not.toMatch(/!!! note "|\?\?\?|:::/)
  })

  it("keeps list items' lines where they were, and a fence in a list item as code", () => {
    const text = ['- Item', '', '    !!! note', '        Inside.', '', '- Next', '', '    ```', '    !!! note', '    ```', ''].join('\n')
    const prepared = prepareMkdocsBlocks(text).split('\n')
    expect(prepared.slice(0, 6)).toEqual(['- Item', '', '    :::mkdocs-admonition[]{kind="note"}', '    Inside.', '    :::', '- Next'])
    expect(prepared.slice(6)).toEqual(text.split('\n').slice(6))
  })

  it('shows the ===+ tab first, and nests tabs in admonitions and admonitions in tabs', () => {
    const root = dom(fixture('reference/blocks-in-lists.md'), 'mkdocs')
    const sets = root.querySelectorAll('div.tabs')
    const panels = (set: HTMLElement) => set.querySelectorAll(':scope > section.tab-panel').map((panel) => [panel.querySelector('.tab-label')?.text, panel.classList.contains('tab-default')])
    expect(panels(sets[0]!)).toEqual([
      ['pip', false],
      ['docker', true],
    ])
    // Tabs inside an admonition.
    expect(root.querySelector('div.callout-note')?.querySelector('.callout-title')?.text).toBe('Python 3.8')
    const example = root.querySelectorAll('div.callout').find((node) => node.querySelector('.callout-title')?.text === 'Tabs in an admonition')!
    expect(panels(example.querySelector('div.tabs')!)).toEqual([
      ['Unordered', false],
      ['Ordered', false],
    ])
    // An admonition inside a tab, and the tab after it in the same set.
    expect(panels(sets[2]!)).toEqual([
      ['Admonition in a tab', false],
      ['Plain tab', false],
    ])
    expect(sets[2]!.querySelector('section.tab-panel div.callout-warning .callout-title')?.text).toBe('Careful')
    expect(root.text).toContain('Text after the blocks.')
  })

  it('is MkDocs only: in another handbook the lines stay text', () => {
    const root = dom(['!!! note "Title"', '', '    Inside.', ''].join('\n'), 'hugo')
    expect(root.querySelector('div.callout')).toBeNull()
    expect(root.text).toContain('!!! note')
  })
})
