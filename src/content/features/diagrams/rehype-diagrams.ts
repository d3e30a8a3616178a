/**
 * The rehype step of the diagrams wing: each `pre > code.language-mermaid`
 * of a page (a ` ```mermaid ` fence, Hugo's `{{< mermaid >}}`) becomes a
 * figure with the drawn SVG and, under it, the source in a closed
 * `<details>` "Diagram source". The source stays in the page because the
 * SVG's text is positions, not a text a screen reader, search or the
 * Markdown copy can read in order; keeping it as the same `pre` the fence
 * made means search indexes it as code and the Markdown copy gives the
 * fence back. Ids are `mermaid-diagram-<n>` in page order: the same page
 * gives the same HTML build after build, and two diagrams never share one.
 *
 * A type the pure-JS renderer does not draw (gantt, pie…), or a flowchart
 * it reads otherwise than Mermaid (misreadings.ts), is drawn by
 * Mermaid in Chromium before the pages are rendered (draw-ahead.ts), in
 * both themes, and read here from the drawings' store. One the build could
 * not draw (no Chromium on the machine) is left as its source in a
 * `figure.diagram-in-browser`: the page's script then loads Mermaid, on
 * that page only, and draws it there (src/client/diagrams.ts); without
 * JavaScript the reader sees the source.
 */
import type { Element, ElementContent, Root } from 'hast'
import { visit } from '../../common/visit'
import { toString as hastToString } from 'hast-util-to-string'
import { fromHtml } from 'hast-util-from-html'
import { drawMermaid } from './draw'
import { drawingsFolder, storedDrawing } from './drawings-store'
import { placeDrawing } from './place-drawing'

/** The page's diagrams, as drawn (for the build's figures and tests). */
export interface DiagramsDrawn {
  drawn: number
  /** Types the build did not draw (no Chromium), left as their source for the browser. */
  notDrawn: string[]
}

function isMermaidCode(node: ElementContent | undefined): node is Element {
  if (node?.type !== 'element' || node.tagName !== 'code') return false
  const classes = node.properties?.className
  return Array.isArray(classes) && classes.map(String).includes('language-mermaid')
}

/** The `code` of a `pre` that holds a mermaid block, if it is one. */
function mermaidCodeOf(pre: Element): Element | undefined {
  if (pre.tagName !== 'pre') return undefined
  const code = pre.children.find((child) => child.type === 'element')
  return isMermaidCode(code) ? code : undefined
}

/** Draws every mermaid block of a page's HTML tree, in place, with the Chromium drawings kept in `folder`. */
export function drawDiagrams(tree: Root, folder = drawingsFolder()): DiagramsDrawn {
  const found: DiagramsDrawn = { drawn: 0, notDrawn: [] }
  let count = 0
  visit(tree, 'element', (pre, index, parent) => {
    const code = mermaidCodeOf(pre)
    if (!code || typeof index !== 'number' || !parent) return undefined
    const id = `mermaid-diagram-${++count}`
    const result = drawMermaid(hastToString(code), id, folder)
    if (result.kind === 'error') return undefined
    const chromium = result.kind === 'not-drawn' ? storedDrawing(result.text, folder) : undefined
    if (result.kind === 'not-drawn' && !chromium) {
      found.notDrawn.push(result.source.type)
      const properties = { className: ['diagram', 'diagram-in-browser'], dataDiagram: result.source.type, ...(result.source.title ? { dataTitle: result.source.title } : {}) }
      parent.children[index] = { type: 'element', tagName: 'figure', properties, children: [pre] }
      return index + 1
    }
    found.drawn++
    const svg = chromium
      ? placeDrawing(chromium, id, result.source.title ?? 'Diagram')
      : fromHtml(result.kind === 'drawn' ? result.svg : '', { fragment: true }).children.filter((node): node is Element => node.type === 'element')
    const summary: Element = { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: 'Diagram source' }] }
    const details: Element = { type: 'element', tagName: 'details', properties: { className: ['diagram-source'] }, children: [summary, pre] }
    const figure: Element = { type: 'element', tagName: 'figure', properties: { className: ['diagram'], dataDiagram: result.source.type }, children: [...svg, details] }
    parent.children[index] = figure
    // The figure's own pre is already handled: go on after it.
    return index + 1
  })
  return found
}

/** The rehype plugin (`.md` after the core's steps, `.mdx` after the MDX compiler's). */
export function rehypeDiagrams() {
  return (tree: Root) => {
    drawDiagrams(tree)
  }
}
