/**
 * The tree step: finds the markers prepare-source.ts left (HTML comments
 * between blocks, private-use characters inside text, either inside raw
 * HTML), pairs each opening with its closing in the tree, and replaces them
 * by what the renderer makes of the call, with the Markdown between them as
 * the call's inner content.
 *
 * An opening and its closing must end up among the same siblings. A tag at
 * the very start or end of a paragraph whose partner is outside that
 * paragraph is moved out of it first (`{{% alert %}}Text` on one line, or
 * `Text{{% /alert %}}`), which covers how editors write them; any other
 * split (an opening in a list item, its closing after the list) is reported
 * at the opening and both tags are dropped, keeping the content.
 */
import type { Content, Parent, Root } from 'mdast'
import type { DirectiveProblem } from '../directive-handlers'
import type { Offsets } from '../directive-output'
import { ANY_MARKER, BLOCK_MARKER, INLINE_PAD, type PreparedSource } from './prepare-source'
import type { ShortcodeCall, ShortcodeOutput } from './types'
import { writtenName } from './types'
import type { ShortcodeTag } from './scan'

interface MarkerNode {
  type: 'shortcodeMarker'
  tag: number
  position?: Offsets
}

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'containerDirective'])
/** Elements our blocks are made of that hold blocks (a badge's span holds text). */
const FLOW_ELEMENTS = new Set(['div', 'details', 'section', 'figure', 'aside', 'blockquote'])

function isFlow(parent: Parent): boolean {
  if (FLOW_PARENTS.has(parent.type)) return true
  const name = (parent.data as { hName?: string } | undefined)?.hName
  return parent.type === 'shortcodeElement' && name !== undefined && FLOW_ELEMENTS.has(name)
}

function isMarker(node: Content | MarkerNode): node is MarkerNode {
  return node.type === 'shortcodeMarker'
}

function markerOf(tag: ShortcodeTag, index: number): MarkerNode {
  return { type: 'shortcodeMarker', tag: index, position: { start: { line: tag.line, column: tag.column }, end: { line: tag.line, column: tag.column } } }
}

const PADDING = new RegExp(INLINE_PAD, 'g')

/** `value` split at its markers: the pieces between (made by `piece` from the text and where it starts in `value`, padding removed) and marker nodes. */
function splitAtMarkers(value: string, tags: readonly ShortcodeTag[], piece: (text: string, from: number) => Content | undefined): (Content | MarkerNode)[] {
  const out: (Content | MarkerNode)[] = []
  const add = (from: number, to: number) => {
    const text = value.slice(from, to)
    const pad = /^\uFDD2*/.exec(text)![0].length
    const made = piece(text.slice(pad).replace(PADDING, ''), from + pad)
    if (made) out.push(made)
  }
  let at = 0
  for (const match of value.matchAll(ANY_MARKER)) {
    add(at, match.index!)
    const index = Number(match[1] ?? match[2])
    if (tags[index]) out.push(markerOf(tags[index]!, index))
    at = match.index! + match[0].length
  }
  add(at, value.length)
  return out
}

/** Where the character at `index` of a node's value stands in the page: lines and columns stay as written (prepare-source.ts). */
function pointIn(node: { position?: Offsets }, value: string, index: number): Offsets['start'] | undefined {
  const start = node.position?.start
  if (!start) return undefined
  const before = value.slice(0, index)
  const breaks = before.split('\n').length - 1
  if (breaks === 0) return { line: start.line, column: start.column + index, ...(start.offset !== undefined ? { offset: start.offset + index } : {}) }
  // A later line of raw HTML in a quote or list lost its `>`/indentation in the value: the line is exact, the column near.
  return { line: start.line + breaks, column: index - before.lastIndexOf('\n') }
}

/** Turns the markers in text, raw HTML and link addresses into marker nodes (and removes the padding). */
function findMarkers(parent: Parent, prepared: PreparedSource, problems: DirectiveProblem[]): void {
  const children: (Content | MarkerNode)[] = []
  for (const child of parent.children as Content[]) {
    if (child.type === 'text' || child.type === 'html') {
      const value = child.value.replace(PADDING, '')
      const block = child.type === 'html' ? BLOCK_MARKER.exec(value.trim()) : null
      if (block && prepared.tags[Number(block[1])]) {
        children.push(markerOf(prepared.tags[Number(block[1])]!, Number(block[1])))
        continue
      }
      if (!new RegExp(ANY_MARKER.source).test(child.value)) {
        children.push(child)
        continue
      }
      // Each piece keeps its place in the page: raw HTML's problems and links are reported at their line.
      const type = child.type
      const written = child.value
      children.push(
        ...splitAtMarkers(written, prepared.tags, (text, from) => {
          if (!text) return undefined
          const start = pointIn(child, written, from)
          const end = pointIn(child, written, from + text.length)
          return { type, value: text, ...(start && end ? { position: { start, end } } : {}) } as Content
        }),
      )
      continue
    }
    if (child.type === 'link' || child.type === 'image' || child.type === 'definition' || child.type === 'imageReference') {
      // An address, title or alt text is one string: a shortcode there cannot be drawn.
      const fields = child as unknown as Record<'url' | 'title' | 'alt', string | null | undefined>
      for (const field of ['url', 'title', 'alt'] as const) {
        const value = fields[field]
        if (typeof value !== 'string' || !/[\uFDD0-\uFDD2]|<!--hsc:/.test(value)) continue
        const index = Number(new RegExp(ANY_MARKER.source).exec(value)?.[1] ?? -1)
        const tag = prepared.tags[index]
        const mapIt = tag
          ? `map it in handbook.yml to a template that makes the address (shortcodes: { "${tag.name}": { template: "/{0}" } }, see the migration guide), or write the address itself`
          : 'write the address itself'
        const where =
          field === 'url'
            ? `a link's address unless it is mapped to a template (or is {{< ref "…" >}} or {{< relref "…" >}}), so the link has no address: ${mapIt}`
            : `an image's or link's ${field === 'alt' ? 'alt text' : 'title'}: write the text itself`
        // One kind per tag: one mapping fixes every use, so the report counts them under the first (checks/warning-kinds.ts).
        problems.push({
          code: 'shortcode',
          message: `${tag ? writtenName(tag) : 'a shortcode'} cannot stand in ${where}`,
          ...(tag && field === 'url' ? { kind: `${writtenName(tag)} in a link's address` } : {}),
          ...(tag ? { line: tag.line, column: tag.column } : placeOf(child)),
        })
        fields[field] = field === 'url' ? '' : value.replace(ANY_MARKER, '').replace(PADDING, '')
      }
    }
    if ('children' in child) findMarkers(child as Parent, prepared, problems)
    children.push(child)
  }
  parent.children = children as Content[]
}

function placeOf(node: { position?: Offsets }): Pick<DirectiveProblem, 'line' | 'column'> {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {}
}

function isBlank(node: Content | MarkerNode): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'break'
}

function holdsMarker(nodes: readonly (Content | MarkerNode)[], tag: number): boolean {
  return nodes.some((node) => (isMarker(node) ? node.tag === tag : 'children' in node && holdsMarker(node.children as Content[], tag)))
}

/**
 * Markers at the start or end of a paragraph whose partner is not in it,
 * moved out before / after it; the paragraph is dropped when nothing is left.
 */
function hoistEdges(paragraph: Parent, partner: PreparedSource['partner']): { before: MarkerNode[]; after: MarkerNode[]; keep: boolean } {
  const nodes = paragraph.children as (Content | MarkerNode)[]
  const outside = (node: Content | MarkerNode) => isMarker(node) && partner[node.tag] !== undefined && !holdsMarker(nodes, partner[node.tag]!)
  const before: MarkerNode[] = []
  const after: MarkerNode[] = []
  for (;;) {
    const first = nodes.findIndex((node) => !isBlank(node))
    if (first < 0 || !outside(nodes[first]!)) break
    before.push(nodes.splice(0, first + 1).pop() as MarkerNode)
  }
  for (;;) {
    let last = nodes.length - 1
    while (last >= 0 && isBlank(nodes[last]!)) last--
    if (last < 0 || !outside(nodes[last]!)) break
    after.unshift(nodes.splice(last).shift() as MarkerNode)
  }
  if (before.length || after.length) {
    const head = nodes[0]
    if (head?.type === 'text') head.value = head.value.replace(/^[ \t]*\n?/, '')
    const tail = nodes[nodes.length - 1]
    if (tail?.type === 'text') tail.value = tail.value.replace(/\n?[ \t]*$/, '')
  }
  return { before, after, keep: nodes.some((node) => !isBlank(node)) }
}

function isBlockElement(node: Content | MarkerNode): boolean {
  if ((node.type as string) === 'handbookDirective') return (node as unknown as { kind: string }).kind !== 'text'
  return (node.type as string) === 'shortcodeElement' && isFlow(node as unknown as Parent)
}

/** A paragraph around a block a shortcode made (`Text {{% tip %}}…{{% /tip %}}`), split so the block stands between paragraphs. */
function liftBlocks(paragraph: Parent): (Content | MarkerNode)[] {
  const nodes = paragraph.children as (Content | MarkerNode)[]
  if (!nodes.some(isBlockElement)) return [paragraph as Content]
  const out: (Content | MarkerNode)[] = []
  let run: (Content | MarkerNode)[] = []
  const flush = () => {
    if (run.some((node) => !isBlank(node))) {
      // The spaces that stood between the text and the block end nothing now.
      const [first, last] = [run[0], run[run.length - 1]]
      if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
      if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
      out.push({ ...(paragraph as Content), children: run } as Content)
    }
    run = []
  }
  for (const node of nodes) {
    if (isBlockElement(node)) {
      flush()
      out.push(node)
    } else run.push(node)
  }
  flush()
  return out
}

export type RenderCall = (call: ShortcodeCall) => ShortcodeOutput

function callOf(tag: ShortcodeTag, inner: { nodes: Content[]; source: string } | undefined, placement: ShortcodeCall['placement']): ShortcodeCall {
  return {
    name: tag.name,
    form: tag.form,
    positional: tag.positional,
    named: tag.named,
    ...(inner ? { inner: inner.nodes, innerSource: inner.source } : {}),
    placement,
    line: tag.line,
    column: tag.column,
  }
}

// Hugo's escape, {{</* x */>}}, as the literal tag {{< x >}}.
function literal(tag: ShortcodeTag): Content {
  return { type: 'text', value: writtenName(tag) } as Content
}

function process(parent: Parent, prepared: PreparedSource, render: RenderCall, problems: DirectiveProblem[], rendered: Set<number>): void {
  const { tags, partner } = prepared
  const flow = isFlow(parent)
  const placement = flow ? 'block' : 'inline'
  // Inner content first: pairs inside a child are that child's.
  const hoisted: (Content | MarkerNode)[] = []
  for (const child of parent.children as (Content | MarkerNode)[]) {
    if (isMarker(child) || !('children' in child)) {
      hoisted.push(child)
      continue
    }
    process(child as Parent, prepared, render, problems, rendered)
    if (flow && child.type === 'paragraph') {
      const { before, after, keep } = hoistEdges(child, partner)
      hoisted.push(...before, ...(keep ? liftBlocks(child) : []), ...after)
    } else hoisted.push(child)
  }
  const out: (Content | MarkerNode)[] = []
  const open: number[] = []
  const emit = (index: number, inner: { nodes: Content[]; source: string } | undefined) => {
    const tag = tags[index]!
    rendered.add(index)
    const result = render(callOf(tag, inner, placement))
    if (result.problem) problems.push({ line: tag.line, column: tag.column, ...result.problem })
    if (result.more) problems.push(...result.more)
    out.push(...asFlow(result.nodes))
  }
  // Inline output (a badge, the escape's text) alone between blocks gets a paragraph.
  const asFlow = (nodes: Content[]): Content[] =>
    flow && nodes.length > 0 && nodes.every((node) => PHRASING.has(node.type) || ((node.type as string) === 'shortcodeElement' && !isFlow(node as unknown as Parent)))
      ? [{ type: 'paragraph', children: nodes } as Content]
      : nodes
  for (const node of hoisted) {
    if (!isMarker(node)) {
      out.push(node)
      continue
    }
    const tag = tags[node.tag]!
    const mate = partner[node.tag]
    if (tag.escaped) {
      rendered.add(node.tag)
      out.push(...asFlow([literal(tag)]))
    } else if (mate === undefined) {
      rendered.add(node.tag)
      if (!tag.closing) emit(node.tag, undefined)
    } else if (!tag.closing) {
      open.push(out.length)
      out.push(node)
    } else {
      const at = open.length ? open[open.length - 1]! : -1
      if (at >= 0 && (out[at] as MarkerNode).tag === mate) {
        open.pop()
        const nodes = out.splice(at).slice(1) as Content[]
        rendered.add(node.tag)
        emit(mate, { nodes, source: prepared.original.slice(tags[mate]!.end, tag.start) })
      } else {
        // Its opening is elsewhere: left for the parent to hoist, or for the sweep to report.
        out.push(node)
      }
    }
  }
  parent.children = out as Content[]
}

/** Markers left (an opening and closing split across blocks): reported at the opening, and removed. */
function sweep(parent: Parent, tags: readonly ShortcodeTag[], partner: PreparedSource['partner'], rendered: ReadonlySet<number>, problems: DirectiveProblem[]): void {
  const children: Content[] = []
  for (const child of parent.children as (Content | MarkerNode)[]) {
    if (isMarker(child)) {
      const tag = tags[child.tag]!
      const mate = partner[child.tag]
      if (!rendered.has(child.tag) && !tag.closing && mate !== undefined) {
        problems.push({
          code: 'shortcode',
          line: tag.line,
          column: tag.column,
          message: `${writtenName(tag)} and its closing tag on line ${tags[mate]!.line} are not in the same block (one is inside a list, quote or paragraph the other is not): put both on lines of their own at the same indentation`,
        })
      }
      continue
    }
    if ('children' in child) sweep(child as Parent, tags, partner, rendered, problems)
    children.push(child)
  }
  parent.children = children
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference'])

/**
 * Replaces the shortcodes of `tree` (parsed from `prepared.text`) by what
 * `render` makes of them; returns the problems (scanning, pairing, rendering).
 */
export function applyShortcodes(tree: Root, prepared: PreparedSource, render: RenderCall): DirectiveProblem[] {
  const problems: DirectiveProblem[] = prepared.problems.map((problem) => ({ code: 'shortcode', ...problem }))
  if (prepared.tags.length === 0) return problems
  findMarkers(tree, prepared, problems)
  const rendered = new Set<number>()
  process(tree, prepared, render, problems, rendered)
  sweep(tree, prepared.tags, prepared.partner, rendered, problems)
  return problems
}
