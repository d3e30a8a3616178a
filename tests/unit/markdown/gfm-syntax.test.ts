/**
 * remark-gfm looking ahead (gfm-syntax.ts) makes the trees remark-gfm
 * makes, positions included: on email addresses and tables written every way
 * GFM's spec and real pages write them (and the near misses), and on every
 * page of the real 18F handbook, when the corpus is beside the project.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkDirective from 'remark-directive'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import type { Extension } from 'micromark-util-types'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmSyntax, possibleDelimiterRows, remarkGfmSyntax } from '../../../src/content/markdown/gfm-syntax'
import { realPages } from '../../support/real-pages'

const upstream = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()
const ours = unified().use(remarkParse).use(remarkGfmSyntax).use(remarkDirective).freeze()

const same = (text: string) => expect(JSON.stringify(ours.parse(text)), text).toBe(JSON.stringify(upstream.parse(text)))

const CASES = [
  'foo@bar.baz',
  "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
  'a.b-c_d@a.b',
  'a.b-c_d@a.b.',
  'a.b-c_d@a.b-',
  'a.b-c_d@a.b_',
  'Write to help@example.gov, or to jane.doe+handbook@agency.example.org.',
  '[link foo@bar.com',
  '[foo@bar.com](https://example.com) and [x] foo@bar.com',
  '[unbalanced [a](b) c@d.com',
  '*foo@bar.com* **a**b@c.com _x@y.zz_ ~~a@b.co~~ ~a@b.co~',
  'é@x.com éa@x.com aé@x.com ü.a@x.com',
  'a\\_b@c.com a\\@b.com a&#64;b.com a&amp;b@c.com',
  'a\tb@c.com\ttab@c.com',
  'foo@bar.com\nnext@line.com\r\ncr@lf.com',
  'mailto:foo@bar.com xmpp:foo@bar.com www.foo@bar.com http://user@host.com/path',
  '/foo@bar.com x/foo@bar.com foo @bar.com @bar.com foo@ +foo@bar.com .foo@bar.com -a@b.c _a@b.c',
  'foo@bar foo@bar.c foo@bar.com. foo@bar.com-x foo@bar..com foo@-bar.com',
  '`code@x.com` <a@b.co> <span>a@b.co</span>',
  '# Heading with a@b.co\n\n| who | mail |\n| --- | --- |\n| Jo | jo@x.gov |\n',
  '- item a@b.co\n  - nested c@d.co\n\n> quote e@f.co\n\n1. g@h.co',
  'Footnote[^a@b.co] and a call.\n\n[^a@b.co]: note i@j.co',
  ':abbr[a@b.co]{title="x@y.co"} and ::: note\nk@l.co\n:::',
  '![alt a@b.co](img.png "t@x.co") [ref a@b.co][r]\n\n[r]: https://example.com',
  'word@ word@@x.com a@b@c.com 1@2.3 ab12@cd34.ef56',
  '    indented a@b.co\n\nafter',
  'lots of plain words with no address at all, written the way most paragraphs are',
]

const TABLES = [
  '| a | b |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |',
  'a | b\n--|--\n1 | 2',
  'abc\n:--\nrow',
  'abc\n|---|\nrow\n\nafter',
  'para line one\n| a | b |\n| - | - |\n| c | d |',
  '> | a | b |\n> | - | - |\n> | c | d |\n\n> a | b\n--|--',
  '- item\n\n  | a | b |\n  |---|---|\n  | c | d |\n- | x |\n  | - |',
  '| a | b |\n| - | - | - |\n\n| a |\n| - | - |',
  'Title\n---\n\ntext\n***\n\n- - -\n\n| only a pipe line |',
  '| a |\r\n| - |\r\n| b |\r| c |\r\n\r\n\t| tab |\n\t| - |',
  '```\n| a |\n| - |\n```\n\n    | a |\n    | - |',
  '| a \\| b |\n| - |\n| `c | d` |',
  '<div>\n| a |\n| - |\n</div>\n\n| a |\n| - |\n| b |\nlazy continuation',
  '| a |\n|:-:|\n\n:::note\n| a |\n| - |\n:::',
]

describe('the lines that could be a table delimiter row', () => {
  it("are those of only | : - and blanks, with a | or :, after the containers' > and indent", () => {
    expect([...possibleDelimiterRows('a\n| --- | :-: |\n> |-|\n  --|--\n---\n- - -\n:\nx | y\n\t|\r\n| - |\r:-')]).toEqual([2, 3, 4, 7, 9, 10, 11])
    expect([...possibleDelimiterRows('')]).toEqual([])
  })
})

describe('remark-gfm looking ahead', () => {
  it('swaps the email and table constructs in every extension it adds', () => {
    const email = [(gfmAutolinkLiteral.text as NonNullable<Extension['text']>)[97]].flat()[0]
    const table = (gfmTable.flow as unknown as Record<string, unknown>).null
    const syntax = gfmSyntax()
    const atA = [(syntax.text as NonNullable<Extension['text']>)[97]].flat()
    const onEveryLine = [(syntax.flow as unknown as Record<string, unknown>).null].flat()
    expect(atA.length).toBeGreaterThan(0)
    expect(onEveryLine.length).toBeGreaterThan(0)
    expect(atA).not.toContain(email)
    expect(onEveryLine).not.toContain(table)
    const data = ours.data() as { micromarkExtensions: Extension[] }
    for (const extension of data.micromarkExtensions) {
      for (const entry of [...Object.values(extension.text ?? {}), ...Object.values(extension.flow ?? {})]) {
        expect([entry].flat()).not.toContain(email)
        expect([entry].flat()).not.toContain(table)
      }
    }
  })

  it('makes the same trees as remark-gfm on email addresses and near misses', () => {
    for (const text of CASES) same(text)
    same(CASES.join('\n\n'))
  })

  it('makes the same trees as remark-gfm on tables and the lines around them', () => {
    for (const text of TABLES) same(text)
    same(TABLES.join('\n\n'))
    same(TABLES.join('\n'))
  })

  const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpora', '18f-handbook', 'pages')
  it.skipIf(!fs.existsSync(corpus))(
    'makes the same trees as remark-gfm on every page of the real 18F handbook',
    () => {
      const pages = realPages()
        .filter(({ file }) => file.includes('18f-handbook'))
        .map(({ text }) => text)
      expect(pages.length).toBeGreaterThan(200)
      expect(pages.filter((text) => /^\|.*\|\s*$/m.test(text)).length).toBeGreaterThan(10)
      for (const text of pages) same(text)
    },
    60_000,
  )
})
