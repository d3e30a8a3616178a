/**
 * One diagram drawn as SVG fit for a page: its own ids, styles scoped to it,
 * no web font loaded, named for assistive technology, the same bytes for the
 * same text.
 */
import { describe, expect, it } from 'vitest'
import { drawMermaid, fitSvg } from '../../../../src/content/features/diagrams/draw'

const FLOW = 'flowchart LR\n  accTitle: Hiring\n  accDescr: From application to offer\n  A[Apply] --> B{Interview} -->|yes| C[Offer]'

describe('drawMermaid', () => {
  it('draws a flowchart as SVG with role="img", its title as the accessible name and its description', () => {
    const result = drawMermaid(FLOW, 'mermaid-diagram-1')
    expect(result.kind).toBe('drawn')
    if (result.kind !== 'drawn') return
    expect(result.svg).toMatch(/^<svg [^>]*id="mermaid-diagram-1" class="diagram-svg" role="img" aria-label="Hiring"><desc>From application to offer<\/desc>/)
    expect(result.svg).toContain('>Interview<')
    // accTitle is not drawn as a node, as the renderer alone would.
    expect(result.svg).not.toContain('data-id="accTitle"')
  })

  it('names a diagram without a title "Diagram"', () => {
    const result = drawMermaid('sequenceDiagram\n  Alice->>Bob: Hi', 'd')
    expect(result.kind === 'drawn' && result.svg).toContain('aria-label="Diagram"')
  })

  it('gives every id the diagram prefix, and references follow', () => {
    const result = drawMermaid('graph TD\n  A --> B', 'mermaid-diagram-2')
    if (result.kind !== 'drawn') throw new Error(result.kind)
    const ids = [...result.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(1)
    expect(ids.every((id) => id.startsWith('mermaid-diagram-2'))).toBe(true)
    expect(result.svg).toContain('url(#mermaid-diagram-2-arrowhead)')
    expect(result.svg).not.toMatch(/url\(#arrowhead\)/)
  })

  it('scopes its style rules to itself, loads no web font and sets no colour of its own', () => {
    const result = drawMermaid('classDiagram\n  Animal <|-- Duck', 'x')
    if (result.kind !== 'drawn') throw new Error(result.kind)
    const css = [...result.svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('')
    expect(css).not.toContain('@import')
    expect(css).not.toContain('googleapis')
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()))
    expect(selectors.length).toBeGreaterThan(2)
    expect(selectors.filter((selector) => !selector.startsWith('#x'))).toEqual([])
    expect(css).toContain('var(--font-body')
    expect(result.svg.slice(0, result.svg.indexOf('>'))).not.toContain('style=')
  })

  it('gives the same SVG for the same text, every time', () => {
    const first = drawMermaid(FLOW, 'a')
    const second = drawMermaid(`${FLOW}`, 'a')
    expect(first).toEqual(second)
  })

  it('leaves a type it does not draw, and reports one it cannot read with the parser message', () => {
    expect(drawMermaid('pie title Pets\n  "Dogs" : 3\n  "Cats" : 2', 'p').kind).toBe('not-drawn')
    const broken = drawMermaid('graf TD\n  A --> B', 'b')
    expect(broken.kind).toBe('error')
    expect(broken.kind === 'error' && broken.message).toContain('Invalid mermaid header')
  })
})

describe('fitSvg', () => {
  it('escapes the accessible name', () => {
    expect(fitSvg('<svg viewBox="0 0 1 1"></svg>', 'i', 'A "quoted" <b> & co')).toContain('aria-label="A &quot;quoted&quot; &lt;b> &amp; co"')
  })

  it('shortens long decimals only', () => {
    expect(fitSvg('<svg width="246.70000000000002" x="12.5"></svg>', 'i', 'D')).toContain('width="246.7" x="12.5"')
  })
})
