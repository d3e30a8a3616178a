/**
 * The page's text made ready for the Markdown parser: every shortcode tag is
 * replaced by a marker the parser keeps where it stood, so the Markdown
 * between a `{{% x %}}` and its `{{% /x %}}` is parsed as Markdown and the
 * tree step (apply.ts) finds the tags again at their place in the tree.
 *
 * - A tag alone on its line(s) becomes an HTML comment `<!--hsc:N…-->`: an
 *   HTML block ends at its line and interrupts a paragraph, so it stands
 *   between blocks, as the editor meant.
 * - A tag inside a line becomes `\uFDD0N\uFDD1` padded with `\uFDD2` (Unicode
 *   noncharacters, which no text holds) to the
 *   tag's length, so the columns after it do not move; it stays in the text.
 * - `ref`/`relref` are replaced by the target's URL, so `[a]({{< ref "b" >}})`
 *   parses as a link (CommonMark does not see a link destination with spaces).
 *
 * Lines never move: a tag over several lines keeps its line breaks (and the
 * `>` / indentation that starts each line). Docusaurus' old admonition title
 * `:::tip Title` is rewritten to `:::tip[Title]`, the form remark-directive reads.
 */
import type { ShortcodeTag, ScanProblem } from './scan'
import { scanShortcodes, mayHoldShortcodes, lineIndexOf } from './scan'
import { writtenName } from './types'
import type { InCode } from '../code-ranges'
import { mappingOf, type ShortcodeMappings } from './mapping'
import { fillTemplate, inLinkAddress } from './template'

export const INLINE_OPEN = '\uFDD0'
export const INLINE_CLOSE = '\uFDD1'
export const INLINE_PAD = '\uFDD2'
export const BLOCK_MARKER = /^<!--hsc:(\d+)[\s\S]*-->$/
/** Every marker in a text or raw HTML: inline ones and block comments. */
export const ANY_MARKER = /\uFDD0(\d+)\uFDD1|<!--hsc:(\d+)[\s\S]*?-->/g

export interface PreparedSource {
  /** The page's text as written, which the tags' offsets point into. */
  original: string
  /** The text to parse. */
  text: string
  tags: ShortcodeTag[]
  /** Index of each tag's partner (opening ↔ closing), or undefined. */
  partner: (number | undefined)[]
  problems: ScanProblem[]
}

export interface PrepareOptions {
  /** Whether an offset of `text` is in code: tags there stay literal. */
  inCode: InCode
  /** The URL `ref`/`relref` stands for, or why there is none (reported at the tag; the link becomes `#`). */
  resolveRef?: (target: string) => { url: string } | { problem: string }
  /** The company's mappings: a tag mapped to a template is replaced by it here, as text (template.ts). */
  mappings?: ShortcodeMappings
}

const ADMONITION_TITLE = /^([ \t]*(?:>[ \t]?)*)(:{3,})(note|tip|info|warning|caution|danger|important|success)[ \t]+([^\s[{][^\n]*?)[ \t]*$/gm

/** Whether the text has anything to prepare: a tag, or an old-style admonition title. */
export function needsPreparation(text: string): boolean {
  if (mayHoldShortcodes(text)) return true
  if (!text.includes(':::')) return false
  return new RegExp(ADMONITION_TITLE.source, 'm').test(text)
}

/** Names the tree step pairs: a Hugo closing matches a Hugo opening of the same name, a Liquid one a Liquid one. */
function sameKind(a: ShortcodeTag, b: ShortcodeTag): boolean {
  return a.name === b.name && (a.form === 'liquid') === (b.form === 'liquid')
}

/** Openings and closings matched like nested brackets; a closing with no opening is a problem. */
function pair(tags: readonly ShortcodeTag[], problems: ScanProblem[]): (number | undefined)[] {
  const partner: (number | undefined)[] = tags.map(() => undefined)
  const open: number[] = []
  tags.forEach((tag, i) => {
    if (tag.escaped || tag.selfClosing) return
    if (!tag.closing) {
      open.push(i)
      return
    }
    for (let depth = open.length - 1; depth >= 0; depth--) {
      const j = open[depth]!
      if (sameKind(tags[j]!, tag)) {
        partner[i] = j
        partner[j] = i
        open.length = depth
        return
      }
    }
    problems.push({
      line: tag.line,
      column: tag.column,
      message: `${writtenName(tag, true)} closes nothing: there is no ${writtenName(tag)} before it. Remove it, or add the opening tag`,
    })
  })
  return partner
}

/** Whether only list/quote markers and spaces precede `start` on its line, and only spaces follow `end` on its line. */
function standsAlone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  const before = text.slice(lineStart, start)
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd)
  return /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*$/.test(before) && /^[ \t]*$/.test(after)
}

/** `written` with its characters replaced by `fill`, line breaks and each later line's leading `>`/indentation kept. */
function sameShape(written: string, first: string, fill: string, last = ''): string {
  const lines = written.split('\n')
  const out = lines.map((line, i) => {
    if (i === 0) return first + fill.repeat(Math.max(0, line.length - first.length - (lines.length === 1 ? last.length : 0)))
    const prefix = /^[ \t>]*/.exec(line)![0]
    const body = Math.max(1, line.length - prefix.length - (i === lines.length - 1 ? last.length : 0))
    return prefix + fill.repeat(body)
  })
  return out.join('\n') + last
}

interface Edit {
  start: number
  end: number
  text: string
}

/** `:::tip Title` lines outside code, as edits to `:::tip[Title]`. */
function admonitionTitleEdits(text: string, inCode: InCode): Edit[] {
  if (!text.includes(':::')) return []
  const edits: Edit[] = []
  for (const match of text.matchAll(ADMONITION_TITLE)) {
    const [whole, prefix, colons, kind, title] = match as unknown as [string, string, string, string, string]
    const start = match.index!
    if (inCode(start + prefix.length)) continue
    edits.push({ start, end: start + whole.length, text: `${prefix}${colons}${kind}[${title.replace(/[[\]\\]/g, '\\$&')}]` })
  }
  return edits
}

/** Lines of `:::tip Title` outside code, for `.mdx`, whose text the compiler reads itself: there the editor rewrites them. */
export function oldAdmonitionTitles(text: string, inCode: InCode): { line: number; kind: string; title: string }[] {
  const lines = lineIndexOf(text)
  return admonitionTitleEdits(text, inCode).map((edit) => {
    const [, , , kind, title] = new RegExp(ADMONITION_TITLE.source, 'm').exec(text.slice(edit.start, edit.end))!
    return { line: lines.place(edit.start).line, kind: kind!, title: title! }
  })
}

/** The tag's replacement: see the file header. */
function tagEdit(text: string, tag: ShortcodeTag, i: number, options: PrepareOptions, problems: ScanProblem[]): Edit {
  const written = text.slice(tag.start, tag.end)
  let replacement: string
  if ((tag.name === 'ref' || tag.name === 'relref') && !tag.escaped && (tag.form === 'angle' || tag.form === 'percent')) {
    const target = tag.positional[0] ?? tag.named.path ?? ''
    const resolved = options.resolveRef?.(target) ?? { url: target }
    if ('problem' in resolved) problems.push({ line: tag.line, column: tag.column, message: `${tag.name} "${target}": ${resolved.problem}` })
    replacement = 'url' in resolved ? resolved.url : '#'
  } else if (standsAlone(text, tag.start, tag.end)) {
    replacement = sameShape(written, `<!--hsc:${i}`, ' ', '-->')
  } else {
    replacement = sameShape(written, `${INLINE_OPEN}${i}${INLINE_CLOSE}`, INLINE_PAD)
  }
  return { start: tag.start, end: tag.end, text: replacement }
}

/** Tags mapped to a template, as the text it makes (a closing one: nothing, its inner text stays). */
function templateEdits(text: string, tags: readonly ShortcodeTag[], mappings: ShortcodeMappings | undefined): Edit[] {
  if (!mappings) return []
  return tags.flatMap((tag) => {
    const mapping = tag.escaped ? undefined : mappingOf(mappings, tag)
    const template = mapping && mapping.block === undefined ? mapping.template : undefined
    if (template === undefined) return []
    const filled = tag.closing ? '' : fillTemplate(template, tag, inLinkAddress(text.slice(text.lastIndexOf('\n', tag.start - 1) + 1, tag.start)))
    // The lines after it do not move: a tag written over several lines keeps its line breaks after the text.
    const breaks = text.slice(tag.start, tag.end).split('\n').length - 1 - (filled.split('\n').length - 1)
    return [{ start: tag.start, end: tag.end, text: filled + '\n'.repeat(Math.max(0, breaks)) }]
  })
}

export function prepareSource(text: string, options: PrepareOptions): PreparedSource {
  const scanned = mayHoldShortcodes(text) ? scanShortcodes(text, options.inCode) : { tags: [], problems: [] }
  const { problems } = scanned
  const templated = templateEdits(text, scanned.tags, options.mappings)
  const tags = templated.length ? scanned.tags.filter((tag) => !templated.some((edit) => edit.start === tag.start)) : scanned.tags
  const partner = pair(tags, problems)
  const tagEdits = [...templated, ...tags.map((tag, i) => tagEdit(text, tag, i, options, problems))]
  // A title line that holds a tag is left as written (the tag's edit wins).
  const titleEdits = admonitionTitleEdits(text, options.inCode).filter((edit) => !tags.some((tag) => tag.start < edit.end && tag.end > edit.start))
  const edits = [...tagEdits, ...titleEdits].sort((a, b) => a.start - b.start)
  if (edits.length === 0) return { original: text, text, tags, partner, problems }
  let out = ''
  let at = 0
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return { original: text, text: out + text.slice(at), tags, partner, problems }
}
