/**
 * Names an .mdx page's expressions read that nothing defines (a ReferenceError
 * while Gatsby renders the HTML, otherwise): reported at the expression, with
 * the fix for where it is written.
 */
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { undefinedNames } from '../../../src/content/markdown/mdx-expressions'

const messages = (source: string) => undefinedNames(parseMarkdown(source, 'mdx', { directives: true }), ['Callout']).map((p) => `${p.line}:${p.column}: ${p.message}`)

describe('undefinedNames', () => {
  it('reports a name in text, at the expression, with literal braces as the fix', () => {
    expect(messages('Hello {name}.')).toEqual([
      '1:7: {name} uses name, which this page does not define, so the page would fail to render. For literal braces write \\{name\\}; for a value, define it first, e.g. export const name = …',
    ])
  })

  it('reports an attribute value and a spread with their own fixes', () => {
    expect(messages('<Callout title={heading} {...rest}>x</Callout>')).toEqual([
      '1:1: title={heading} uses heading, which this page does not define, so the page would fail to render. For text, write title="…"; for a value, define it first, e.g. export const heading = …',
      '1:1: {...rest} uses rest, which this page does not define, so the page would fail to render. Remove it, or define it first, e.g. export const rest = …',
    ])
  })

  it('accepts what the page imports or exports, props, globals, comments, property names and names the expression binds', () => {
    const source = [
      "import { data } from './data'",
      'export const year = 2026',
      '',
      '{year} {data.items.length} {props.title} {/* a comment */} {Math.max(1, 2)} {({ key: 1 }).key}',
      '',
      '{[1, 2].map((n) => n * 2)} {[{ a: 1 }].map(({ a }) => a)} {(() => { const x = 1; return x })()} <Callout count={3} />',
    ].join('\n')
    expect(messages(source)).toEqual([])
  })
})
