/**
 * Where the code is in a page's text: the steps before Markdown (Liquid,
 * shortcodes, components) leave code literal, so each asks for the code's
 * [start, end) offsets first. `.md` text is only tokenized for this, as
 * remark-parse with remark-gfm tokenizes it, without building the syntax tree
 * (the offsets are those of the same tokens the tree's `code` and
 * `inlineCode` nodes get their positions from) and without the inline text
 * that has no backtick; a page's steps that see the same text share one
 * answer (codeRangesMemo), and Liquid and the shortcodes ask only about a
 * mark that may be in code (lazyInCode: most are surely outside it, in
 * prose, and their page is not tokenized at all).
 */
import type { Root } from 'mdast'
import type { Event, Token } from 'micromark-util-types'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'
import { parse } from 'micromark/lib/parse'
import { subtokenize } from 'micromark-util-subtokenize'
import { preprocess } from 'micromark/lib/preprocess'
import { gfmSyntax, parsingText } from './gfm-syntax'
import { countAtOrBefore } from '../common/sorted'

export type CodeRanges = [number, number][]

/** Whether an offset of a text is in its code: what the steps before Markdown ask to leave code literal. */
export type InCode = (offset: number) => boolean

/** The token types mdast-util-from-markdown makes `code` (fenced, indented) and `inlineCode` nodes of. */
const CODE_TOKENS = new Set(['codeFenced', 'codeIndented', 'codeText'])

/** remark-gfm's syntax with its default options, as parse.ts's `.md` parser has it. */
const GFM = [gfmSyntax()]

/** [start, end) offsets of the code in `tree`, in order. */
export function codeRanges(tree: Root): CodeRanges {
  const ranges: CodeRanges = []
  visit(tree as UnistNode, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      ranges.push([node.position.start.offset, node.position.end.offset])
    }
  })
  return ranges.sort((a, b) => a[0] - b[0])
}

/**
 * Whether `.md` text may hold code at all: fenced and inline code need a
 * backtick or `~~~`, indented code a line whose text, after its containers'
 * markers (quotes, list items), starts four spaces or a tab in. Half the
 * pages of a real handbook have none of these, and need no tokenizing.
 * Loose on purpose: a "maybe" is tokenized.
 */
const mayHoldCode = (text: string) => text.includes('`') || text.includes('~~~') || /^[ >*+\-0-9.)]*(?: {4}|\t)/m.test(text)

/** A line that may open a fenced block: ``` or ~~~ after its containers' markers. */
const FENCE_LINE = /^[ \t>*+\-0-9.)]*(?:```|~~~)/m

/** At the start of a line, the line may be indented code: four spaces or a tab in, after its containers' markers (as in mayHoldCode). */
const MAYBE_INDENTED = /[ >*+\-0-9.)]*(?: {4}|\t)/y

/** At the start of a line, the line is blank. */
const BLANK_LINE = /[ \t]*(?:\r?\n|$)/y

/**
 * For `text`, whether an offset is outside its code for certain, without
 * tokenizing: no fence may open on a line before it, its own line is not
 * blank and cannot be indented code, and its block (the lines between empty
 * lines: an inline code span opens and closes within its paragraph) holds
 * no backtick. Loose on purpose: false is "maybe", and the caller tokenizes.
 * Each answer costs a few binary searches (the text's lines, empty lines and
 * backticks are listed at the first question), however long its block.
 */
export function surelyOutsideCode(text: string): (offset: number) => boolean {
  let index: { firstFence: number; lineStarts: number[]; emptyLines: number[]; ticks: number[] } | undefined
  const indexed = () => {
    if (index) return index
    const fence = FENCE_LINE.exec(text)
    const lineStarts = [0]
    const emptyLines: number[] = []
    const ticks: number[] = []
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      lineStarts.push(at + 1)
      if (text[at + 1] === '\n') emptyLines.push(at + 1)
    }
    for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at + 1)) ticks.push(at)
    return (index = { firstFence: fence ? fence.index : Number.POSITIVE_INFINITY, lineStarts, emptyLines, ticks })
  }
  return (offset) => {
    const { firstFence, lineStarts, emptyLines, ticks } = indexed()
    if (offset >= firstFence) return false
    const lineStart = lineStarts[countAtOrBefore(lineStarts, offset) - 1]!
    // A blank line may lie between two lines of indented code, and be part of it.
    MAYBE_INDENTED.lastIndex = lineStart
    BLANK_LINE.lastIndex = lineStart
    if (MAYBE_INDENTED.test(text) || BLANK_LINE.test(text)) return false
    // The block runs from the empty line before the offset (or the start) to the next one (or the end).
    const before = countAtOrBefore(emptyLines, offset)
    const blockStart = before === 0 ? 0 : emptyLines[before - 1]!
    const blockEnd = before === emptyLines.length ? text.length : emptyLines[before]!
    return countAtOrBefore(ticks, blockEnd - 1) === countAtOrBefore(ticks, blockStart - 1)
  }
}

/**
 * Leaves untokenized the inline parts that cannot hold code: a paragraph's,
 * heading's or table cell's text with no backtick in any of its lines, and
 * the `string` parts (a fence's info, a link's destination). Inline code
 * needs a backtick, and the blocks (where fenced and indented code are)
 * are tokenized already: only the costliest half of the parse is skipped.
 */
function leaveInlineWithoutCode(events: Event[], ticksBefore: Uint32Array): void {
  const seen = new Set<Token>()
  for (const [kind, head] of events) {
    if (kind !== 'enter' || (head.contentType !== 'text' && head.contentType !== 'string') || seen.has(head)) continue
    // A part spread over lines is one chain of tokens, tokenized as one: all of it or none.
    const chain: Token[] = []
    let code = false
    for (let token: Token | undefined = head; token; token = token.next) {
      chain.push(token)
      seen.add(token)
      if (head.contentType === 'text' && ticksBefore[token.end.offset]! > ticksBefore[token.start.offset]!) code = true
    }
    if (!code) for (const token of chain) delete token.contentType
  }
}

/** [start, end) offsets of the code in `.md` text, in order: what codeRanges(parseMarkdown(text, 'md')) gives, from the tokens alone. */
export function markdownCodeRanges(text: string): CodeRanges {
  if (!mayHoldCode(text)) return []
  const events: Event[] = parsingText(text, () =>
    parse({ extensions: GFM })
      .document()
      .write(preprocess()(text, undefined, true)),
  )
  // How many backticks come before each offset: a part has one when the counts at its ends differ.
  const ticksBefore = new Uint32Array(text.length + 1)
  let ticks = 0
  let from = 0
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at + 1)) {
    ticksBefore.fill(ticks++, from, at + 1)
    from = at + 1
  }
  ticksBefore.fill(ticks, from)
  // micromark's postprocess, with what cannot hold code left out before each level is tokenized.
  do leaveInlineWithoutCode(events, ticksBefore)
  while (!subtokenize(events))
  const ranges: CodeRanges = []
  for (const [kind, token] of events) {
    if (kind === 'enter' && CODE_TOKENS.has(token.type)) ranges.push([token.start.offset, token.end.offset])
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

/** Whether `offset` falls in one of the sorted, disjoint `ranges`. */
export function inRanges(offset: number, ranges: readonly (readonly [number, number])[]): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [from, to] = ranges[mid]!
    if (offset < from) high = mid - 1
    else if (offset >= to) low = mid + 1
    else return true
  }
  return false
}

/** Code at known ranges ([start, end), sorted). */
export function inCodeRanges(ranges: readonly (readonly [number, number])[]): InCode {
  return (offset) => inRanges(offset, ranges)
}

/** Whether an offset of `text` is in its code, the text tokenized (through `codeIn`) only when an offset that may be is asked (`outside`: surelyOutsideCode of the text). */
export function lazyInCode(text: string, codeIn: (text: string) => CodeRanges, outside = surelyOutsideCode(text)): InCode {
  let ranges: CodeRanges | undefined
  return (offset) => !outside(offset) && inRanges(offset, (ranges ??= codeIn(text)))
}

/** markdownCodeRanges, remembering the last text asked: the steps of one page mostly see the same text. */
export function codeRangesMemo(): (text: string) => CodeRanges {
  let last: { text: string; ranges: CodeRanges } | undefined
  return (text) => {
    if (last?.text !== text) last = { text, ranges: markdownCodeRanges(text) }
    return last.ranges
  }
}
