/**
 * How deeply frontmatter and data files (YAML, TOML, JSON) nest, read in one
 * pass before a parser sees them: 100,000 `[` parse (JSON) or overflow the
 * parser's stack (YAML: "Maximum call stack size exceeded"), and a value that
 * deep later crashes the build wherever it is copied. Counted: brackets and
 * braces outside quotes, indentation levels, and `- ` items opened on one
 * line. Real files nest a few levels; the limit is in limits.ts.
 */
import { counted, MAX_DATA_NESTING } from './limits'

export interface NestingProblem {
  /** 1-based, in the text given. */
  line: number
  message: string
}

/** What may come last before a quote that opens a value (spaces aside): nothing, a bracket, a comma, a colon, an equals sign or a list dash. */
const VALUE_START = ['', '[', '{', ',', ':', '=', '-']

/** The first line of `text` (YAML, TOML or JSON) that nests deeper than the limit, or undefined. */
export function nestingProblem(text: string): NestingProblem | undefined {
  let brackets = 0
  let quote: string | undefined
  const indents: number[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    let levels = 0
    if (quote === undefined && brackets === 0) {
      const indent = /^[ \t]*/.exec(line)![0].length
      const rest = line.slice(indent)
      if (rest !== '' && !rest.startsWith('#')) {
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop()
        indents.push(indent)
        levels = indents.length + (/^(?:-[ \t]+)*/.exec(rest)![0].match(/-/g)?.length ?? 0)
      }
    }
    let previous = ''
    for (let c = 0; c < line.length; c++) {
      const char = line[c]!
      const before = previous
      if (char !== ' ' && char !== '\t') previous = char
      if (quote !== undefined) {
        if (char === '\\' && quote === '"') c++
        else if (char === quote) quote = undefined
      } else if (char === '"' || char === "'") {
        // Only where a value starts: a quote inside a plain value (it's, 5" tall) opens nothing for the parser either.
        if (VALUE_START.includes(before)) quote = char
      } else if (char === '#' && (c === 0 || /\s/.test(line[c - 1]!))) break
      else if (char === '[' || char === '{') brackets++
      else if (char === ']' || char === '}') brackets = Math.max(0, brackets - 1)
      if (brackets + levels > MAX_DATA_NESTING) {
        return { line: i + 1, message: `this line nests values more than ${counted(MAX_DATA_NESTING)} levels deep, over the limit: write the data flatter` }
      }
    }
    if (levels > MAX_DATA_NESTING) return { line: i + 1, message: `this line nests values more than ${counted(MAX_DATA_NESTING)} levels deep, over the limit: write the data flatter` }
  }
  return undefined
}
