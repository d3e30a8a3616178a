import Prism from 'prismjs'
import { fromHtml } from 'hast-util-from-html'
import type { Code, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { highlightToHast, prismLanguage } from '../../../src/content/markdown/highlight'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { realPages } from '../../support/real-pages'

/** The tree without source positions: the parser records where each node was in Prism's HTML, which nothing reads. */
const withoutPositions = <T>(nodes: T): T => JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'position' ? undefined : value)))

/** What highlighting gave before it built hast itself: Prism's HTML, parsed. */
const parsed = (code: string, language: string) => withoutPositions(fromHtml(Prism.highlight(code, Prism.languages[language]!, language), { fragment: true }).children)
const built = (code: string, language: string) => withoutPositions(highlightToHast(code, language))

/** Every fenced block with a language Prism knows, on the real pages. */
function realBlocks(): { file: string; code: string; language: string }[] {
  const found: { file: string; code: string; language: string }[] = []
  for (const { file, text } of realPages(['.md', '.mdx'])) {
    if (!text.includes('```') && !text.includes('~~~')) continue
    visit(parseMarkdown(text, 'md') as Root, 'code', (node: Code) => {
      const language = node.lang ? prismLanguage(node.lang) : undefined
      if (language) found.push({ file, code: node.value, language })
    })
  }
  return found
}

describe('highlighting to hast', () => {
  it('gives the tree of Prism’s HTML for every code block of the fixtures, the starter and the real pages', () => {
    const blocks = realBlocks()
    expect(blocks.length).toBeGreaterThan(50)
    for (const { file, code, language } of blocks) expect(built(code, language), `${file} (${language})`).toEqual(parsed(code, language))
  }, 60_000)

  it('gives the same tree where hooks write attributes or HTML, and for escapes, no-break spaces, CR and NUL', () => {
    const cases: [string, string][] = [
      ['markup', '<p title="a &amp; b">&copy; &#169; &lt;tag&gt;\u00a0x</p>\n<!-- c -->'],
      ['markdown', '# Title\n\n```js\nconst a = 1 < 2 && "x"\n```\n\n~~~unknown\nplain\n~~~\n\n*em* `code` [link](/x)'],
      ['jsx', 'const a = <div className="x">{items.map((i) => <Item key={i} />)}</div>'],
      ['tsx', 'export const A = (): JSX.Element => <B<string> prop={1}>text &amp; more</B>'],
      ['graphql', 'query Q($id: ID!) { node(id: $id) { ... on User { name } } }'],
      ['php', '<?php echo "<b>$x</b>"; ?>'],
      ['typescript', 'let s = `a $' + '{b} c`\r\nlet t = 1\r\n'],
      ['bash', 'echo "a\u0000b" && ls <in >out'],
      ['yaml', 'key: "value & <more>"\nlist:\n  - a\u00a0b\n'],
      ['css', '.a::before { content: "<&>"; }'],
      ['diff', '- old <x>\n+ new &y\n  same'],
      ['javascript', ''],
    ]
    for (const [language, code] of cases) expect(built(code, language), `${language}: ${code}`).toEqual(parsed(code, language))
  })
})
