/**
 * The first place where a page's text asks more of the parser than
 * limits.ts allows, found in one pass over its lines, before it is parsed:
 * the parser's own time on such text is quadratic or worse, or overflows
 * its stack. Counting is rough on purpose (code and text alike, except the
 * indentation and emphasis of fenced code); the limits are far above real pages.
 */
import {
  counted,
  MAX_BRACKETS_PER_PAGE,
  MAX_BRACKETS_PER_PARAGRAPH,
  MAX_LINES,
  MAX_LIST_ITEMS,
  MAX_QUOTE_MARKERS,
  MAX_EMPHASIS_RUNS_PER_PAGE,
  MAX_EMPHASIS_RUNS_PER_PARAGRAPH,
  MAX_INDENT,
  MAX_LINE_LENGTH,
  MAX_NESTING,
  MAX_PAGE_BYTES,
  MAX_TABLE_CELLS,
} from '../common/limits'

export interface LimitProblem {
  /** Absent for the size of the whole page. */
  line?: number
  message: string
}

/** `>` and list markers that open containers at the start of a line. */
const CONTAINER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y
/** A table's delimiter row: `| --- | :-: |`, with at least one pipe. */
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

function indentOf(line: string): number {
  let columns = 0
  for (const char of line) {
    if (char === ' ') columns++
    else if (char === '\t') columns += 4 - (columns % 4)
    else break
  }
  return columns
}

/** Cells of a table row: its pipes, less one at either edge, plus one. */
function cellsIn(row: string): number {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  let cells = 1
  for (let i = inner.indexOf('|'); i >= 0; i = inner.indexOf('|', i + 1)) cells++
  return cells
}

function bracketsIn(line: string): number {
  let brackets = 0
  for (let i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) brackets++
  return brackets
}

/** Runs of `*` or `_` in `line` (`**` is one run, `*_` two). */
function emphasisRuns(line: string): number {
  let runs = 0
  let previous = ''
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!
    if ((char === '*' || char === '_') && char !== previous) runs++
    previous = char
  }
  return runs
}

/** The first limit `text` (a page, or a file it includes) goes over, or undefined. */
export function pageLimitProblem(text: string): LimitProblem | undefined {
  const bytes = Buffer.byteLength(text)
  if (bytes > MAX_PAGE_BYTES) {
    return { message: `this file is ${counted(bytes)} bytes, over the limit of ${counted(MAX_PAGE_BYTES)}: split it into several pages` }
  }
  let paragraphRuns = 0
  let pageRuns = 0
  let paragraphBrackets = 0
  let pageBrackets = 0
  let listItems = 0
  let quoteMarkers = 0
  let cells = 0
  /** Columns of the table being read, 0 outside tables. */
  let tableColumns = 0
  let fence: string | undefined
  let previous = ''
  let lineNumber = 0
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)
    const line = text.slice(start, end).replace(/\r$/, '')
    start = end + 1
    lineNumber++
    if (lineNumber > MAX_LINES) {
      return { line: lineNumber, message: `this page has more than ${counted(MAX_LINES)} lines, over the limit: split it into several pages` }
    }
    if (line.length > MAX_LINE_LENGTH) {
      return { line: lineNumber, message: `this line is ${counted(line.length)} characters long, over the limit of ${counted(MAX_LINE_LENGTH)}: split it into paragraphs` }
    }
    let depth = 0
    let items = 0
    CONTAINER.lastIndex = 0
    for (let marker = CONTAINER.exec(line); marker; marker = CONTAINER.exec(line)) {
      depth++
      if (!marker[0].trimStart().startsWith('>')) items++
    }
    const quotes = depth - items
    const body = line.slice(Math.max(CONTAINER.lastIndex, 0))
    if (fence !== undefined) {
      const closing = FENCE.exec(line)
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length && line.slice(closing[0].length).trim() === '') fence = undefined
      continue
    }
    const opening = FENCE.exec(line)
    if (opening && !(opening[1]![0] === '`' && line.slice(opening[0].length).includes('`'))) {
      fence = opening[1]!
      paragraphRuns = 0
      paragraphBrackets = 0
      tableColumns = 0
      continue
    }
    if (depth > MAX_NESTING) {
      return { line: lineNumber, message: `this line opens ${counted(depth)} quotes or lists inside each other, over the limit of ${counted(MAX_NESTING)}: nest them less deeply` }
    }
    const indent = indentOf(line)
    if (indent > MAX_INDENT) {
      return { line: lineNumber, message: `this line is indented ${counted(indent)} columns, over the limit of ${counted(MAX_INDENT)}: nest lists less deeply, or put the text in a fenced code block` }
    }
    listItems += items
    quoteMarkers += quotes
    if (quoteMarkers > MAX_QUOTE_MARKERS) {
      return { line: lineNumber, message: `this page has more than ${counted(MAX_QUOTE_MARKERS)} quote markers (>) by this line, over the limit: quote less, or split the page` }
    }
    if (listItems > MAX_LIST_ITEMS) {
      return { line: lineNumber, message: `this page has more than ${counted(MAX_LIST_ITEMS)} list items by this line, over the limit: split the list over several pages` }
    }
    if (line.trim() === '') {
      paragraphRuns = 0
      paragraphBrackets = 0
      tableColumns = 0
      previous = line
      continue
    }
    const runs = emphasisRuns(line)
    paragraphRuns += runs
    pageRuns += runs
    if (paragraphRuns > MAX_EMPHASIS_RUNS_PER_PARAGRAPH) {
      return {
        line: lineNumber,
        message: `this paragraph has more than ${counted(MAX_EMPHASIS_RUNS_PER_PARAGRAPH)} runs of * or _ by this line, over the limit: split it into paragraphs, or write the marks that are not emphasis as \\* and \\_`,
      }
    }
    if (pageRuns > MAX_EMPHASIS_RUNS_PER_PAGE) {
      return { line: lineNumber, message: `this page has more than ${counted(MAX_EMPHASIS_RUNS_PER_PAGE)} runs of * or _ by this line, over the limit: split it into several pages` }
    }
    const brackets = bracketsIn(line)
    paragraphBrackets += brackets
    pageBrackets += brackets
    if (paragraphBrackets > MAX_BRACKETS_PER_PARAGRAPH) {
      return {
        line: lineNumber,
        message: `this paragraph has more than ${counted(MAX_BRACKETS_PER_PARAGRAPH)} [ by this line, over the limit: split it into paragraphs, or write the brackets that open no link as \\[`,
      }
    }
    if (pageBrackets > MAX_BRACKETS_PER_PAGE) {
      return { line: lineNumber, message: `this page has more than ${counted(MAX_BRACKETS_PER_PAGE)} [ (links, images, footnotes) by this line, over the limit: split it into several pages` }
    }
    if (tableColumns === 0 && body.includes('|') && DELIMITER_ROW.test(body.trim()) && previous.trim() !== '') {
      tableColumns = cellsIn(body)
      // The header row, and this one.
      cells += 2 * Math.max(tableColumns, cellsIn(previous))
    } else if (tableColumns > 0) {
      cells += Math.max(tableColumns, cellsIn(body))
    }
    if (cells > MAX_TABLE_CELLS) {
      return {
        line: lineNumber,
        message: `the tables of this page have more than ${counted(MAX_TABLE_CELLS)} cells by this line, over the limit: split the table over several pages, or publish the data as a CSV file and link to it`,
      }
    }
    previous = line
  }
  return undefined
}
