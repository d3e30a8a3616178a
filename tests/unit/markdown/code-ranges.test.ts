import { describe, expect, it } from 'vitest'
import { codeRanges, codeRangesMemo, markdownCodeRanges } from '../../../src/content/markdown/code-ranges'
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
