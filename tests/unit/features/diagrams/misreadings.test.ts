/**
 * Flowcharts the pure-JS renderer reads otherwise than Mermaid are drawn by
 * Mermaid: each block's two readings held against each other, with
 * Mermaid's parser in Node, on flowcharts as real handbooks and Mermaid's
 * own documentation write them.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { drawMermaid } from '../../../../src/content/features/diagrams/draw'
import { readMermaidSource } from '../../../../src/content/features/diagrams/mermaid-source'
import { drawnByMermaid, forgetReadingsBut, judgedReading, judgeReading, keepReading } from '../../../../src/content/features/diagrams/misreadings'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'misreadings-'))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const judge = (text: string) => judgeReading(text, readMermaidSource(text))

/** A judgement that was made (Mermaid loaded). */
async function judged(text: string): Promise<string | null> {
  const reading = await judge(text)
  if (reading === undefined) throw new Error('Mermaid could not be loaded')
  return reading
}

/** Read alike by both: the renderer draws them. */
const READ_ALIKE: Record<string, string> = {
  'spaced arrows': 'flowchart LR\n  A --> B\n  B --> C',
  'labels, shapes and edge labels': 'flowchart LR\n  A[Start] --> B(Round) --> C{Choice}\n  C -->|Yes| D[Done]\n  C -->|No| E[Retry]',
  'several targets': 'flowchart LR\n  A --> B & C',
  'groups, nested': 'flowchart TB\n  subgraph outer [Team]\n    subgraph inner\n      x --> y\n    end\n    z\n  end\n  outer --> w',
  'classes and styles': 'graph LR\n  A:::warn --> B\n  classDef warn fill:#f96\n  style B fill:#9f6',
  'dotted, thick and two-way edges': 'flowchart LR\n  E -.-> F\n  G ==> H\n  I --- J\n  K <--> L\n  M -. maybe .-> N',
  'the shapes it draws': 'flowchart LR\n  a((circle)) --> b>flag] --> c{{hex}} --> e[(db)] --> f([stadium]) --> g[[sub]] --> h{rhombus}',
  'quoted labels and line breaks': 'graph LR\n  A["Label with (parens)"] --> B["line one<br/>line two"]',
  'a bare direction and accessibility lines': 'flowchart\n  accTitle: Review\n  Draft --> Review',
}

/** Read otherwise (or not at all) by the renderer: Mermaid draws them. */
const MISREAD: Record<string, [string, RegExp]> = {
  "Mermaid's README: no spaces around the arrows, `;` after each statement": ['graph TD;\n    A-->B;\n    A-->C;', /^node "A" is missing$/],
  'statements on the line of the type': ['graph TD; A-->B; A-->C;', /^it cannot read it \(Invalid mermaid header/],
  'text on an edge': ['flowchart LR\n  A-- This is the text! ---B', /is missing|drawn otherwise/],
  'a link': ['flowchart LR\n  A --> B\n  click A "https://example.com" "Open"', /^node "A" links somewhere/],
  'a shape it does not draw': ['flowchart LR\n  d[/Input/] --> e', /^node "d" reads "\/Input\/" instead of "Input"$/],
  'a Markdown string': ['flowchart LR\n  a["`**Bold** step`"] --> b', /^node "a" reads .* instead of "Markdown string \*\*Bold\*\* step"$/],
  'an entity code': ['graph LR\n  A["Q #amp; A"] --> B', /^node "A" reads "Q #amp; A" instead of "Q &amp; A"$/],
  'node names in Japanese': ['flowchart LR\n  申請 --> 面接 --> 内定', /^node "申請" is missing$/],
  'circle and cross ends': ['flowchart LR\n  A --o B', /missing|drawn otherwise/],
}

describe("the pure-JS renderer's reading of a flowchart, held against Mermaid's", () => {
  // The first judgement loads Mermaid's parser: seconds on a loaded 2-core machine.
  it.each(Object.entries(READ_ALIKE))('is the same for %s: drawn by the renderer', { timeout: 30_000 }, async (_name, text) => {
    await expect(judge(text)).resolves.toBeNull()
  })

  it.each(Object.entries(MISREAD))('differs for %s: drawn by Mermaid, and the log says why', async (_name, [text, why]) => {
    await expect(judge(text)).resolves.toMatch(why)
  })

  it('keeps a block Mermaid does not parse drawn by the renderer when the renderer reads it (the old site showed an error there)', async () => {
    await expect(judge('graph lr\n  A --> B')).resolves.toBeNull()
  })
})

describe('the judgements kept', () => {
  const misread = 'graph TD;\n    Engineer-->|asks|Manager;'
  const alike = 'flowchart LR\n  Draft --> Review'

  it('decide who draws a block, in this process and, from disk, in the others of a build', async () => {
    const store = path.join(folder, 'build')
    expect(drawnByMermaid(misread, readMermaidSource(misread), store)).toBe(false)
    keepReading(misread, await judged(misread), store, true)
    keepReading(alike, await judged(alike), store, true)
    expect(drawnByMermaid(misread, readMermaidSource(misread), store)).toBe(true)
    expect(drawnByMermaid(alike, readMermaidSource(alike), store)).toBe(false)
    expect(drawMermaid(misread, 'd', store).kind).toBe('not-drawn')
    expect(drawMermaid(alike, 'd', store).kind).toBe('drawn')
    // What another process reads: the files.
    const files = fs.readdirSync(path.join(store, 'readings'))
    expect(files).toHaveLength(2)
    expect(files.map((file) => JSON.parse(fs.readFileSync(path.join(store, 'readings', file), 'utf8')) as unknown).sort()).toEqual([{ misread: null }, { misread: 'node "Engineer" is missing' }].sort())
    forgetReadingsBut([alike], store)
    expect(fs.readdirSync(path.join(store, 'readings'))).toHaveLength(1)
    expect(judgedReading(alike, store)).toBeNull()
  })

  it('are kept in memory only by the check', async () => {
    const store = path.join(folder, 'check')
    keepReading(misread, await judged(misread), store, false)
    expect(judgedReading(misread, store)).toBe('node "Engineer" is missing')
    expect(fs.existsSync(store)).toBe(false)
  })
})
