/**
 * Attribute lists, and kramdown's other syntax, in the pages of a Jekyll
 * handbook (kramdown is Jekyll's Markdown) and of an MkDocs one (its
 * attr_list extension, which Material's pages use throughout), which
 * CommonMark would show as text. kramdown (MkDocs reads the lists alone,
 * with or without the colon: `[Subscribe](#){ .md-button }`):
 *
 *     * TOC                    the table of contents kramdown puts in place of the list:
 *     {:toc}                   dropped, as every page here has its own (and the `.no_toc`
 *                              heading right before it, which would head nothing)
 *     # Title                  a block attribute list (IAL) after or before a block: its `#id` is
 *     {: .no_toc #intro}       kept as the heading's id, the line dropped, the classes reported
 *     {:name: .class}          an attribute list definition: dropped
 *     [Go](/x){: .btn}         a span IAL: dropped (its classes reported)
 *     {::comment} … {:/}       a comment, never shown; {::options /}: dropped
 *     {::nomarkdown} … {:/}    its content as written (the markers dropped)
 *
 * Before the Markdown parser, line by line, every line kept where it was
 * (a dropped line becomes empty), so what later steps report points into
 * the file. Never in code (fenced, indented or inline).
 *
 * A list with a theme's button class after a link (`[Get started](/x){: .btn
 * .btn-primary }`, `{ .md-button }`) makes the link our button instead
 * (buttonLinks, after the parse); one after one of Material's icons
 * (`:material-clock-fast:{ .lg .middle }`) gives the icon its size (the
 * emoji wing draws it).
 */
import type { Parent, Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'

/** Something the step could not render as the old site did, at its line of the text. */
export interface AttributeListProblem {
  line: number
  message: string
}

export interface AttributeListResult {
  text: string
  problems: AttributeListProblem[]
  /** Whether the text now holds a button's marker (buttonLinks reads them after the parse). */
  buttons?: true
  /** kramdown: an options line outside code turned parse_block_html on for the page. */
  parseBlockHtml?: true
}

/** Whose syntax: kramdown's (Jekyll), or Python-Markdown's attr_list (MkDocs), whose lists may leave out the colon. */
export type AttributeDialect = 'kramdown' | 'attr_list'

/** Whether the text may hold an attribute list (a cheap test before the line scan). */
function mayHold(text: string, dialect: AttributeDialect): boolean {
  return dialect === 'kramdown' ? text.includes('{:') : /\{:?[ \t]*[#.]/.test(text)
}

/** One attribute of a list: `#id`, `.class`, `key=value`, `key="value"`. */
const ATTRIBUTE = String.raw`(?:[#.][^\s{}]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))`
/** attr_list's lists: `{ … }` or `{: … }`, each item an attribute (so `{ x }` in a sentence is text). */
const ATTR_LIST_BODY = String.raw`\{:?[ \t]*(${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*)[ \t]*\}`
const ATTR_LIST_BLOCK = new RegExp(String.raw`^ {0,3}${ATTR_LIST_BODY}[ \t]*$`)
/** One of Material's icons (`:material-clock-fast:`: features/emoji/icons.ts draws them). */
const ICON_SHORTCODE = ':(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:'
/** After a link, emphasis or code, or after one of Material's icons (`:material-clock-fast:{ .lg .middle }`). */
const ATTR_LIST_SPAN = new RegExp(String.raw`(?<=[)\]*_\x60]|${ICON_SHORTCODE})${ATTR_LIST_BODY}`, 'g')
/** The text before a span list ends with one of Material's icons. */
const AFTER_ICON = new RegExp(`${ICON_SHORTCODE}$`)

/** A whole-line block IAL `{: …}` or `{:toc}` (not an extension `{::…}`), indented less than code. */
const BLOCK_IAL = /^ {0,3}\{:(?!:)([^}\n]*)\}[ \t]*$/
/** An attribute list definition `{:name: …}`. */
const ALD = /^ {0,3}\{:[\w-]+:[^}\n]*\}[ \t]*$/
/** A list item's line: the TOC marker list is one item (`* TOC`, `1. Contents`). */
const LIST_ITEM = /^ {0,3}(?:[*+-]|\d{1,9}[.)])[ \t]+\S/
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
const SUBHEADING = /^ {0,3}#{2,6}(?:[ \t]|$)/
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
/** A span IAL right after what it applies to (a link, emphasis, code), outside inline code. */
const SPAN_IAL = /(?<=[)\]*_`])\{:(?!:)[^}\n]*\}/g
/** kramdown's option that reads every HTML block's content as Markdown, in an options extension. */
const PARSE_BLOCK_HTML = /\bparse_block_html=["']?true\b/

/** `{::comment}`, `{::nomarkdown}` (with their content up to `{:/…}` or `{:/}`), `{::options … /}`. */
const EXTENSION = /\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}/

const isBlank = (line: string | undefined) => line === undefined || /^[ \t]*$/.test(line)

/** The parts of an attribute list: its ids, its classes, anything else (key="value", references). */
function attributesOf(list: string): { ids: string[]; classes: string[] } {
  const ids: string[] = []
  const classes: string[] = []
  for (const part of list.match(/"[^"]*"|'[^']*'|\S+/g) ?? []) {
    if (part.startsWith('#')) ids.push(part.slice(1))
    else if (part.startsWith('.')) classes.push(part.slice(1))
  }
  return { ids, classes }
}

/** Classes that say nothing to a reader here: `no_toc` (out of the old theme's table of contents; a page's title never is in ours). */
const QUIET_CLASSES = new Set(['no_toc'])

/** The themes' button classes on a link (Material's `.md-button`, Just the Docs' and Bootstrap's `.btn`), and those that make it the primary one. */
const BUTTON_CLASSES = new Set(['md-button', 'btn'])
const PRIMARY_BUTTON_CLASSES = new Set(['md-button--primary', 'btn-primary', 'btn-purple', 'btn-blue', 'btn-green'])

/**
 * What takes the place of a button's attribute list after a link: an HTML
 * comment right after the link, which buttonLinks (after the parse) turns
 * into the link's class; the sanitizer drops any comment left.
 */
export const BUTTON_MARKER = '<!--handbook-button-->'

/** Material's classes for an icon's size and alignment, which the icon keeps (features/emoji: `icon-lg`…). */
export const ICON_CLASSES: ReadonlySet<string> = new Set(['lg', 'xl', 'middle'])

/**
 * What takes the place of an icon's attribute list: an HTML comment right
 * after the icon's shortcode, naming the classes it keeps (`<!--handbook-icon lg
 * middle-->`), which the emoji wing reads when it draws the icon; the
 * sanitizer drops any comment left.
 */
export const ICON_MARKER = /^<!--handbook-icon ([a-z ]+)-->$/
export const PRIMARY_BUTTON_MARKER = '<!--handbook-button-primary-->'

/** Adds `{#id}` to a heading line that has no id of its own (heading-ids.ts reads it), or undefined when it is no heading. */
function withHeadingId(lines: readonly string[], at: number, id: string): number | undefined {
  const line = lines[at]
  if (line === undefined || !/^[\w:.-]+$/.test(id)) return undefined
  if (ATX_HEADING.test(line)) return at
  // A setext heading's underline: the id goes on its text line.
  if (SETEXT_UNDERLINE.test(line) && at > 0 && !isBlank(lines[at - 1])) return at - 1
  return undefined
}

/** Runs the step; `inCode(offset)` says whether an offset of `text` is in code (fenced, indented or inline: code-ranges.ts). */
export function prepareAttributeLists(text: string, inCode: (offset: number) => boolean, dialect: AttributeDialect): AttributeListResult {
  if (!mayHold(text, dialect)) return { text, problems: [] }
  const kramdown = dialect === 'kramdown'
  const blockList = kramdown ? BLOCK_IAL : ATTR_LIST_BLOCK
  const spanList = kramdown ? SPAN_IAL : ATTR_LIST_SPAN
  const lines = text.split('\n')
  const starts: number[] = []
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at)
  const problems: AttributeListProblem[] = []
  const unapplied = (line: number, written: string, classes: readonly string[], button = false) => {
    const shown = classes.filter((name) => !QUIET_CLASSES.has(name))
    if (shown.length === 0) return
    const these = `the class${shown.length > 1 ? 'es' : ''} ${shown.map((name) => `.${name}`).join(' ')} of the old site's theme ${shown.length > 1 ? 'have' : 'has'} no style here`
    problems.push({
      line,
      message: button
        ? `the attribute list ${written.trim()} makes the link a button, but ${these}. Keep only the button's class`
        : `the attribute list ${written.trim()} is not applied: ${these}. Delete it (a heading's #id is kept), or write what it stood for in Markdown`,
    })
  }
  let comment: 'comment' | 'nomarkdown' | undefined
  let buttons = false
  let parseBlockHtml = false
  /** The lines of headings marked `.no_toc` (kept out of the old theme's table of contents) → what their list reported. */
  const noTocHeadings = new Map<number, AttributeListProblem[]>()
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (!line.includes(kramdown ? '{:' : '{') && !comment) continue
    if (comment) {
      const end = /\{:\/(?:comment|nomarkdown)?\}/.exec(line)
      const kept = comment === 'nomarkdown'
      if (!end) {
        if (!kept) lines[i] = ''
        continue
      }
      line = (kept ? line.slice(0, end.index) : '') + line.slice(end.index + end[0].length)
      comment = undefined
    }
    // Extensions, which may open here and close on a later line.
    for (let match = kramdown ? EXTENSION.exec(line) : null; match && !inCode(starts[i]! + match.index); match = EXTENSION.exec(line)) {
      const [whole, name, selfClosing] = match
      const before = line.slice(0, match.index)
      const after = line.slice(match.index + whole.length)
      if (name === 'options' || selfClosing) {
        // `{::options parse_block_html="true" /}`: the page's HTML blocks hold Markdown (markdown-in-html.ts).
        if (name === 'options' && PARSE_BLOCK_HTML.test(whole)) parseBlockHtml = true
        line = before + after
        continue
      }
      const end = /\{:\/(?:comment|nomarkdown)?\}/.exec(after)
      if (end) {
        line = before + (name === 'nomarkdown' ? after.slice(0, end.index) : '') + after.slice(end.index + end[0].length)
        continue
      }
      line = before + (name === 'nomarkdown' ? after : '')
      comment = name as 'comment' | 'nomarkdown'
      break
    }
    lines[i] = line
    const first = starts[i]! + line.search(/\S|$/)
    if (kramdown && ALD.test(line) && !inCode(first)) {
      lines[i] = ''
      continue
    }
    const ial = blockList.exec(line)
    if (ial && !inCode(first)) {
      const list = ial[1]!.trim()
      lines[i] = ''
      // `* TOC` then `{:toc}`: kramdown's table of contents in place of the list.
      if (list === 'toc') {
        if (i > 0 && LIST_ITEM.test(lines[i - 1]!)) {
          lines[i - 1] = ''
          // Its own `## Table of contents {: .no_toc }` heading just before it would head nothing: dropped with it.
          let before = i - 2
          while (before >= 0 && isBlank(lines[before])) before--
          if (noTocHeadings.has(before)) {
            lines[before] = ''
            // What its list's classes would have warned of goes with it.
            for (const problem of noTocHeadings.get(before)!) problems.splice(problems.indexOf(problem), 1)
          }
        }
        continue
      }
      const { ids, classes } = attributesOf(list)
      // After the block it belongs to, or (with a blank line before it) before it.
      const heading = ids[0] === undefined ? undefined : (withHeadingId(lines, i - 1, ids[0]) ?? (isBlank(lines[i - 1]) ? withHeadingId(lines, i + 1, ids[0]) : undefined))
      if (heading !== undefined && !/\{#[^}]*\}[ \t]*$/.test(lines[heading]!)) lines[heading] = `${lines[heading]!.replace(/[ \t]+$/, '')} {#${ids[0]}}`
      const reported = problems.length
      unapplied(i + 1, line, classes)
      // Not the page's `# Title`, which is its title here.
      if (classes.includes('no_toc') && i > 0 && SUBHEADING.test(lines[i - 1]!)) noTocHeadings.set(i - 1, problems.slice(reported))
      continue
    }
    if (line.includes('{')) {
      lines[i] = line.replace(spanList, (written: string, ...rest: unknown[]) => {
        const offset = rest.find((value) => typeof value === 'number') as number
        if (inCode(starts[i]! + offset)) return written
        const { classes } = attributesOf(written.replace(/^\{:?|\}$/g, ''))
        // After an icon: its size and alignment kept for it, any other class reported.
        if (AFTER_ICON.test(line.slice(0, offset))) {
          unapplied(
            i + 1,
            written,
            classes.filter((name) => !ICON_CLASSES.has(name)),
          )
          const kept = classes.filter((name) => ICON_CLASSES.has(name))
          return kept.length > 0 ? `<!--handbook-icon ${kept.join(' ')}-->` : ''
        }
        // A button: after a link (`[Go](/x)`, `[Go][ref]`), drawn as our button; its other classes (sizes, margins) reported.
        if (classes.some((name) => BUTTON_CLASSES.has(name)) && /[)\]]$/.test(line.slice(0, offset))) {
          unapplied(
            i + 1,
            written,
            classes.filter((name) => !BUTTON_CLASSES.has(name) && !PRIMARY_BUTTON_CLASSES.has(name)),
            true,
          )
          buttons = true
          return classes.some((name) => PRIMARY_BUTTON_CLASSES.has(name)) ? PRIMARY_BUTTON_MARKER : BUTTON_MARKER
        }
        unapplied(i + 1, written, classes)
        return ''
      })
    }
  }
  return { text: lines.join('\n'), problems, ...(buttons ? { buttons: true as const } : {}), ...(parseBlockHtml ? { parseBlockHtml: true as const } : {}) }
}

/** Links followed by a button's marker get our button's classes; the markers go (mdast, after the parse). */
export function buttonLinks(tree: Root): void {
  visit(tree as UnistNode, (node) => {
    const children = (node as Parent).children
    if (!children) return
    for (let at = children.length - 1; at >= 0; at--) {
      const child = children[at]!
      if (child.type !== 'html' || (child.value !== BUTTON_MARKER && child.value !== PRIMARY_BUTTON_MARKER)) continue
      const link = children[at - 1]
      if (link?.type === 'link' || link?.type === 'linkReference') {
        const className = ['button-link', ...(child.value === PRIMARY_BUTTON_MARKER ? ['button-link-primary'] : [])]
        link.data = { ...link.data, hProperties: { ...(link.data?.hProperties as Record<string, unknown> | undefined), className } }
      }
      children.splice(at, 1)
    }
  })
}
