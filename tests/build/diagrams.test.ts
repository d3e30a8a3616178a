/**
 * Mermaid diagrams in a built site (the shared `drawn` fixture): ` ```mermaid `
 * blocks of `.md` and `.mdx` pages are inline SVG in the HTML Gatsby wrote
 * (Mermaid's own drawing where the pure-JS renderer reads a flowchart otherwise),
 * with ids of their own and the same build after build; no page loads any
 * diagram script or web font; search, the Markdown copies and llms-full.txt
 * keep the diagram's source. A broken diagram fails `npm run check` at its
 * line (a check-only copy of the fixture, so the fixture itself builds).
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

let site: FixtureSite
let broken: CheckedFixture

const BROKEN = [
  '# Broken',
  '',
  'Text.',
  '',
  '```mermaid',
  'graf TD',
  '  A --> B',
  '```',
  '',
  '```mermaid',
  'gantt',
  '  title Plan',
  '  dateFormat YYYY-MM-DD',
  '  Laptop: 2026-01-05, 2d',
  '  a line that is no task',
  '```',
  '',
].join('\n')

beforeAll(async () => {
  site = await fixtureSite('drawn')
  if (site.build.code !== 0) console.error(site.build.output)
  broken = await checkFixture('drawn', { label: 'drawn-broken', prepare: (content) => fs.writeFileSync(path.join(content, 'broken.md'), BROKEN) })
})

describe('diagrams in a built site', () => {
  it('builds without errors or warnings about diagrams, and says what Chromium drew and what it cost', () => {
    expect(site.build.code).toBe(0)
    expect(site.diagnostics('error')).toEqual([])
    expect(site.diagnostics('warning').filter((line) => line.includes('diagram'))).toEqual([])
    const drawn = /diagrams: 3 Mermaid diagrams drawn in Chromium \([^)]+\) in (\d+) ms, \d+ ms each; 0 from earlier builds/.exec(site.build.output)
    expect(drawn, site.build.output).not.toBeNull()
    console.log(`drawn fixture: ${drawn![0]}`)
  })

  it('publishes no Mermaid for the browser: no page needs it', () => {
    expect(site.exists('_handbook/mermaid/mermaid.esm.min.mjs')).toBe(false)
    expect(site.build.output).not.toContain('drawn in the browser')
  })

  it("draws the .md page's flowchart and sequence with the pure-JS renderer, and its pie with Mermaid in Chromium in both themes, each with its own ids", () => {
    const root = parseHtml(site.page('/diagrams'))
    const svgs = root.querySelectorAll('main figure.diagram > svg')
    expect(svgs.map((svg) => [svg.id, svg.getAttribute('role'), svg.getAttribute('aria-label'), svg.getAttribute('class')])).toEqual([
      ['mermaid-diagram-1', 'img', 'Hiring flow', 'diagram-svg'],
      ['mermaid-diagram-2', 'img', 'Diagram', 'diagram-svg'],
      ['mermaid-diagram-3-light', 'img', 'Time spent', 'diagram-svg diagram-light'],
      ['mermaid-diagram-3-dark', 'img', 'Time spent', 'diagram-svg diagram-dark'],
    ])
    expect(svgs[2]!.text).toContain('Writing')
    expect(svgs[0]!.querySelector('desc')!.text).toContain('From application to offer')
    expect(svgs[0]!.text).toContain('Screening')
    const ids = root.querySelectorAll('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(root.querySelectorAll('main pre > code.language-mermaid').map((code) => code.text.split('\n')[0])).toEqual(['flowchart LR', 'sequenceDiagram', 'pie title Time spent'])
    expect(root.querySelectorAll('main figure.diagram').map((figure) => figure.getAttribute('data-diagram'))).toEqual(['flowchart', 'sequenceDiagram', 'pie'])
    expect(root.querySelectorAll('main figure.diagram-in-browser')).toEqual([])
  })

  it("hands Mermaid the flowcharts the pure-JS renderer reads otherwise (Mermaid README's style, Japanese node names), and says so once", () => {
    expect(site.build.output).toContain('diagrams: 2 flowcharts drawn by Mermaid itself, which the pure-JS renderer reads otherwise (flowcharts.md:8: node "Engineer" is missing)')
    const root = parseHtml(site.page('/flowcharts'))
    const svgs = root.querySelectorAll('main figure.diagram > svg')
    expect(svgs.map((svg) => svg.id)).toEqual(['mermaid-diagram-1-light', 'mermaid-diagram-1-dark', 'mermaid-diagram-2-light', 'mermaid-diagram-2-dark'])
    expect(root.querySelectorAll('main figure.diagram').map((figure) => figure.getAttribute('data-diagram'))).toEqual(['graph', 'flowchart'])
    // Mermaid's drawing: every node and the edge's text, none of the renderer's misreadings ("Engineer--").
    for (const text of ['Engineer', 'asks', 'Manager', 'Director']) expect(svgs[0]!.text).toContain(text)
    expect(svgs[0]!.text).not.toContain('Engineer--')
    for (const text of ['申請', '面接', '内定']) expect(svgs[2]!.text).toContain(text)
  })

  it("draws the .mdx page's flowchart in the page Gatsby rendered", () => {
    const root = parseHtml(site.page('/diagrams-in-mdx'))
    const svg = root.querySelector('main figure.diagram > svg#mermaid-diagram-1')!
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.text).toContain('Review')
    expect(svg.querySelector('style')!.text).toContain('#mermaid-diagram-1 text')
  })

  it('writes no diagram script and no web font into any page (the page script loads Mermaid only where a figure asks: tests/e2e/diagrams.test.ts)', () => {
    for (const [url, html] of site.pages()) {
      expect(html, url).not.toMatch(/<script[^>]*mermaid|googleapis/i)
      expect(html, url).not.toContain('diagram-in-browser')
    }
  })

  it('keeps the source in the Markdown copy, llms-full.txt and the search index, not the SVG', () => {
    const copy = fs.readFileSync(path.join(site.publicDir, 'diagrams.md'), 'utf8')
    expect(copy).toContain('```mermaid\nflowchart LR\n  accTitle: Hiring flow')
    expect(copy).not.toMatch(/<svg|Diagram source/)
    expect(fs.readFileSync(path.join(site.publicDir, 'diagrams-in-mdx.md'), 'utf8')).toContain('```mermaid\nflowchart TD\n  Draft --> Review --> Published\n```')
    expect(fs.readFileSync(path.join(site.publicDir, 'llms-full.txt'), 'utf8')).toContain('sequenceDiagram\n  participant Browser')
    const search = fs
      .readdirSync(path.join(site.publicDir, '_handbook', 'search'))
      .map((file) => fs.readFileSync(path.join(site.publicDir, '_handbook', 'search', file), 'utf8'))
      .join('\n')
    expect(search).toContain('Browser->>Handbook: GET /diagrams')
    expect(search).not.toContain('mermaid-diagram')
  })
})

describe('npm run check on diagrams', () => {
  it("fails on a diagram that does not parse, at its line, with the parser message and the fix: the pure-JS renderer's types and Mermaid's others alike", () => {
    expect(broken.code).not.toBe(0)
    expect(broken.diagnostics('error')).toEqual([
      expect.stringMatching(/^broken\.md:6: error: this mermaid diagram does not parse \(Invalid mermaid header: "graf TD"\.[^)]*\): start the block with its diagram type and direction, e\.g\. "flowchart LR"/),
      expect.stringMatching(/^broken\.md:15: error: this mermaid diagram does not parse \(Parse error on line 5: .*Expecting 'taskData'.*\): correct it as the message says/),
    ])
  })

  it('checks every type in Node, so it says of none that it was not checked, and draws nothing', () => {
    expect(broken.diagnostics('warning').filter((line) => line.includes('diagram'))).toEqual([])
    expect(broken.output).not.toContain('Chromium')
  })
})
