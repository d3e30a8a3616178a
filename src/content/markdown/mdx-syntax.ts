/**
 * An MDX syntax error as the editor should read it: at its line and column
 * (the parser puts some only in its message, "(3:1-3:21)"), with the fix for
 * that mistake: an unclosed or mismatched tag, a `{` or `<` meant literally,
 * an HTML comment or an autolink written the Markdown way, an unquoted
 * attribute. Never a fix that does not apply to the input.
 */

/** What the MDX parser (micromark and mdast-util-mdx-jsx, through VFileMessage) throws. */
export interface MdxParseError {
  line?: number | null
  column?: number | null
  reason?: string
  message?: string
  ruleId?: string | null
}

export interface MdxSyntaxProblem {
  message: string
  line?: number
  column?: number
}

const LITERAL = 'In .mdx, write \\{ and \\< for a literal brace or angle bracket, or rename the file to .md'

/** HTML elements that never have content: MDX wants them closed as `<br />`. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

function fixFor(reason: string, ruleId: string | undefined): string {
  if (reason.includes('to create a comment in MDX')) return 'In .mdx, a comment is written {/* text */}, not <!-- text -->'
  if (reason.includes('to create a link in MDX')) return 'In .mdx, write a link as [text](url), or the bare address, not <url>'
  const unclosed = /^Expected a closing tag for `<([^>\s`]+)>/.exec(reason)
  if (unclosed) {
    const name = unclosed[1]!
    return VOID_ELEMENTS.has(name.toLowerCase())
      ? `In .mdx, an element without content closes itself: write <${name} … />`
      : `Close it with </${name}> after its content (on a line of its own, after a blank line, when the content is Markdown), or write <${name} … /> if it has none`
  }
  const mismatched = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>\s`]+)>/.exec(reason)
  if (mismatched) return `Tags close in the reverse order they open: close <${mismatched[2]}> with </${mismatched[2]}> first`
  if (ruleId === 'unexpected-closing-slash') return 'This closing tag has no opening tag: remove it, or add the tag it closes'
  if (/before attribute value/.test(reason)) return 'Put the attribute value in quotes, e.g. title="Hello", or in braces for an expression, e.g. count={3}'
  if (/before name|before local name|after self-closing slash|before attribute name|after attribute name/.test(reason))
    return 'In .mdx, < starts a tag: write \\< (or &lt;) for a literal angle bracket, or rename the file to .md'
  return LITERAL
}

/** The place a message gives as "(3:1-3:21)", when the error itself has none. */
function placeInReason(reason: string): { line: number; column: number } | undefined {
  const match = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason)
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined
}

export function mdxSyntaxProblem(cause: unknown): MdxSyntaxProblem {
  const error = (cause ?? {}) as MdxParseError
  const reason = error.reason ?? error.message ?? String(cause)
  const place = error.line ? { line: error.line, ...(error.column ? { column: error.column } : {}) } : placeInReason(reason)
  return { message: `${reason}. ${fixFor(reason, error.ruleId ?? undefined)}`, ...place }
}
