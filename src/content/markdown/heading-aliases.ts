/**
 * Anchors that worked keep working. A handbook moved here from another
 * generator is linked to, from inside and outside, with that generator's
 * heading ids (`/page#cloud-gov` for "cloud.gov" from Eleventy, where ours is
 * `#cloudgov`). For the tool the handbook came from, each heading whose id
 * under that tool's rules (source/heading-id-schemes.ts) differs from ours,
 * and that no other element of the page has, gets an empty `<span id>` just
 * before it: the old address lands on the heading, and the build's link check
 * finds the id among the page's anchors. The heading itself, the table of
 * contents and search keep our id; the span has no text, so search and the
 * Markdown copy read nothing of it.
 */
import type { Element, Parent, Root } from 'hast'
import type { Position } from 'unist'
import { toString as hastToString } from 'hast-util-to-string'
import { visit } from '../common/visit'
import { toolSlugger, type HeadingText, type TextRun } from '../source/heading-id-schemes'
import type { SourceTool } from '../source/tool'
import { isHeading } from './heading-ids'
import { isSiteId } from './site-ids'

export interface FormerIds {
  /** The generator the handbook comes from. */
  tool: SourceTool
  /** The Markdown the page's tree was parsed from (its positions point into it), for tools that read headings as written. */
  markdown?: string
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties?.className
  return Array.isArray(classes) && classes.includes(name)
}

/** The heading's text in runs: inline code and images' alt text set apart. */
function runsOf(node: Element): TextRun[] {
  const runs: TextRun[] = []
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (child.type === 'text') runs.push({ value: child.value, kind: 'text' })
      if (child.type !== 'element') continue
      if (child.tagName === 'code') runs.push({ value: hastToString(child), kind: 'code' })
      else if (child.tagName === 'img') runs.push({ value: String(child.properties?.alt ?? ''), kind: 'alt' })
      else walk(child)
    }
  }
  walk(node)
  return runs
}

/**
 * A heading's content as written: the text after the `#` marks of an ATX
 * heading (closing marks and a trailing `{…}` attribute list dropped), or the
 * last line of a setext one. Undefined when the position does not point at
 * one (a heading brought in by an include stands at the include's tag).
 */
export function headingSourceOf(lines: readonly string[], position: Position | undefined): string | undefined {
  if (!position) return undefined
  const { start, end } = position
  const first = lines[start.line - 1]?.slice(start.column - 1)
  if (first === undefined) return undefined
  const withoutAttributes = (text: string) => text.replace(/[ \t]*\{[^{}]*\}[ \t]*$/, '')
  if (start.line === end.line) {
    const marks = /^#{1,6}(?:[ \t]+|$)/.exec(first)
    return marks ? withoutAttributes(first.slice(marks[0].length).replace(/(?:^|[ \t]+)#+[ \t]*$/, '')) : undefined
  }
  // Setext: its text lines (each after its container's `>` marks), then the underline.
  const last = end.line - 1 === start.line ? first : lines[end.line - 2]?.replace(/^[ \t]*(?:>[ \t]?)*/, '')
  return last === undefined ? undefined : withoutAttributes(last)
}

/**
 * The id each heading had under the old tool's rules, read before our ids
 * are given (an id already on a heading was set by hand: the tool kept it too).
 * Headings only screen readers see (the footnotes label) are ours alone.
 */
export function formerHeadingIds(tree: Root, former: FormerIds): Map<Element, string> {
  const ids = new Map<Element, string>()
  const slugger = toolSlugger(former.tool)
  if (!slugger) return ids
  const lines = former.markdown?.split(/\r?\n/)
  visit(tree, 'element', (node) => {
    if (!isHeading(node) || hasClass(node, 'sr-only')) return
    const own = node.properties?.id
    if (typeof own === 'string' && own !== '') {
      slugger.reserve(own)
      return
    }
    const source = lines ? headingSourceOf(lines, node.position) : undefined
    const heading: HeadingText = { runs: runsOf(node), ...(source !== undefined ? { source } : {}) }
    const id = slugger.id(heading)
    if (id) ids.set(node, id)
  })
  return ids
}

/** Every id (and anchor name) in the tree. */
function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>()
  visit(tree, 'element', (node) => {
    for (const value of [node.properties?.id, node.tagName === 'a' ? node.properties?.name : undefined]) if (typeof value === 'string' && value) ids.add(value)
  })
  return ids
}

/**
 * Places an empty `<span id>` with the former id before each heading whose
 * former id is not its own and is free on the page (no element has it, the
 * site's layout does not use it). Run after the "#" links are added: inside a
 * heading's wrapper the span comes first, so the wrapper keeps its place.
 */
export function addHeadingAliases(tree: Root, former: ReadonlyMap<Element, string>): void {
  if (former.size === 0) return
  const taken = idsIn(tree)
  const places: { parent: Parent; heading: Element; alias: string }[] = []
  visit(tree, 'element', (node, _index, parent) => {
    const alias = former.get(node)
    if (!alias || !parent || alias === node.properties?.id || taken.has(alias) || isSiteId(alias)) return
    taken.add(alias)
    places.push({ parent, heading: node, alias })
  })
  for (const { parent, heading, alias } of places) {
    const span: Element = { type: 'element', tagName: 'span', properties: { id: alias }, children: [] }
    const wrapped = parent.type === 'element' && hasClass(parent as Element, 'heading-wrapper')
    parent.children.splice(wrapped ? 0 : parent.children.indexOf(heading), 0, span)
  }
}
