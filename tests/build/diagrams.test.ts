/**
 * Mermaid diagrams in a built site (the shared `drawn` fixture): ` ```mermaid `
 * blocks of `.md` and `.mdx` pages are inline SVG in the HTML Gatsby wrote,
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

const BROKEN = ['# Broken', '', 'Text.', '', '```mermaid', 'graf TD', '  A --> B', '```', '', '```mermaid', 'gantt', '  title Plan', '```', ''].join('\n')

beforeAll(async () => {
  site = await fixtureSite('drawn')
  if (site.build.code !== 0) console.error(site.build.output)
  broken = await checkFixture('drawn', { label: 'drawn-broken', prepare: (content) => fs.writeFileSync(path.join(content, 'broken.md'), BROKEN) })
})

describe('diagrams in a built site', () => {
  it('builds without errors, and says once that a type is drawn in the browser', () => {
    expect(site.build.code).toBe(0)
    expect(site.diagnostics('error')).toEqual([])
    expect(site.diagnostics('warning').filter((line) => line.includes('diagram'))).toEqual([
      expect.stringMatching(/^diagrams\.md:34: warning: "pie" diagrams are not checked, and are drawn in the reader's browser/),
    ])
    expect(site.build.output.match(/Chromium not found: 1 diagram drawn in the browser \(\/diagrams; Mermaid is loaded on those pages only\)/g)).toHaveLength(1)
  })

  it('publishes Mermaid for the browser, since a page needs it, as its own prebuilt modules', () => {
    expect(site.exists('_handbook/mermaid/mermaid.esm.min.mjs')).toBe(true)
    const entry = fs.readFileSync(path.join(site.publicDir, '_handbook', 'mermaid', 'mermaid.esm.min.mjs'), 'utf8')
    const chunk = /from"\.\/(chunks\/mermaid\.esm\.min\/[^"]+\.mjs)"/.exec(entry)![1]!
    expect(site.exists(`_handbook/mermaid/${chunk}`)).toBe(true)
  })

  it("draws the .md page's flowchart and sequence as inline SVG, each with its own ids, and leaves the pie to the browser", () => {
    const root = parseHtml(site.page('/diagrams'))
    const svgs = root.querySelectorAll('main figure.diagram > svg')
    expect(svgs.map((svg) => [svg.id, svg.getAttribute('role'), svg.getAttribute('aria-label')])).toEqual([
      ['mermaid-diagram-1', 'img', 'Hiring flow'],
      ['mermaid-diagram-2', 'img', 'Diagram'],
    ])
    expect(svgs[0]!.querySelector('desc')!.text).toContain('From application to offer')
    expect(svgs[0]!.text).toContain('Screening')
    const ids = root.querySelectorAll('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(root.querySelectorAll('main pre > code.language-mermaid').map((code) => code.text.split('\n')[0])).toEqual(['flowchart LR', 'sequenceDiagram', 'pie title Time spent'])
    expect(root.querySelectorAll('main figure.diagram-in-browser').map((figure) => figure.getAttribute('data-diagram'))).toEqual(['pie'])
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
      if (url !== '/diagrams') expect(html, url).not.toContain('diagram-in-browser')
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
  it('fails on a diagram that does not parse, at its line, with the parser message and the fix', () => {
    expect(broken.code).not.toBe(0)
    expect(broken.diagnostics('error')).toEqual([
      expect.stringMatching(/^broken\.md:6: error: this mermaid diagram does not parse \(Invalid mermaid header: "graf TD"\.[^)]*\): start the block with its diagram type and direction, e\.g\. "flowchart LR"/),
    ])
  })

  it('says once per type that it did not check one the pure-JS renderer does not draw', () => {
    const notChecked = broken.diagnostics('warning').filter((line) => line.includes('not checked'))
    expect(notChecked).toHaveLength(2)
    expect(notChecked.map((line) => /"(\w+)" diagrams/.exec(line)![1]).sort()).toEqual(['gantt', 'pie'])
  })
})
