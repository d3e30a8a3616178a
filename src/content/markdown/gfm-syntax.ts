/**
 * remark-gfm, with its two costliest constructs tried only where they can
 * start. The trees are remark-gfm's own, positions included
 * (tests/unit/markdown/gfm-syntax.test.ts compares them on real pages); on the
 * 246 pages of a real handbook the Markdown parse takes about a third less
 * time (bench-results/real-18f-speed.md §16).
 *
 * - **Email autolinks.** micromark-extension-gfm-autolink-literal 1.x (the MDX
 *   2 line's) registers its email construct on every ASCII letter and digit,
 *   so the text tokenizer ends its data at the start of every word and
 *   attempts an email there: state saved, the word tokenized, the attempt
 *   undone. An email autolink is atext (`a-z A-Z 0-9 + - . _`) then `@` in one
 *   run of the line, and the construct refuses anything else before reading
 *   further; its `previous` check, which the tokenizer asks before ending the
 *   data, now also looks ahead in the line for that shape.
 * - **Tables.** micromark-extension-gfm-table tries a table at the start of
 *   every line of flow, including each line of every paragraph (as a possible
 *   interruption), and reads the whole line as a head row before it looks at
 *   the next one. A table's head row is followed by its delimiter row: only
 *   `|`, `:`, `-`, spaces and tabs, with a `|` or `:`, after the containers'
 *   `>` and indent. The lines of the text being parsed that could be one are
 *   listed before the parse (`parsingText`), and a head row is tried only on
 *   the line before one. A body row, after a table's head, is always tried.
 *   Where the text is not known (a caller that parses without `parsingText`),
 *   every line is tried, as upstream does.
 *
 * Where either check says no, the construct could only fail, and a failed
 * attempt leaves nothing behind: skipping it changes no token.
 */
import remarkGfm, { type Options } from 'remark-gfm'
import { gfm } from 'micromark-extension-gfm'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmTable } from 'micromark-extension-gfm-table'
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

type ConstructRecord = NonNullable<Extension['text']>

/** GFM's atext: what an email autolink's local part is made of. */
const isAtext = (code: number): boolean => code === 43 || code === 45 || code === 46 || code === 95 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

/** The last chunk looked at: a word's letters are asked about one after another in the same chunk. */
let seen: { context: TokenizeContext; index: number; chunk: unknown } | undefined

/**
 * Whether the chunk the tokenizer is in holds atext then `@` from its current
 * character: what an email autolink starting here needs. A chunk is a line's
 * text between its tabs and line endings. Anything but a text chunk answers
 * "maybe".
 */
function atextThenAt(context: TokenizeContext): boolean {
  const at = context.now()
  if (seen?.context !== context || seen.index !== at._index) {
    // The whole chunk: a slice from index to index + 1 with no buffer offsets (micromark's sliceChunks).
    const chunk = context.sliceStream({ start: { ...at, _bufferIndex: -1 }, end: { ...at, _index: at._index + 1, _bufferIndex: -1 } })[0]
    seen = { context, index: at._index, chunk }
  }
  const chunk = seen.chunk
  if (typeof chunk !== 'string') return true
  let index = at._bufferIndex
  while (index < chunk.length && isAtext(chunk.charCodeAt(index))) index++
  return chunk.charCodeAt(index) === 64
}

/** The package's email construct: the same object in every extension made from it. */
const emailAutolink = (gfmAutolinkLiteral.text as ConstructRecord)[48] as Construct

const emailLookingAhead: Construct = {
  ...emailAutolink,
  previous(this: TokenizeContext, code) {
    // The package's previousEmail (no atext and no `/` just before), then the lookahead.
    return code !== 47 && (code === null || !isAtext(code)) && atextThenAt(this)
  },
}

/** The lines (1-based, as micromark counts them) of the text being parsed that could be a table's delimiter row; undefined when the text is not known. */
let delimiterRows: Set<number> | undefined

const SPACE = 32
const TAB = 9
const GREATER = 62
const PIPE = 124
const COLON = 58
const DASH = 45
const CR = 13
const LF = 10

/** The lines of `text` that could be a table's delimiter row: after `>`, spaces and tabs, only `| : -`, spaces and tabs, with a `|` or `:`. */
export function possibleDelimiterRows(text: string): Set<number> {
  const rows = new Set<number>()
  let line = 1
  let at = 0
  while (at <= text.length) {
    let code = text.charCodeAt(at)
    while (code === SPACE || code === TAB || code === GREATER) code = text.charCodeAt(++at)
    let marker = false
    let only = true
    while (at < text.length && code !== LF && code !== CR) {
      if (code === PIPE || code === COLON) marker = true
      else if (code !== DASH && code !== SPACE && code !== TAB) only = false
      code = text.charCodeAt(++at)
    }
    if (only && marker) rows.add(line)
    if (at >= text.length) break
    at += code === CR && text.charCodeAt(at + 1) === LF ? 2 : 1
    line++
  }
  return rows
}

/** Runs `parse` with `text` known as the text it parses: tables are tried only before a line that could be a delimiter row. */
export function parsingText<T>(text: string, parse: () => T): T {
  const before = delimiterRows
  delimiterRows = possibleDelimiterRows(text)
  try {
    return parse()
  } finally {
    delimiterRows = before
  }
}

/** The package's table construct (flow, on every line). */
const table = (gfmTable.flow as ConstructRecord)['null' as unknown as number] as Construct

/** Whether a table may start or go on at the context's line: a delimiter row may follow it, or a table's head or row is just before it (the construct's own test). */
function mayBeTableLine(context: TokenizeContext): boolean {
  if (!delimiterRows || delimiterRows.has(context.now().line + 1)) return true
  const events = context.events
  let index = events.length - 1
  while (index > -1 && (events[index]![1].type === 'lineEnding' || events[index]![1].type === 'linePrefix')) index--
  const tail = index > -1 ? events[index]![1].type : null
  return tail === 'tableHead' || tail === 'tableRow'
}

const tableLookingAhead: Construct = {
  ...table,
  tokenize(effects, ok, nok) {
    const start: State = (code) => (mayBeTableLine(this) ? table.tokenize.call(this, effects, ok, nok)(code) : nok(code))
    return start
  },
}

const swap = (construct: Construct): Construct => (construct === emailAutolink ? emailLookingAhead : construct === table ? tableLookingAhead : construct)

function swapRecord(record: ConstructRecord | undefined): ConstructRecord | undefined {
  if (!record) return record
  const swapped: ConstructRecord = {}
  for (const [code, entry] of Object.entries(record)) {
    swapped[code as unknown as number] = Array.isArray(entry) ? entry.map(swap) : swap(entry as Construct)
  }
  return swapped
}

/** `extension` with the email and table constructs looking ahead; every other construct as it was. */
export function withLookahead(extension: Extension): Extension {
  if (!extension.text && !extension.flow) return extension
  const swapped: Extension = { ...extension }
  if (extension.text) swapped.text = swapRecord(extension.text)
  if (extension.flow) swapped.flow = swapRecord(extension.flow)
  return swapped
}

/** micromark-extension-gfm's syntax with remark-gfm's default options, looking ahead. Parse with `parsingText` for the tables' lookahead. */
export function gfmSyntax(): Extension {
  return withLookahead(gfm())
}

/** remark-gfm, looking ahead: the same trees, parsed sooner. After remark-parse, whose parser it wraps to know the text. */
export function remarkGfmSyntax(this: Processor, options?: Options): void {
  ;(remarkGfm as unknown as (this: Processor, options?: Options) => void).call(this, options)
  const data = this.data() as { micromarkExtensions?: Extension[] }
  data.micromarkExtensions = data.micromarkExtensions?.map(withLookahead)
  const self = this as unknown as { Parser?: (doc: string, file: unknown) => unknown }
  const parser = self.Parser
  if (typeof parser === 'function') self.Parser = (doc: string, file: unknown) => parsingText(doc, () => parser(doc, file))
}
