import { describe, expect, it } from 'vitest'
import { codeRanges, codeRangesMemo, inRanges, markdownCodeRanges, surelyOutsideCode } from '../../../src/content/markdown/code-ranges'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { realPages } from '../../support/real-pages'

describe('code ranges from the tokens alone', () => {
  it('are the code and inline code positions of the parsed tree, on every real page', () => {
    const pages = realPages().map(({ file, text }) => [file, text] as const)
    expect(pages.length).toBeGreaterThan(100)
    let withCode = 0
    for (const [file, text] of pages) {
      const expected = codeRanges(parseMarkdown(text, 'md'))
      if (expected.length) withCode++
      expect(markdownCodeRanges(text), file).toEqual(expected)
    }
    expect(withCode).toBeGreaterThan(20)
  }, 120_000)

  it('are the same where code is hard to find: indented, in quotes, lists, tables, footnotes, CRLF and tabs', () => {
    const cases = [
      'text\n\n    indented code\n\tand a tab\n',
      '> quote\n>\n>     code in a quote\n\n> ```js\n> fenced {% in %} a quote\n> ```\n',
      '- item\n\n      code in an item\n- `inline` {{< x >}}\n  ```\n  fenced in an item\n  ```\n',
      '| a | `b \\| c` |\n|---|---|\n| `{%` | d |\n',
      'Text[^1] and `code`.\n\n[^1]: A note with `its code`.\n\n        and indented\n',
      'crlf\r\n\r\n```\r\n{{ x }}\r\n```\r\nand ``double `tick` code``\r\n',
      '~~~\nunclosed fence\n',
      '`unclosed inline and <code>html</code>\n\n<pre>\n  raw\n</pre>\n',
      'á `ü` 😀 `日本` ~~strike~~ www.example.com',
      // No backtick or tilde fence: only indentation can make code, in any container.
      '-     code in an item, five spaces after the marker\n',
      '1.    and after a number\n',
      '>     in a quote\n',
      '> -     in an item in a quote\n',
      '- item\n\n  - nested\n\n          indented under the nested item\n',
      'Text[^1].\n\n[^1]:     code in a footnote?\n',
      'Text[^1].\n\n[^1]: A note.\n\n        indented in the note\n',
      'a\n\n\tcode after a tab\n',
      'a\r\n\r\n    code after CRLF\r\n',
      'prose    with    inner    spaces\n   three spaces\n- a\n  - b\n',
      // Inline text without a backtick is not tokenized: code whose paragraph, heading or cell has one elsewhere, over several lines, or behind containers.
      'plain first line\nthen `code` on the second\n\nno code here\n',
      '> a quote whose code `starts\n> here` and ends on the next line\n>\n> plain\n',
      '- item\nlazy `continuation` line\n- plain item\n',
      '# heading `code`\n\nSetext `code`\n---\n\n| plain | cell |\n|---|---|\n| `x` | y |\n| z | w |\n',
      '```js `not code` title\nfenced\n```\n\n[link](`not-code` "`title`") and [ref]\n\n[ref]: /`x` "`t`"\n',
      '<div>\n`not code in html`\n</div>\n\n<http://a`b> and <span title="`">x</span> `code`\n',
      'a\\`not code` and \\``code` and &#96;not`\n',
    ]
    for (const text of cases) expect(markdownCodeRanges(text), text).toEqual(codeRanges(parseMarkdown(text, 'md')))
  })

  it('are tokenized once for the same text, again when the text differs', () => {
    const codeIn = codeRangesMemo()
    const first = codeIn('a `b` c')
    expect(codeIn('a `b` c')).toBe(first)
    expect(codeIn('`x` and `y`')).toEqual([
      [0, 3],
      [8, 11],
    ])
  })
})

describe('an offset surely outside code, found without tokenizing', () => {
  /** Offsets said to be surely outside the code that are in it, and how many were asked and said sure. */
  const check = (text: string, offsets: Iterable<number>) => {
    const ranges = markdownCodeRanges(text)
    const outside = surelyOutsideCode(text)
    const wrong: number[] = []
    let asked = 0
    let sure = 0
    for (const at of offsets) {
      asked++
      if (!outside(at)) continue
      sure++
      if (inRanges(at, ranges)) wrong.push(at)
    }
    return { wrong, asked, sure }
  }

  it('is never said of an offset in code: every Liquid mark, line start and seventh offset of every real page', () => {
    let marks = 0
    let sureMarks = 0
    for (const { file, text } of realPages()) {
      const offsets = new Set<number>()
      for (const match of text.matchAll(/\{[{%]|^/gm)) offsets.add(match.index!)
      for (let at = 0; at < text.length; at += 7) offsets.add(at)
      expect(check(text, offsets).wrong, file).toEqual([])
      const found = check(
        text,
        [...text.matchAll(/\{[{%]/g)].map((match) => match.index!),
      )
      marks += found.asked
      sureMarks += found.sure
    }
    // Most marks are in prose: the tokenizing is saved for them.
    expect(marks).toBeGreaterThan(500)
    expect(sureMarks / marks).toBeGreaterThan(0.3)
  }, 120_000)

  it('is never said where code hides: fences in containers, indented code, spans over lines, info strings', () => {
    const cases = [
      '```\n{{ x }}\n```\n',
      '> ~~~\n> {% y %}\n> ~~~\n',
      '- item\n\n  ```\n  {{ in a list }}\n  ```\n',
      '1. item\n   ~~~~\n   {% z %}\n',
      'a `code\n{{ x }}` b\n',
      '> a `code\n> {{ x }}` b\n',
      '    {{ indented }}\n',
      '- item\n\n      {{ indented in an item }}\n',
      '\t{{ after a tab }}\n',
      '```{{ info }}\n```\n',
      'text\n\n```\nunclosed {{ to the end }}\n',
      'crlf `a\r\n{{ b }}`\r\n',
      '| `{{ in a cell }}` | b |\n|---|---|\n',
    ]
    for (const text of cases) expect(check(text, text.split('').keys()).wrong, text).toEqual([])
  })

  it('is said of prose with no fence before it, no indentation and no backtick in its paragraph', () => {
    const text = 'Intro with `code`.\n\nA [link]({{ site.baseurl }}/x) in prose.\n\n```\n{{ in code }}\n```\n'
    const outside = surelyOutsideCode(text)
    expect(outside(text.indexOf('{{ site'))).toBe(true)
    expect(outside(text.indexOf('`code`'))).toBe(false)
    expect(outside(text.indexOf('{{ in code'))).toBe(false)
  })
})
