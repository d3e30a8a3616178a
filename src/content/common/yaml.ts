/**
 * Reading YAML with the place of everything in it, and the one shape of a
 * syntax error: `malformed YAML: <the parser's message>. <what to check>`
 * at the line (and column) the parser points at. Frontmatter, sidebars.yml,
 * synonyms.yml, the people and team files, folder defaults and handbook.yml
 * all read through here; each says its own "what to check", since what its
 * values look like differs (a label, a term, any value).
 */
import { LineCounter, parseDocument, type Document } from 'yaml'
import { nestingProblem } from './data-nesting'
import { error, type Diagnostic } from './diagnostics'

/** A data file of the content folder (people.yml, sidebars.yml, …) and its text, as read. */
export interface DataText {
  /** Relative to the content folder. */
  path: string
  text: string
}

/** Where something is in a file: 1-based line and column. */
export interface Place {
  line: number
  column: number
}

/** A syntax error, as the editor is told it. */
export interface YamlSyntaxError {
  /** The `yaml` package's code (TAB_AS_INDENT, DUPLICATE_KEY, …): which fix applies. */
  code: string
  /** The parser's message: its first line, without the position it appends (the diagnostic carries that). */
  message: string
  /** Where the parser points, in the text parsed. */
  place: Place
}

export interface ParsedYaml {
  doc: Document.Parsed
  /** The place of a character offset of the text. */
  placeAt(offset: number): Place
  /** The first syntax error, when the text is not YAML. */
  syntaxError?: YamlSyntaxError
}

/**
 * What to check on the line of a syntax error in a file of free values
 * (people, folder defaults, handbook.yml; frontmatter when no better fix is known).
 */
export const VALUE_QUOTING_HINT = 'Check this line: a value that contains ": " or " #", or starts with a quote, [, {, *, &, !, |, >, % or @, must be wrapped in quotes'

/** `uniqueKeys: false` where the caller reports a key written twice itself, knowing what it is (a person defined twice). */
export function parseYaml(text: string, options: { uniqueKeys: boolean }): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: options.uniqueKeys })
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problem = doc.errors[0]
  if (!problem) return { doc, placeAt }
  const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  return { doc, placeAt, syntaxError: { code: problem.code, message, place: placeAt(problem.pos[0]) } }
}

/** `malformed YAML: <message>. <hint>`; `malformed frontmatter (YAML): …` when `what` is "frontmatter". */
export function malformedYamlMessage(problem: YamlSyntaxError, hint: string, what?: string): string {
  return `malformed ${what ? `${what} (YAML)` : 'YAML'}: ${problem.message}. ${hint}`
}

export interface YamlDataOptions {
  /** Code of the diagnostic for a file that cannot be read, e.g. "data-yaml". */
  code: string
  /** What to check on the line of a syntax error, in the words of the file's values. */
  hint: string
  uniqueKeys: boolean
  /** Whether the problem names its column too (sidebars.yml's problems name the line only). */
  columns: boolean
}

/**
 * A data file's text as YAML; undefined, with the one problem reported, when
 * it nests too deeply to parse safely (data-nesting.ts) or is not YAML.
 */
export function readYamlData(file: string, text: string, diagnostics: Diagnostic[], options: YamlDataOptions): ParsedYaml | undefined {
  const deep = nestingProblem(text)
  if (deep) {
    diagnostics.push(error(options.code, file, deep.message, deep.line, options.columns ? 1 : undefined))
    return undefined
  }
  const parsed = parseYaml(text, options)
  const problem = parsed.syntaxError
  if (problem) {
    diagnostics.push(error(options.code, file, malformedYamlMessage(problem, options.hint), problem.place.line, options.columns ? problem.place.column : undefined))
    return undefined
  }
  return parsed
}
