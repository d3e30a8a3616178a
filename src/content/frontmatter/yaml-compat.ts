/**
 * YAML that other tools read and the `yaml` package (strict YAML 1.2) does
 * not, read here too, each with a warning that shows the portable way to
 * write it (decisions in contents/editing/frontmatter.md):
 *
 * - a quoted value continued on lines that are not indented (`description:
 *   "…` then lines at column 0): PyYAML, libyaml and Hugo accept it, the spec
 *   does not. The continuation lines are re-indented (spaces added at their
 *   start only, so line numbers stay true and the value is the same: a quoted
 *   scalar's line breaks fold and its leading spaces are dropped), then the
 *   block is read again;
 * - `yes`/`no`/`on`/`off` written without quotes in a true/false field: YAML
 *   1.1 tools (PyYAML, Hugo before 0.152) read them as booleans, YAML 1.2 as
 *   text. Only in fields the handbook knows to be true/false; everywhere else
 *   they stay the text written (`title: No` is "No").
 */

/** A quoted value whose continuation lines were indented. Lines are 0-based, in the block's text. */
export interface Reindented {
  /** The line the quote opens on. */
  line: number
  /** The last line of the value (where the quote closes). */
  lastLine: number
  /** The field the value belongs to; undefined for a list item. */
  key?: string
  /** Spaces the portable form indents the continuation lines by. */
  indent: number
}

/**
 * Where a line opens a quoted value: after `key: ` or `- `, the column of the
 * quote, and the column of what the value belongs to (its key, or its `-`).
 */
function quotedValueStart(line: string): { quoteColumn: number; quote: '"' | "'"; parentColumn: number; key?: string } | undefined {
  const match = /^([ ]*)((?:-[ \t]+)*)(?:("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#-][^#]*?|-[^\s#][^#]*?)[ \t]*:[ \t]+)?(["'])/.exec(line)
  if (!match) return undefined
  const [whole, spaces, dashes, key, quote] = match as unknown as [string, string, string, string | undefined, '"' | "'"]
  if (key === undefined && dashes === '') return undefined // a quote at the start of a line: a quoted key, not a value
  const parentColumn = key !== undefined ? spaces.length + dashes.length : spaces.length + dashes.lastIndexOf('-')
  const name = key?.replace(/^["']|["']$/g, '')
  return { quoteColumn: whole.length - 1, quote, parentColumn, ...(name !== undefined ? { key: name } : {}) }
}

/** Index of the quote that closes a value opened by `quote`, searching `line` from `from`; -1 when it does not close there. */
export function closingQuote(line: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < line.length; i++) {
    const char = line[i]
    if (quote === '"' && char === '\\') i++
    else if (char === quote) {
      if (quote === "'" && line[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

/**
 * The text with the continuation lines of quoted values indented under their
 * key, and the values that needed it. Values that are never closed are left
 * as they are (that is a mistake to report, not a style to accept).
 */
export function reindentQuotedContinuations(text: string): { text: string; reindented: Reindented[] } {
  const lines = text.split('\n')
  const reindented: Reindented[] = []
  let i = 0
  while (i < lines.length) {
    const open = quotedValueStart(lines[i]!)
    if (!open || closingQuote(lines[i]!, open.quoteColumn + 1, open.quote) >= 0) {
      i++
      continue
    }
    const needed = open.parentColumn + 1
    const changed: Array<[number, string]> = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const line = lines[j]!
      const lead = line.length - line.trimStart().length
      if (line.trim() !== '' && lead < needed) changed.push([j, ' '.repeat(needed - lead) + line])
      if (closingQuote(line, 0, open.quote) >= 0) break
    }
    if (j >= lines.length) break
    for (const [index, line] of changed) lines[index] = line
    if (changed.length > 0) reindented.push({ line: i, lastLine: j, indent: open.parentColumn + 2, ...(open.key !== undefined ? { key: open.key } : {}) })
    i = j + 1
  }
  return { text: lines.join('\n'), reindented }
}

/** The warning for a value read after re-indenting it; `firstLine` is the file line of the block's first line. */
export function reindentedMessage(value: Reindented, firstLine: number): string {
  const from = value.line + 1 + firstLine
  const to = value.lastLine + firstLine
  const lines = from === to ? `line ${from}` : `lines ${from}-${to}`
  const what = value.key !== undefined ? `the quoted value of "${value.key}"` : 'a quoted list item'
  return (
    `${what} continues on ${lines} without indentation, which YAML does not allow (PyYAML and Hugo read it anyway, and so does the handbook). ` +
    `Indent ${from === to ? 'that line' : 'those lines'} by ${value.indent} spaces so that every YAML tool reads it`
  )
}

/** YAML 1.1's words for true and false (PyYAML's set), as read when written without quotes in a true/false field. */
const YAML11_BOOLEANS = new Map<string, boolean>(
  ['yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((word) => [word, true] as [string, boolean]).concat(['no', 'No', 'NO', 'off', 'Off', 'OFF'].map((word) => [word, false])),
)

/** The boolean a YAML 1.1 tool reads for a plain (unquoted) word, if it is one of theirs. */
export function yaml11Boolean(word: string): boolean | undefined {
  return YAML11_BOOLEANS.get(word)
}

export function yaml11BooleanMessage(field: string, word: string, value: boolean): string {
  return `"${field}" is ${word}, which YAML 1.1 tools (PyYAML, Hugo before 0.152) read as ${value} and YAML 1.2 tools as the text "${word}"; it is read as ${value} here. Write ${field}: ${value} so that every tool agrees`
}
