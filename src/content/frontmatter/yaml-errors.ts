/**
 * What to tell the editor about a YAML syntax error: the fix for the line as
 * it is written, not a list of every rule. The `yaml` package's error code
 * says what the parser saw; the offending line's text says which fix applies
 * (a value that is already quoted is never told to be put in quotes).
 */
import { VALUE_QUOTING_HINT } from '../common/yaml'
import { closingQuote } from './yaml-compat'

export interface YamlProblem {
  code: string
  /** The parser's message, first line, without its position. */
  message: string
  /** 0-based line of the block's text the parser points at. */
  line: number
}

/** What an error is reported as: its line (0-based, in the block) and the fix. */
export interface YamlFix {
  line: number
  hint: string
}

/** A value in double quotes, escaped as YAML needs it. */
const doubleQuoted = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** `key: value` split at the key's colon; undefined for a line that is not one. */
function fieldOf(line: string): { indent: string; key: string; value: string } | undefined {
  const match = /^(\s*(?:-\s+)?)([^\s"'#:][^:#]*?|"[^"]*"|'[^']*'):(?:\s+(.*))?$/.exec(line)
  if (!match) return undefined
  return { indent: match[1]!, key: match[2]!, value: (match[3] ?? '').trim() }
}

/** The quoted value on a line, when its quote closes before the end of the value: the inner quotes need escaping. */
function innerQuoteFix(field: { indent: string; key: string; value: string }): string | undefined {
  const quote = field.value[0]
  if (quote !== '"' && quote !== "'") return undefined
  const last = field.value.lastIndexOf(quote)
  if (last <= 0 || closingQuote(field.value, 1, quote) === last) return undefined
  const inner = field.value.slice(1, last)
  const fixed = quote === '"' ? `"${inner.replace(/\\?"/g, (found) => (found === '"' ? '\\"' : found))}"` : `'${inner.replace(/'/g, "''")}'`
  const rule = quote === '"' ? 'a " inside a value in double quotes is written \\"' : "a ' inside a value in single quotes is written twice, ''"
  return `Write ${field.indent}${field.key}: ${fixed}: ${rule}`
}

/** The line where the quote that is never closed was opened: the parser points at the end of the block. */
function openingLineOf(lines: readonly string[], before: number): number | undefined {
  for (let i = Math.min(before, lines.length - 1); i >= 0; i--) {
    const field = fieldOf(lines[i]!)
    const quote = field?.value[0]
    if ((quote === '"' || quote === "'") && closingQuote(field!.value, 1, quote) < 0) return i
  }
  return undefined
}

/** `firstLine`: the file line of the block's first line, for messages that name another line. */
export function yamlFix(problem: YamlProblem, lines: readonly string[], firstLine: number): YamlFix {
  const text = lines[problem.line] ?? ''
  const field = fieldOf(text)
  if (problem.code === 'TAB_AS_INDENT') return { line: problem.line, hint: 'Indent with spaces: YAML does not allow tabs for indentation' }
  if (problem.code === 'DUPLICATE_KEY') {
    const key = field?.key
    const first = key === undefined ? -1 : lines.findIndex((line, i) => i < problem.line && fieldOf(line)?.key === key && fieldOf(line)?.indent === field!.indent)
    return { line: problem.line, hint: first >= 0 ? `"${key}" is already set on line ${first + firstLine}. Keep one of the two lines` : 'Keep one of the two lines' }
  }
  if (problem.code === 'MISSING_CHAR' && /closing ["']quote/.test(problem.message)) {
    const quote = problem.message.includes('"quote') ? '"' : "'"
    const opening = openingLineOf(lines, problem.line)
    return { line: opening ?? problem.line, hint: `The value in quotes that starts on this line is never closed: end it with ${quote}` }
  }
  if (field && problem.code === 'UNEXPECTED_TOKEN') {
    const fix = innerQuoteFix(field)
    if (fix) return { line: problem.line, hint: fix }
  }
  if (field && field.value !== '' && !/^["']/.test(field.value) && (problem.code === 'BLOCK_AS_IMPLICIT_KEY' || problem.code === 'BAD_SCALAR_START')) {
    const why = problem.code === 'BAD_SCALAR_START' ? `a value that starts with ${field.value[0]}` : 'a value that contains ": "'
    return { line: problem.line, hint: `Write ${field.indent}${field.key}: ${doubleQuoted(field.value)}: ${why} must be wrapped in quotes` }
  }
  if (problem.code === 'MISSING_CHAR' && !field && text.trim() !== '') {
    return {
      line: problem.line,
      hint: 'This line is not "field: value". If it continues the value of the line above, indent it by two spaces (or write the value on one line); otherwise add its field name',
    }
  }
  if (field && /^["']/.test(field.value)) return { line: problem.line, hint: 'Check the quotes on this line: the value must end with the quote it starts with, and nothing may follow it but a # comment' }
  return { line: problem.line, hint: VALUE_QUOTING_HINT }
}
