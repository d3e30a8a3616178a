/**
 * MDX syntax errors at their line and column, each with the fix for that
 * mistake (not the brace hint for every one of them).
 */
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { mdxSyntaxProblem } from '../../../src/content/markdown/mdx-syntax'

function problemOf(source: string) {
  try {
    parseMarkdown(source, 'mdx', { directives: true })
  } catch (cause) {
    return mdxSyntaxProblem(cause)
  }
  throw new Error('parsed without an error')
}

describe('mdxSyntaxProblem', () => {
  it.each([
    [
      'an unclosed tag, at its opening tag',
      'Text\n\n<Callout type="tip">\n\nBody\n',
      3,
      1,
      'Expected a closing tag for `<Callout>` (3:1-3:21). Close it with </Callout> after its content (on a line of its own, after a blank line, when the content is Markdown), or write <Callout … /> if it has none',
    ],
    ['an HTML element without content', 'An image:\n\n<img src="a.png">\n', 3, 1, 'Expected a closing tag for `<img>` (3:1-3:18). In .mdx, an element without content closes itself: write <img … />'],
    [
      'tags closed out of order',
      '<Callout>x</Note>\n',
      1,
      11,
      'Unexpected closing tag `</Note>`, expected corresponding closing tag for `<Callout>` (1:1-1:10). Tags close in the reverse order they open: close <Callout> with </Callout> first',
    ],
    [
      'a literal brace',
      'An unbalanced { brace.\n',
      1,
      23,
      'Unexpected end of file in expression, expected a corresponding closing brace for `{`. In .mdx, write \\{ and \\< for a literal brace or angle bracket, or rename the file to .md',
    ],
    [
      'a literal angle bracket',
      'We <3 MDX\n',
      1,
      5,
      'Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`. In .mdx, < starts a tag: write \\< (or &lt;) for a literal angle bracket, or rename the file to .md',
    ],
    [
      'an HTML comment',
      '<!-- note -->\n',
      1,
      2,
      'Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`). In .mdx, a comment is written {/* text */}, not <!-- text -->',
    ],
    [
      'an unquoted attribute',
      '<Callout title=hello>x</Callout>\n',
      1,
      16,
      'Unexpected character `h` (U+0068) before attribute value, expected a character that can start an attribute value, such as `"`, `\'`, or `{`. Put the attribute value in quotes, e.g. title="Hello", or in braces for an expression, e.g. count={3}',
    ],
    [
      'a closing tag without an opening one',
      'Text\n\n</div>\n',
      3,
      2,
      'Unexpected closing slash `/` in tag, expected an open tag first. This closing tag has no opening tag: remove it, or add the tag it closes',
    ],
  ])('%s', (_, source, line, column, message) => {
    expect(problemOf(source)).toEqual({ message, line, column })
  })
})
