/**
 * Where the code is in a page's text: the steps before Markdown (Liquid,
 * shortcodes, components) leave code literal, so each asks for the code's
 * [start, end) offsets first. `.md` text is only tokenized for this, as
 * remark-parse with remark-gfm tokenizes it, without building the syntax tree
 * (the offsets are those of the same tokens the tree's `code` and
 * `inlineCode` nodes get their positions from), and a page's steps that see
 * the same text share one answer (codeRangesMemo).
 */
import type { Root } from 'mdast'
import type { Event } from 'micromark-util-types'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'
import { parse } from 'micromark/lib/parse'
import { postprocess } from 'micromark/lib/postprocess'
import { preprocess } from 'micromark/lib/preprocess'
import { gfm } from 'micromark-extension-gfm'

export type CodeRanges = [number, number][]

/** The token types mdast-util-from-markdown makes `code` (fenced, indented) and `inlineCode` nodes of. */
const CODE_TOKENS = new Set(['codeFenced', 'codeIndented', 'codeText'])

/** remark-gfm's syntax with its default options, as parse.ts's `.md` parser has it. */
const GFM = [gfm()]

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

/** [start, end) offsets of the code in `.md` text, in order: what codeRanges(parseMarkdown(text, 'md')) gives, from the tokens alone. */
export function markdownCodeRanges(text: string): CodeRanges {
  if (!mayHoldCode(text)) return []
  const events: Event[] = postprocess(
    parse({ extensions: GFM })
      .document()
      .write(preprocess()(text, undefined, true)),
  )
  const ranges: CodeRanges = []
  for (const [kind, token] of events) {
    if (kind === 'enter' && CODE_TOKENS.has(token.type)) ranges.push([token.start.offset, token.end.offset])
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

/** markdownCodeRanges, remembering the last text asked: the steps of one page mostly see the same text. */
export function codeRangesMemo(): (text: string) => CodeRanges {
  let last: { text: string; ranges: CodeRanges } | undefined
  return (text) => {
    if (last?.text !== text) last = { text, ranges: markdownCodeRanges(text) }
    return last.ranges
  }
}
