/**
 * Material for MkDocs' blocks in the pages of an MkDocs handbook, written as
 * its Markdown extensions read them (admonition, pymdownx.details,
 * pymdownx.tabbed): a line that opens the block, then its content indented
 * by four spaces.
 *
 *     !!! note "Title"          a callout ("" for none; the kind's name by default)
 *     ??? tip "Title"           a closed details box (???+ : open)
 *     === "Tab"                 a tab; tabs that follow each other are one set (===! starts a new one, ===+ is the tab shown first)
 *
 * Before the Markdown parser they become container directives (`:::mkdocs-admonition[Title]{kind="note"}`,
 * the content unindented, `:::` on the blank line that ends the block), so
 * lines keep their numbers; the handlers below draw our callout, details
 * and tabs. Never inside fenced or indented code. A block indented under a
 * list item (by the item's four spaces, as Python-Markdown nests) is one in
 * that item: its directive keeps the indentation.
 */
import type { Content, Root } from 'mdast'
import type { CalloutKind } from './alerts'
import type { DirectiveHandler, DirectiveHandlers } from './directive-handlers'
import { callout, namedCallout } from './shortcodes/builtins'
import { markDefaultTitle } from './callout-titles'
import { element, isTabPanel, tabPanel, text } from './shortcodes/nodes'

/** Material's admonition kinds (and their aliases) as our callout kinds; any other kind is a note. */
const MATERIAL_KINDS: Readonly<Record<string, CalloutKind>> = {
  note: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  info: 'note',
  todo: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
  danger: 'caution',
  error: 'caution',
  bug: 'caution',
}

const ADMONITION_NAME = 'mkdocs-admonition'
const TAB_NAME = 'mkdocs-tab'

/** `!!! kind "Title"`, `??? kind`, `???+ kind classes "Title"` (Python-Markdown's and pymdownx.details' own patterns), after the indentation of a list item's content. */
const OPENER = /^[ \t]*(!!!|\?\?\?\+?)[ \t]*([\w-]+)(?:[ \t]+[\w-]+)*(?:[ \t]+"(.*)")?[ \t]*$/
/** `=== "Tab"`, `===! "Tab"`, `===+ "Tab"` (pymdownx.tabbed). */
const TAB = /^[ \t]*===([!+]{0,2})[ \t]+"(.*)"[ \t]*$/
/** A code fence, with the indentation it is written at. */
const FENCE = /^([ \t]*)(`{3,}|~{3,})/
/** A list item's first line: `- `, `* `, `+ `, `1. `, `1) `. */
const LIST_ITEM = /^[ \t]*(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/

/** Whether the text may hold one of the blocks (a cheap test before the line scan). */
export function mayHoldMkdocsBlocks(text: string): boolean {
  return /^[ \t]*(?:!!!|\?\?\?|===)/m.test(text)
}

function isBlank(lineText: string): boolean {
  return /^[ \t]*$/.test(lineText)
}

function isIndented(lineText: string): boolean {
  return /^(?: {4}|\t)/.test(lineText)
}

function dedent(lineText: string): string {
  return lineText.replace(/^(?: {4}|\t)/, '')
}

/** The indentation a line begins with. */
function indentOf(lineText: string): string {
  return /^[ \t]*/.exec(lineText)![0]
}

/**
 * Whether an indented line is in a list item's content: the nearest line above it written less indented is a
 * list item's first line (and not, as at the top of a page, a paragraph before indented code).
 */
function inListItem(lines: readonly string[], at: number): boolean {
  const width = indentOf(lines[at]!).replace(/\t/g, '    ').length
  if (width === 0) return true
  for (let i = at - 1; i >= 0; i--) {
    const above = lines[i]!
    if (isBlank(above)) continue
    if (indentOf(above).replace(/\t/g, '    ').length < width) return LIST_ITEM.test(above)
  }
  return false
}

/** A label for the directive syntax: its brackets and backslashes escaped. */
function label(value: string): string {
  return value.replace(/[[\]\\]/g, '\\$&')
}

/** The opening line of the directive a block's first line becomes; undefined when it opens no block. */
function directiveOpening(lineText: string, colons: string): string | undefined {
  const admonition = OPENER.exec(lineText)
  if (admonition) {
    const [, marker, kind, title] = admonition as unknown as [string, string, string, string | undefined]
    const collapse = marker === '!!!' ? '' : marker === '???' ? ' collapse="closed"' : ' collapse="open"'
    const titled = title === undefined ? '' : title === '' ? ' notitle' : ''
    return `${colons}${ADMONITION_NAME}[${label(title ?? '')}]{kind="${kind.toLowerCase()}"${collapse}${titled}}`
  }
  const tab = TAB.exec(lineText)
  if (tab) {
    const flags = [...(tab[1]!.includes('!') ? ['new'] : []), ...(tab[1]!.includes('+') ? ['selected'] : [])]
    return `${colons}${TAB_NAME}[${label(tab[2]!)}]${flags.length ? `{${flags.join(' ')}}` : ''}`
  }
  return undefined
}

/** The lines with their blocks as directives, and the longest fence of colons used (an outer block needs a longer one). */
function convert(lines: readonly string[]): { lines: string[]; colons: number } {
  const out: string[] = []
  let fence: string | undefined
  let longest = 0
  let i = 0
  while (i < lines.length) {
    const current = lines[i]!
    if (fence !== undefined) {
      out.push(current)
      if (new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(current)) fence = undefined
      i++
      continue
    }
    const opensFence = FENCE.exec(current)
    // An indented fence opens code in a list item only (elsewhere it is a line of indented code).
    if (opensFence && (opensFence[1] === '' || inListItem(lines, i))) {
      fence = opensFence[2]!
      out.push(current)
      i++
      continue
    }
    if ((!OPENER.test(current) && !TAB.test(current)) || !inListItem(lines, i)) {
      out.push(current)
      i++
      continue
    }
    // The block's content is indented four more than its first line (the list item's indentation, '' at the top).
    const indent = indentOf(current)
    const holds = (lineText: string) => isBlank(lineText) || (lineText.startsWith(indent) && isIndented(lineText.slice(indent.length)))
    let next = i + 1
    while (next < lines.length && holds(lines[next]!)) next++
    let end = next
    while (end > i + 1 && isBlank(lines[end - 1]!)) end--
    const inner = convert(lines.slice(i + 1, end).map((lineText) => (isBlank(lineText) ? '' : dedent(lineText.slice(indent.length)))))
    const colons = ':'.repeat(Math.max(3, inner.colons + 1))
    longest = Math.max(longest, colons.length)
    out.push(indent + directiveOpening(current.slice(indent.length), colons)!, ...inner.lines.map((lineText) => (lineText === '' ? lineText : indent + lineText)))
    // The closing fence takes the blank line that ended the block. At the end of the text none is needed (the end of the text, or of
    // the block around it, closes it); only before a line that follows at once is it a line more.
    if (end < next) out.push(indent + colons, ...lines.slice(end + 1, next))
    else if (next < lines.length) out.push(indent + colons)
    i = next
  }
  return { lines: out, colons: longest }
}

/** The page's text with Material's blocks as directives (see the file's header); as it was when it has none. */
export function prepareMkdocsBlocks(text: string): string {
  if (!mayHoldMkdocsBlocks(text)) return text
  return convert(text.split('\n')).lines.join('\n')
}

const titleCase = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

const admonition: DirectiveHandler = (call) => {
  const kind = call.attributes.kind ?? 'note'
  const written = call.label.trim() || undefined
  const children = call.children ?? []
  const collapse = call.attributes.collapse
  const calloutKind = MATERIAL_KINDS[kind] ?? 'note'
  if (collapse === undefined) return { tree: ['notitle' in call.attributes ? callout(calloutKind, undefined, children) : namedCallout(calloutKind, written, titleCase(kind), children)] }
  // A details box's summary: the title written, else the kind's name (in the page's language, callout-titles.ts).
  const summary = written ? element('summary', {}, [text(written)]) : markDefaultTitle(element('summary', {}, [text(titleCase(kind))]), calloutKind)
  return { tree: [element('details', { className: ['details'], ...(collapse === 'open' ? { open: true } : {}) }, [summary, ...children])] }
}
admonition.kinds = ['container']

const TAB_SET_START = 'mkdocsTabSetStart'

const tab: DirectiveHandler = (call) => {
  // `===+`: the tab shown first (client/tabs.ts), instead of the set's first.
  const panel = tabPanel([text(call.label.trim() || 'Tab')], call.children ?? [], { first: 'selected' in call.attributes })
  // Which tab begins a set of its own (`===!`): read when the tabs are put together (groupMkdocsTabs).
  if ('new' in call.attributes) (panel.data as Record<string, unknown>)[TAB_SET_START] = true
  return { tree: [panel] }
}
tab.kinds = ['container']

/** The directives of MkDocs' blocks, for the pages of an MkDocs handbook. */
export const MKDOCS_HANDLERS: DirectiveHandlers = new Map([
  [ADMONITION_NAME, admonition],
  [TAB_NAME, tab],
])

/** Tabs that follow each other, in every block of the tree, become one set of tabs (`<div class="tabs">`), as pymdownx.tabbed draws them. */
export function groupMkdocsTabs(tree: Root | Content): void {
  if (!('children' in tree)) return
  const children = tree.children as Content[]
  const grouped: Content[] = []
  let set: Content[] | undefined
  for (const child of children) {
    groupMkdocsTabs(child)
    if (!isTabPanel(child)) {
      set = undefined
      grouped.push(child)
      continue
    }
    const data = child.data as Record<string, unknown>
    const startsSet = data[TAB_SET_START] === true
    delete data[TAB_SET_START]
    if (!set || startsSet) {
      const tabs = element('div', { className: ['tabs'] }, [])
      set = (tabs as unknown as { children: Content[] }).children
      grouped.push(tabs)
    }
    set.push(child)
  }
  ;(tree as { children: Content[] }).children = grouped
}
