/**
 * The diagrams wing before rendering: Mermaid's parse of the types the
 * pure-JS renderer does not draw (in `npm run check` too, never a browser),
 * and in a build their drawing in Chromium, kept for the pages to read; or,
 * with no Chromium, the one warning that the browser will draw them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { afterAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../../../src/content/common/chromium'
import { withoutToday } from '../../../../src/content/features/diagrams/chromium'
import { drawAhead } from '../../../../src/content/features/diagrams/draw-ahead'
import { storedDrawing } from '../../../../src/content/features/diagrams/drawings-store'
import { drawDiagrams } from '../../../../src/content/features/diagrams/rehype-diagrams'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'draw-ahead-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const PIE = 'pie title Time spent\n  "Writing" : 60\n  "Reviewing" : 40'
const GANTT = 'gantt\n  title Onboarding\n  dateFormat YYYY-MM-DD\n  section Week one\n  Laptop and accounts :a1, 2026-01-05, 2d\n  Meet the team :after a1, 3d'
const page = (sourcePath: string, ...blocks: string[]) => ({ sourcePath, text: ['---', 'title: T', '---', '', 'Text.', '', ...blocks.flatMap((block) => ['```mermaid', block, '```', '']), ''].join('\n') })
const pages = [page('plan.md', PIE, 'flowchart LR\n  A --> B', GANTT), page('broken.md', 'gantt\n  dateFormat YYYY-MM-DD\n  section A\n  Task :a1, 2026-01-05, 2d\n  not a task'), page('plain.md')]

describe('drawAhead', () => {
  // The first test loads Mermaid's parser: about 5 s on a loaded 2-core machine, over Vitest's default.
  it('in npm run check, reports a block Mermaid cannot parse at its line, and draws nothing', { timeout: 30_000 }, async () => {
    const out = await drawAhead({ pages, build: false, env: { HANDBOOK_DIAGRAM_STORE: folder } })
    expect(out.diagnostics.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([['error', 'diagram-syntax', 'broken.md', 12]])
    expect(out.diagnostics[0]!.message).toMatch(/^this mermaid diagram does not parse \(Parse error on line 5: .*Expecting 'taskData'/)
    expect(fs.readdirSync(folder)).toEqual([])
  })

  it('in a build without Chromium, warns once that the browser draws them, at the first', async () => {
    const out = await drawAhead({ pages, build: true, env: { HANDBOOK_DIAGRAM_STORE: folder, CHROMIUM_PATH: path.join(folder, 'no-chromium') } })
    const warnings = out.diagnostics.filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => [d.code, d.file, d.line])).toEqual([['diagram-in-browser', 'plan.md', 8]])
    expect(warnings[0]!.message).toBe(
      'Chromium not found: 2 diagrams on 1 page drawn in the browser (Mermaid is loaded on those pages only). Install Chromium (apt-get install chromium) or set CHROMIUM_PATH to draw them at build time',
    )
    expect(storedDrawing(PIE, folder)).toBeUndefined()
  })

  it('hands Mermaid a flowchart the pure-JS renderer reads otherwise, says why in the log, and leaves it to the browser without Chromium', async () => {
    const store = path.join(folder, 'misread')
    const readme = 'graph TD;\n    A-->B;'
    const out = await drawAhead({ pages: [page('readme.md', readme, 'flowchart LR\n  A --> B')], build: true, env: { HANDBOOK_DIAGRAM_STORE: store, CHROMIUM_PATH: path.join(store, 'no-chromium') } })
    expect(out.notes).toEqual(['diagrams: 1 flowchart drawn by Mermaid itself, which the pure-JS renderer reads otherwise (readme.md:8: node "A" is missing)'])
    expect(out.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['diagram-in-browser', 'readme.md', 8]])
    expect(out.diagnostics[0]!.message).toMatch(/^Chromium not found: 1 diagram on 1 page drawn in the browser/)
    // The page's render, in this process or another: the misread block as its source for the browser, the other drawn.
    const tree = fromHtml(`<pre><code class="language-mermaid">${readme}</code></pre><pre><code class="language-mermaid">flowchart LR\n  A --> B</code></pre>`, { fragment: true })
    expect(drawDiagrams(tree, store)).toEqual({ drawn: 1, notDrawn: ['graph'] })
  })

  it.skipIf(!findChromium())('in a build with Chromium, draws each in light and dark once, and the page places them', { timeout: 60_000 }, async () => {
    const env = { HANDBOOK_DIAGRAM_STORE: folder }
    const first = await drawAhead({ pages, build: true, env })
    expect(first.diagnostics.map((d) => d.code)).toEqual(['diagram-syntax'])
    expect(first.notes).toEqual([expect.stringMatching(/^diagrams: 2 Mermaid diagrams drawn in Chromium \(.+\) in \d+ ms, \d+ ms each; 0 from earlier builds$/)])
    console.log(first.notes[0])
    const pie = storedDrawing(PIE, folder)!
    expect(pie.light).toMatch(/^<svg id="diagram-id-placeholder"/)
    expect(pie.light).not.toBe(pie.dark)

    const again = await drawAhead({ pages, build: true, env })
    expect(again.notes).toEqual(['diagrams: 2 Mermaid diagrams drawn in Chromium by an earlier build'])

    const tree = fromHtml(`<pre><code class="language-mermaid">${PIE}</code></pre><pre><code class="language-mermaid">${GANTT}</code></pre>`, { fragment: true })
    expect(drawDiagrams(tree, folder)).toEqual({ drawn: 2, notDrawn: [] })
    const html = toHtml(tree)
    expect([...html.matchAll(/<svg id="([^"]+)"/g)].map((match) => match[1])).toEqual(['mermaid-diagram-1-light', 'mermaid-diagram-1-dark', 'mermaid-diagram-2-light', 'mermaid-diagram-2-dark'])
    expect(html).toContain('aria-label="Time spent"')
    expect(html).toContain('Laptop and accounts')
    // No "today" line: the drawing does not change with the day it is built.
    expect(html).not.toContain('class="today"')
  })

  it('draws a gantt chart without its "today" line unless the editor asked for one', () => {
    expect(withoutToday(GANTT).split('\n').slice(0, 2)).toEqual(['gantt', '  todayMarker off'])
    expect(withoutToday('gantt\n  todayMarker stroke-width:5px')).toBe('gantt\n  todayMarker stroke-width:5px')
    expect(withoutToday(PIE)).toBe(PIE)
  })
})
