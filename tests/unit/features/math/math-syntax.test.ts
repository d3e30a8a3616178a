/**
 * Pandoc's rule for dollars, `\(…\)` and `\[…\]`, as the math wing parses
 * them (remark-math alone makes "$5 and $10" math).
 */
import { describe, expect, it } from 'vitest'
import type { Content, Root } from 'mdast'
import { parseMarkdown } from '../../../../src/content/markdown/parse'
import { displayBrackets, remarkHandbookMath } from '../../../../src/content/features/math/remark-math'

const REMARK = [remarkHandbookMath]

/** The page's inline content as `text` and `$math$` pieces, and its blocks' types. */
function read(markdown: string, format: 'md' | 'mdx' = 'md'): string[] {
  const tree = parseMarkdown(markdown, format, { remark: REMARK }) as Root
  displayBrackets(tree)
  const piece = (node: Content): string => {
    // mdast-util-math's nodes, which the Content union does not list.
    const math = node as unknown as { type: string; value: string }
    if (math.type === 'inlineMath') return `[math ${math.value}]`
    if (math.type === 'math') return `[display ${math.value}]`
    if (node.type === 'text') return node.value
    if ('children' in node) return (node.children as Content[]).map(piece).join('')
    return `[${node.type}]`
  }
  return tree.children.map(piece)
}

describe("pandoc's rule for dollars", () => {
  it.each([['$5 and $10'], ['costs $5, or $6 with tax'], ['$20/month'], ['between $1,000 and $2,000'], ['US$5 and US$6'], ['pay $ 5 $ now'], ['from $5 to $10, or $x$5'], ['a refund of $30 $']])(
    'leaves money in prose as text: %s',
    (prose) => {
      expect(read(prose)).toEqual([prose])
    },
  )

  it('keeps Markdown between two prices (it is not math)', () => {
    const tree = parseMarkdown('$5 *and* $10', 'md', { remark: REMARK })
    expect(JSON.stringify(tree)).toContain('"type":"emphasis"')
  })

  it.each([
    ['a $x^2$ b', ['a [math x^2] b']],
    ['$\\alpha$', ['[math \\alpha]']],
    ['$a b$ c', ['[math a b] c']],
    ['costs $5, and $x^2$ is math', ['costs $5, and [math x^2] is math']],
    ['\\$5 and $x$', ['$5 and [math x]']],
    ['a $$x$$ b', ['a [math x] b']],
    ['$\\frac{1}{2}$ of $5', ['[math \\frac{1}{2}] of $5']],
  ])('reads math: %s', (markdown, expected) => {
    expect(read(markdown)).toEqual(expected)
  })

  it('reads $$ blocks as displayed math', () => {
    expect(read('$$\nx^2 + y^2\n$$')).toEqual(['[display x^2 + y^2]'])
  })
})

describe('LaTeX delimiters', () => {
  it('reads \\(…\\) as inline math, before the escape of ( takes it', () => {
    expect(read('see \\(x + 1\\) here')).toEqual(['see [math x + 1] here'])
    expect(read('\\(a \\\\ b\\) and \\(\\{1\\}\\)')).toEqual(['[math a \\\\ b] and [math \\{1\\}]'])
  })

  it('keeps a lone \\( as the escaped (', () => {
    expect(read('just \\( a paren')).toEqual(['just ( a paren'])
  })

  it('reads \\[…\\] alone in its paragraph as a displayed block', () => {
    expect(read('\\[\na = b\n\\]')).toEqual(['[display a = b]'])
  })

  it('keeps escaped brackets in prose as brackets: \\[…\\] is math on lines of its own only', () => {
    // As the 18F handbook writes them.
    expect(read('_\\[two weeks later\\]_')).toEqual(['[two weeks later]'])
    expect(read('please email \\[email address\\] and')).toEqual(['please email [email address] and'])
    expect(read('- [\\[MAKE A COPY\\] Checklist](https://example.com) outlines it')).toEqual(['[MAKE A COPY] Checklist outlines it'])
    expect(read('\\[date\\] is when')).toEqual(['[date] is when'])
    expect(read('Where\n\\[x^2\\]\nholds.')).toEqual(['Where\n[math x^2]\nholds.'])
  })

  it('reads math the same in .mdx, braces included', () => {
    expect(read('Half: $\\frac{1}{2}$ and \\(\\{x\\}\\).', 'mdx')).toEqual(['Half: [math \\frac{1}{2}] and [math \\{x\\}].'])
  })
})
