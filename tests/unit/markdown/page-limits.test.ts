/**
 * Hostile pages a pull request may hold, each made here: every one is an
 * error at its line, found by the scan before parsing (so each test is
 * quick, where parsing the same text took minutes or overflowed the stack).
 */
import { describe, expect, it } from 'vitest'
import { parsePageSources } from '../../../src/content/pipeline/page-sources'
import { formatDiagnostic, type Diagnostic } from '../../../src/content/common/diagnostics'
import { linkIndexOf, runRenderJob } from '../../../src/content/pipeline/render-jobs'
import { renderContext } from '../../support/render-context'

function check(text: string): string[] {
  const diagnostics: Diagnostic[] = []
  const [source] = parsePageSources([{ file: { sourcePath: 'values.md', absolutePath: '/content/values.md', format: 'md' }, text } as never], diagnostics)
  // Nothing of the page is left to parse.
  if (diagnostics.length) expect(source!.body).toBe('')
  return diagnostics.map((d) => formatDiagnostic(d))
}

const table = (columns: number, rows: number) => {
  const row = `|${' a |'.repeat(columns)}`
  return [row, `|${'---|'.repeat(columns)}`, ...Array<string>(rows).fill(row)].join('\n')
}

describe('limits on a page, before it is parsed', () => {
  it('a page over 1 MB', () => {
    expect(check('word '.repeat(250_000))).toEqual(['values.md: error: this file is 1,250,000 bytes, over the limit of 1,000,000: split it into several pages'])
  })

  it('a line over 50,000 characters', () => {
    expect(check(`# Values\n\n${'word '.repeat(20_000)}\n`)).toEqual(['values.md:3: error: this line is 100,000 characters long, over the limit of 50,000: split it into paragraphs'])
  })

  it('a table of 200 rows × 500 columns, and many tables that add up', () => {
    expect(check(`Intro\n\n${table(500, 200)}`)).toEqual([
      'values.md:23: error: the tables of this page have more than 10,000 cells by this line, over the limit: split the table over several pages, or publish the data as a CSV file and link to it',
    ])
    expect(check(Array.from({ length: 60 }, () => table(10, 20)).join('\n\nText\n\n'))).toEqual([expect.stringMatching(/^values\.md:\d+: error: the tables of this page have more than 10,000 cells/)])
    expect(check(table(10, 500))).toEqual([])
  })

  it('a paragraph of *_ (emphasis resolution is quadratic), and a page of them', () => {
    const message = 'this paragraph has more than 2,000 runs of * or _ by this line, over the limit: split it into paragraphs, or write the marks that are not emphasis as \\* and \\_'
    expect(check('*_'.repeat(20_000))).toEqual([`values.md:1: error: ${message}`])
    expect(check('_*'.repeat(2_000))).toEqual([`values.md:1: error: ${message}`])
    expect(check(`${'*_'.repeat(25)}\n`.repeat(100))).toEqual([`values.md:41: error: ${message}`])
    expect(check(`${'*_'.repeat(25)}\n\n`.repeat(500))).toEqual(['values.md:801: error: this page has more than 20,000 runs of * or _ by this line, over the limit: split it into several pages'])
    // Code is code: a fenced block of pointers is not emphasis.
    expect(check(`\`\`\`c\n${'**p = *q;\n'.repeat(3_000)}\`\`\`\n`)).toEqual([])
  })

  it('10,000 nested quotes or lists, and lists nested by indentation', () => {
    expect(check(`${'>'.repeat(10_000)} deep`)).toEqual(['values.md:1: error: this line opens 10,000 quotes or lists inside each other, over the limit of 50: nest them less deeply'])
    expect(check(`${'- '.repeat(10_000)}deep`)).toEqual(['values.md:1: error: this line opens 10,000 quotes or lists inside each other, over the limit of 50: nest them less deeply'])
    expect(check(Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n'))).toEqual([
      'values.md:52: error: this line is indented 102 columns, over the limit of 100: nest lists less deeply, or put the text in a fenced code block',
    ])
  })

  it('many blocks, list items or brackets (the parser’s work grows with the square of their count)', () => {
    expect(check('# Heading\n'.repeat(30_000))).toEqual(['values.md:20001: error: this page has more than 20,000 lines, over the limit: split it into several pages'])
    expect(check('- item\n'.repeat(10_000))).toEqual(['values.md:5001: error: this page has more than 5,000 list items by this line, over the limit: split the list over several pages'])
    expect(check('> > > > > > > > > > deep\n'.repeat(3_000))).toEqual(['values.md:2001: error: this page has more than 20,000 quote markers (>) by this line, over the limit: quote less, or split the page'])
    expect(check('[\n'.repeat(10_000))).toEqual([
      'values.md:2001: error: this paragraph has more than 2,000 [ by this line, over the limit: split it into paragraphs, or write the brackets that open no link as \\[',
    ])
    expect(check('[a](b) '.repeat(1_000).concat('\n\n').repeat(11))).toEqual([
      'values.md:21: error: this page has more than 10,000 [ (links, images, footnotes) by this line, over the limit: split it into several pages',
    ])
  })

  it('leaves real pages alone: quotes, lists, tables and emphasis as handbooks write them', () => {
    const page = ['---', 'title: Values', '---', '', '> **Note:** _we_ *mean* it', '> > quoted', '', '- a', '  - b', '    1. c', '', table(7, 21), '', '```js', `${' '.repeat(120)}deep()`, '```', ''].join('\n')
    expect(check(page)).toEqual([])
  })
})

describe('includes', () => {
  const context = renderContext({ routes: [{ sourcePath: 'page.md', url: '/page' }] })
  const render = (body: string, includes: Record<string, string>) => runRenderJob({ sourcePath: 'page.md', route: 0, body, format: 'md', includes }, context, linkIndexOf(context))

  it('six files that include the next ten times each: an error at the include that goes over 1,000, not a stall', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f']
    const includes = Object.fromEntries(names.map((name, i) => [`${name}.md`, i + 1 < names.length ? `Level ${name}\n\n${`{{< include "${names[i + 1]}.md" >}}\n\n`.repeat(10)}` : 'Leaf text\n']))
    const outcome = render('{{< include "a.md" >}}\n', includes)
    expect(outcome.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'c.md:19:1: error: include "d.md" goes over the limit of 1,000 includes in one page (through page.md → a.md → b.md → c.md → d.md): include fewer files, or the same file fewer times',
    ])
  })

  it('a cycle is an error naming the chain', () => {
    const outcome = render('{{< include "a.md" >}}\n', { 'a.md': '{{< include "b.md" >}}\n', 'b.md': '{{< include "a.md" >}}\n' })
    expect(outcome.diagnostics.map((d) => formatDiagnostic(d))).toEqual(['b.md:1:1: error: include "a.md" makes a cycle: page.md → a.md → b.md → a.md. Remove one of these includes'])
  })

  it('an included file over a limit is reported at its own line, and not parsed', () => {
    const outcome = render('Intro\n\n{{< include "data.md" >}}\n', { 'data.md': `# Data\n\n${table(500, 200)}` })
    expect(outcome.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'data.md:23: error: the tables of this page have more than 10,000 cells by this line, over the limit: split the table over several pages, or publish the data as a CSV file and link to it',
    ])
  })
})
