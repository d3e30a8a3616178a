/**
 * Mermaid blocks drawn in pages, through the whole page pipeline: ` ```mermaid `
 * fences in `.md` and `.mdx` (compiled by MDX and rendered by React, as
 * Gatsby does), Hugo's `{{< mermaid >}}`, GitBook's plain fences; ids unique
 * per page and the same build after build; the source kept under the SVG.
 */
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { linkIndexOf, runRenderJob } from '../../../../src/content/pipeline/render-jobs'
import { renderContext } from '../../../support/render-context'
import { handbookMdxPlugins, type RouteManifest } from '../../../../src/content/markdown/mdx'
import { NO_PEOPLE } from '../../../support/people'
import { drawDiagrams } from '../../../../src/content/features/diagrams/rehype-diagrams'
import { fromHtml } from 'hast-util-from-html'
import { markdownPlugins } from '../../../../src/content/features'

// pre's children parsed as elements (node-html-parser keeps a pre as text by default).
const parseHtml = (text: string) => parse(text, { blockTextElements: { script: true, style: true } })

const routes = [{ sourcePath: 'process.md', url: '/process' }]
const FLOW = '```mermaid\nflowchart LR\n  A[Apply] --> B[Interview]\n```'
const SEQUENCE = '```mermaid\nsequenceDiagram\n  accTitle: Sign-in\n  Alice->>Bob: Hello\n```'

function renderMd(body: string, sourceTool?: 'hugo' | 'gitbook') {
  const context = renderContext({ routes, files: [], shortcodes: {}, ...(sourceTool ? { sourceTool } : {}) })
  return runRenderJob({ sourcePath: 'process.md', route: 0, body, format: 'md' }, context, linkIndexOf(context))
}

const html = (body: string, sourceTool?: 'hugo' | 'gitbook') => renderMd(body, sourceTool).rendered.html

async function renderMdx(text: string): Promise<string> {
  const file = '/site/process.mdx'
  const manifest: RouteManifest = {
    people: NO_PEOPLE,
    site: { siteUrl: 'https://h.example.com', pathPrefix: '' },
    hrefPrefix: '',
    routes,
    files: [],
    mdx: { [file]: { sourcePath: 'process.mdx', url: '/process' } },
  }
  const plugins = handbookMdxPlugins(() => manifest, undefined, markdownPlugins())
  const { default: Content } = await evaluate({ value: text, path: file }, {
    ...runtime,
    remarkPlugins: plugins.remarkPlugins,
    rehypePlugins: plugins.rehypePlugins,
    remarkRehypeOptions: plugins.remarkRehypeOptions,
  } as never)
  return renderToStaticMarkup(createElement(Content))
}

describe('diagrams in .md pages', () => {
  it('draws each mermaid fence as an inline SVG figure, the source kept in a closed "Diagram source"', () => {
    const root = parseHtml(html(`# Process\n\n${FLOW}\n\nText.\n\n${SEQUENCE}\n`))
    const figures = root.querySelectorAll('figure.diagram')
    expect(figures.map((figure) => figure.getAttribute('data-diagram'))).toEqual(['flowchart', 'sequenceDiagram'])
    const svgs = root.querySelectorAll('figure.diagram > svg')
    expect(svgs.map((svg) => [svg.id, svg.getAttribute('role'), svg.getAttribute('aria-label')])).toEqual([
      ['mermaid-diagram-1', 'img', 'Diagram'],
      ['mermaid-diagram-2', 'img', 'Sign-in'],
    ])
    const source = root.querySelector('figure.diagram details.diagram-source')!
    expect(source.getAttribute('open')).toBeUndefined()
    expect(source.querySelector('summary')!.text).toBe('Diagram source')
    expect(source.querySelector('pre > code.language-mermaid')!.text.trimEnd()).toBe('flowchart LR\n  A[Apply] --> B[Interview]')
    // Both diagrams have arrow markers: no id twice on the page.
    const ids = root.querySelectorAll('[id]').map((element) => element.id)
    expect(ids.length).toBeGreaterThan(4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives the same HTML every time the page is rendered', () => {
    const body = `${FLOW}\n\n${SEQUENCE}\n`
    expect(html(body)).toBe(html(body))
  })

  it('leaves a type the pure-JS renderer does not draw to the browser, and a broken one as its code block', () => {
    const root = parseHtml(html('```mermaid\n---\ntitle: Pets\n---\npie\n  "Dogs" : 3\n```\n\n```mermaid\ngraf TD\n  A-->B\n```\n'))
    expect(root.querySelectorAll('svg')).toHaveLength(0)
    const inBrowser = root.querySelectorAll('figure.diagram.diagram-in-browser')
    expect(inBrowser.map((figure) => [figure.getAttribute('data-diagram'), figure.getAttribute('data-title')])).toEqual([['pie', 'Pets']])
    expect(inBrowser[0]!.querySelector('pre > code.language-mermaid')!.text).toContain('"Dogs" : 3')
    expect(root.querySelectorAll('pre > code.language-mermaid').map((code) => code.text.split('\n')[0])).toEqual(['---', 'graf TD'])
    expect(root.querySelectorAll('figure')).toHaveLength(1)
  })

  it("draws Hugo's {{< mermaid >}} and GitBook's fences like ```mermaid", () => {
    const hugo = parseHtml(html('{{< mermaid >}}\ngraph TD\n  A --> B\n{{< /mermaid >}}\n', 'hugo'))
    expect(hugo.querySelector('figure.diagram > svg[role=img]')).not.toBeNull()
    expect(hugo.querySelector('figure.diagram code.language-mermaid')!.text.trimEnd()).toBe('graph TD\n  A --> B')
    const gitbook = parseHtml(html('# Flow\n\n```mermaid\ngraph TD\n  A --> B\n```\n', 'gitbook'))
    expect(gitbook.querySelector('figure.diagram > svg[role=img]')).not.toBeNull()
  })

  it('leaves other code blocks alone', () => {
    expect(html('```js\nmermaid.run()\n```\n')).not.toContain('<figure')
  })
})

describe('diagrams in .mdx pages', () => {
  it('draws them in the page React renders, with the same ids and source', async () => {
    const root = parseHtml(await renderMdx(`# Process\n\n${FLOW}\n\n${SEQUENCE}\n`))
    const svgs = root.querySelectorAll('figure.diagram > svg')
    expect(svgs.map((svg) => [svg.id, svg.getAttribute('role')])).toEqual([
      ['mermaid-diagram-1', 'img'],
      ['mermaid-diagram-2', 'img'],
    ])
    // SVG attributes as SVG spells them, and the scoped style sheet as text.
    expect(svgs[0]!.querySelector('polyline')!.getAttribute('stroke-width')).toBe('1')
    expect(svgs[0]!.querySelector('style')!.text).toContain('#mermaid-diagram-1 text')
    expect(svgs[0]!.querySelector('polyline')!.getAttribute('marker-end')).toBe('url(#mermaid-diagram-1-arrowhead)')
    expect(root.querySelectorAll('details.diagram-source code.language-mermaid').map((code) => code.text.trimEnd())).toEqual([
      'flowchart LR\n  A[Apply] --> B[Interview]',
      'sequenceDiagram\n  accTitle: Sign-in\n  Alice->>Bob: Hello',
    ])
  })
})

describe('diagrams beside math (both wings on the same page)', () => {
  // A dollar in a diagram's labels is the diagram's text: the math wing parses no code block and draws nothing in the figure.
  const PRICES = '```mermaid\nflowchart LR\n  A[$5 lunch] --> B[$x$ budget]\n```'
  const body = `Pay is $p = 12m$.\n\n${PRICES}\n`

  it('in .md pages: the mermaid block drawn with its dollars as written, the formula outside it drawn by KaTeX', () => {
    const { rendered } = renderMd(body)
    const root = parseHtml(rendered.html)
    const figure = root.querySelector('figure.diagram')!
    expect(figure.querySelector('svg[role=img]')).not.toBeNull()
    expect(figure.querySelector('.katex, .math')).toBeNull()
    expect(figure.querySelector('details.diagram-source code.language-mermaid')!.text.trimEnd()).toBe('flowchart LR\n  A[$5 lunch] --> B[$x$ budget]')
    expect(figure.querySelector('svg')!.text).toContain('$x$ budget')
    expect(root.querySelectorAll('.katex')).toHaveLength(1)
    expect(rendered.stylesheets).toHaveLength(1)
  })

  it('in .mdx pages: the same, compiled as Gatsby does', async () => {
    const root = parseHtml(await renderMdx(body))
    const figure = root.querySelector('figure.diagram')!
    expect(figure.querySelector('svg[role=img]')).not.toBeNull()
    expect(figure.querySelector('.katex, .math')).toBeNull()
    expect(figure.querySelector('details.diagram-source code.language-mermaid')!.text.trimEnd()).toBe('flowchart LR\n  A[$5 lunch] --> B[$x$ budget]')
    expect(root.querySelectorAll('.katex')).toHaveLength(1)
  })
})

describe('drawDiagrams', () => {
  it('counts what it drew and the types it left', () => {
    const tree = fromHtml('<pre><code class="language-mermaid">graph TD\nA-->B</code></pre><pre><code class="language-mermaid">gantt\n  title T</code></pre>', { fragment: true })
    expect(drawDiagrams(tree, path.join(os.tmpdir(), 'no-drawings-here'))).toEqual({ drawn: 1, notDrawn: ['gantt'] })
  })
})
