/**
 * The generic directive syntax (remark-directive: `:name[label]{attrs}`,
 * `::name…`, `:::name … :::`) for `.md` and `.mdx`, with one guarantee:
 * ordinary text survives. remark-directive reads `n:th`, `TODO:fix`, `:tada:`
 * or `mailto:jane@example.com` as directives; only directives whose name has
 * a handler are ours, and everything else renders exactly as it would have
 * without the extension.
 *
 * How: a page is parsed with the extension (tree A) only when it can contain
 * one of our directives (a handler's name appears in its text; otherwise the
 * page is parsed without it, tree B, as before), and also without it when A
 * has directives not ours outside the blocks that hold ours. The
 * top-level blocks of A that hold one of our directives are kept from A, with
 * the directive replaced by its handler's HTML; every other top-level block
 * comes from B, so it is byte-identical to rendering without the extension.
 * (Blocks are matched by source offsets; where A and B split the text
 * differently, overlapping blocks are taken together from one tree.)
 *
 * Inside a block kept from A, a directive that is not ours goes back to its
 * exact source text: `:x` and `::x` as text; a container `:::x` keeps its
 * inner content rendered as Markdown, with its opening and closing fence lines
 * as literal paragraphs. We chose that over one literal blob because the inner
 * content is the editor's Markdown (lists, links) and B renders it so too;
 * the difference from B is only that B joins a fence line to the paragraph
 * next to it (`<p>:::note\nHi\n:::</p>` there, three paragraphs here). A
 * label keeps its Markdown (`:x[*a*]` keeps the emphasis). The other known
 * difference in such a block: a GFM autolink literal that a directive cuts
 * (`mailto:jane@example.com`: `:jane` is read as a directive first) stays
 * plain text. Directive syntax in code is literal already (code is never
 * parsed for directives).
 *
 * Handler output goes into the tree as a node of markdown/directive-output.ts.
 */
import type { Content, Parent, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { directiveOutputNode, type Offsets } from './directive-output'
import type { DirectiveCall, DirectiveHandlers, DirectiveKind, DirectiveProblem } from './directive-handlers'
import { DIRECTIVE_COMPONENTS } from '../components/builtin'
import { escapeRegExp } from '../common/regexp'

interface DirectiveNode extends Parent {
  type: 'textDirective' | 'leafDirective' | 'containerDirective'
  name: string
  attributes?: Record<string, string | null | undefined> | null
}

interface JsxAttribute {
  type: string
  name?: string
  value?: unknown
}

interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'
  name: string | null
  attributes: JsxAttribute[]
}

const DIRECTIVE_TYPES: Record<string, DirectiveKind> = { textDirective: 'text', leafDirective: 'leaf', containerDirective: 'container' }
/** Colons the written form starts with (a container fence may have more: then the label test below falls back to the text as written). */
const DIRECTIVE_COLONS: Record<string, number> = { textDirective: 1, leafDirective: 2, containerDirective: 3 }

// Where pipeline/ imports it from.
export { DIRECTIVE_COMPONENTS }

/** Code of the problem for an MDX component attribute written as an expression (`id={x}`), which the build cannot evaluate. */
export const ATTRIBUTE_PROBLEM = 'directive-attribute'

// Where shortcodes/mapping.ts imports it from.
export { escapeRegExp }

/** Whether `source` can hold one of the handlers' directives (or their MDX components): the cheap test before parsing twice. */
export function mentionsDirectives(source: string, handlers: DirectiveHandlers | undefined, mdx: boolean): boolean {
  if (!handlers || handlers.size === 0) return false
  const names = [...handlers.keys()].map(escapeRegExp)
  const components = mdx
    ? Object.entries(DIRECTIVE_COMPONENTS)
        .filter(([, name]) => handlers.has(name))
        .map(([component]) => component)
    : []
  const patterns = [`:(?:${names.join('|')})(?![A-Za-z0-9_-])`, ...(components.length ? [`<(?:${components.join('|')})(?![A-Za-z0-9_.:-])`] : [])]
  return new RegExp(patterns.join('|')).test(source)
}

function offsetsOf(node: { position?: Offsets }): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

function sourceOf(node: { position?: Offsets }, source: string): string {
  const offsets = offsetsOf(node)
  return offsets ? source.slice(offsets[0], offsets[1]) : ''
}

function isDirective(node: Content | Root): node is DirectiveNode & Content {
  return node.type in DIRECTIVE_TYPES
}

function isComponent(node: Content | Root): node is JsxNode & Content {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof (node as JsxNode).name === 'string'
}

/** Whether the directive has a handler that takes its form. */
function isOurs(node: DirectiveNode, handlers: DirectiveHandlers): boolean {
  const kinds = handlers.get(node.name)?.kinds
  return handlers.has(node.name) && (!kinds || kinds.includes(DIRECTIVE_TYPES[node.type]!))
}

/** Whether `node` holds a directive that has a handler. */
function holdsOurs(node: Content | Root, handlers: DirectiveHandlers): boolean {
  if (isDirective(node) && isOurs(node, handlers)) return true
  return 'children' in node && (node.children as Content[]).some((child) => holdsOurs(child, handlers))
}

function text(value: string, position: Offsets | undefined): Content {
  return { type: 'text', value, ...(position ? { position } : {}) } as Content
}

function paragraph(value: string, position?: Offsets): Content {
  return { type: 'paragraph', children: [text(value, position)], ...(position ? { position } : {}) } as Content
}

function isLabel(node: Content): boolean {
  return node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true
}

/**
 * `:name[label]{attrs}` as text: the label's own nodes (its Markdown, parsed)
 * between the literal parts, so `:x[*a*]` keeps its emphasis. `upTo` is where
 * the written form ends (a container's opening line).
 */
function written(node: DirectiveNode & Content, label: readonly Content[], source: string, upTo: number): Content[] {
  const [start] = offsetsOf(node)!
  const fence = ':'.repeat(DIRECTIVE_COLONS[node.type]!) + node.name
  const openAt = start + fence.length
  if (source[openAt] !== '[') return [text(source.slice(start, upTo).trimEnd(), node.position)]
  const first = label.length ? offsetsOf(label[0]!) : undefined
  const last = label.length ? offsetsOf(label[label.length - 1]!) : undefined
  if (label.length && (!first || !last)) return [text(source.slice(start, upTo).trimEnd(), node.position)]
  // Without label nodes (`[]`), the label is empty and `]` follows `[`.
  const labelStart = first ? first[0] : openAt + 1
  const labelEnd = last ? last[1] : openAt + 1
  return [text(source.slice(start, labelStart), undefined), ...label, text(source.slice(labelEnd, upTo).trimEnd(), undefined)]
}

/** A directive not ours (or one whose handler reported a problem), as the editor wrote it. */
function restore(node: DirectiveNode & Content, source: string): Content[] {
  const [start, end] = offsetsOf(node) ?? [0, 0]
  if (node.type === 'textDirective') return written(node, node.children as Content[], source, end)
  if (node.type === 'leafDirective') return [{ type: 'paragraph', children: written(node, node.children as Content[], source, end), position: node.position } as Content]
  const lines = source.slice(start, end).split('\n')
  const labelNode = (node.children as Content[]).find(isLabel) as Parent | undefined
  const opening = { type: 'paragraph', children: written(node, (labelNode?.children ?? []) as Content[], source, start + lines[0]!.length) } as Content
  const content = (node.children as Content[]).filter((child) => !isLabel(child))
  // The closing fence is the last line when it is only colons (after any blockquote or list indentation).
  const closing = lines.length > 1 ? /^[ \t>]*(:{3,})[ \t]*$/.exec(lines[lines.length - 1]!) : null
  return [opening, ...content, ...(closing ? [paragraph(closing[1]!)] : [])]
}

function labelOf(node: DirectiveNode): string {
  if (node.type !== 'containerDirective') return mdastToString(node)
  const label = (node.children as Content[]).find(isLabel)
  return label ? mdastToString(label) : ''
}

function stringAttributes(attributes: Record<string, string | null | undefined> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(attributes ?? {})) if (typeof value === 'string') result[key] = value
  return result
}

function placeOf(node: { position?: Offsets }): Pick<DirectiveCall, 'line' | 'column'> {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {}
}

/** Calls the handler; on a problem, records it and gives back `fallback`. */
function call(handlers: DirectiveHandlers, directive: DirectiveCall, position: Offsets | undefined, problems: DirectiveProblem[], fallback: () => Content[]): Content[] {
  const result = handlers.get(directive.name)!(directive)
  if ('nodes' in result) return [directiveOutputNode(directive.kind, result.nodes, position)]
  if ('tree' in result) return result.tree
  problems.push({ ...result.problem, ...placeOf({ position }) })
  return fallback()
}

function componentCall(node: JsxNode & Content, name: string, problems: DirectiveProblem[]): DirectiveCall | undefined {
  const attributes: Record<string, string> = {}
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && (typeof attribute.value === 'string' || attribute.value === null || attribute.value === undefined)) {
      attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : ''
    } else {
      const written = attribute.type === 'mdxJsxAttribute' ? `${attribute.name ?? ''}={…}` : '{…}'
      problems.push({
        code: ATTRIBUTE_PROBLEM,
        message: `<${node.name}>: the attribute ${written} is an expression, which the build cannot read; write it as a string, e.g. ${attribute.name ?? 'id'}="…"`,
        ...placeOf(node),
      })
      return undefined
    }
  }
  return { name, kind: node.type === 'mdxJsxFlowElement' ? 'leaf' : 'text', label: mdastToString(node), attributes, ...placeOf(node) }
}

/** Replaces, in `parent`'s children (recursively), our directives by their HTML and every other directive by its source text. */
function transformChildren(parent: Parent, source: string, handlers: DirectiveHandlers, problems: DirectiveProblem[]): void {
  const children: Content[] = []
  for (const child of parent.children as Content[]) {
    if (isDirective(child)) {
      const kind = DIRECTIVE_TYPES[child.type]!
      if (isOurs(child, handlers)) {
        // A container's content first: it may hold more of our directives.
        const content = kind === 'container' ? (child.children as Content[]).filter((node) => !isLabel(node)) : undefined
        if (content) {
          const holder = { type: 'root', children: content } as Root
          transformChildren(holder, source, handlers, problems)
          ;(child as Parent).children = [...(child.children as Content[]).filter(isLabel), ...holder.children]
        }
        const directive: DirectiveCall = {
          name: child.name,
          kind,
          label: labelOf(child),
          attributes: stringAttributes(child.attributes),
          ...(content ? { children: (child.children as Content[]).filter((node) => !isLabel(node)) } : {}),
          ...placeOf(child),
        }
        const replaced = call(handlers, directive, child.position, problems, () => restore(child, source))
        // A restored container's content may hold more of our directives.
        for (const node of replaced) if ('children' in node) transformChildren(node, source, handlers, problems)
        children.push(...replaced)
      } else {
        const restored = restore(child, source)
        for (const node of restored) if ('children' in node) transformChildren(node, source, handlers, problems)
        children.push(...restored)
      }
      continue
    }
    const component = isComponent(child) ? DIRECTIVE_COMPONENTS[child.name!] : undefined
    if (component && handlers.has(component) && isComponent(child)) {
      const directive = componentCall(child, component, problems)
      const fallback = () => [child.type === 'mdxJsxFlowElement' ? paragraph(sourceOf(child, source), child.position) : text(sourceOf(child, source), child.position)]
      children.push(...(directive ? call(handlers, directive, child.position, problems, fallback) : fallback()))
      continue
    }
    if ('children' in child) transformChildren(child, source, handlers, problems)
    children.push(child)
  }
  parent.children = children
}

/** Connected runs of top-level blocks of A and B whose source ranges overlap: each run is taken whole from one tree. */
function runsOf(a: readonly Content[], b: readonly Content[]): { a: Content[]; b: Content[] }[] {
  const items = [...a.map((node) => ({ node, from: 'a' as const })), ...b.map((node) => ({ node, from: 'b' as const }))]
    .map((item) => ({ ...item, range: offsetsOf(item.node) }))
    .sort((x, y) => (x.range?.[0] ?? 0) - (y.range?.[0] ?? 0) || (x.from === 'a' ? -1 : 1))
  const runs: { a: Content[]; b: Content[]; end: number }[] = []
  for (const item of items) {
    const [start, end] = item.range ?? [0, Number.MAX_SAFE_INTEGER]
    let run = runs[runs.length - 1]
    if (!run || start >= run.end) runs.push((run = { a: [], b: [], end }))
    run[item.from].push(item.node)
    run.end = Math.max(run.end, end)
  }
  return runs
}

export interface DirectiveSource {
  /** The page's text, which the trees' offsets point into. */
  source: string
  handlers: DirectiveHandlers
  /** The page parsed without the directive extension (tree B), or undefined when it does not parse so (MDX). */
  parsePlain: () => Root | undefined
  /** Applied to top-level blocks taken from B (MDX: what the compiler did to its own tree before our plugins). */
  adaptPlain?: (nodes: Content[]) => Content[]
}

/**
 * Applies the directives in `tree` (parsed WITH the extension) in place: see
 * the file header. Returns the handlers' problems at their line and column.
 */
export function applyDirectives(tree: Root, { source, handlers, parsePlain, adaptPlain }: DirectiveSource): DirectiveProblem[] {
  const problems: DirectiveProblem[] = []
  const hasDirective = (node: Content | Root): boolean => isDirective(node) || ('children' in node && (node.children as Content[]).some(hasDirective))
  // Blocks of A without any directive are what B has there; B is parsed only for the others not ours.
  if (tree.children.some((node) => hasDirective(node) && !holdsOurs(node, handlers))) {
    const plain = parsePlain()
    if (plain) {
      const children: Content[] = []
      for (const run of runsOf(tree.children, plain.children)) {
        const fromA = run.b.length === 0 || run.a.some((node) => holdsOurs(node, handlers))
        children.push(...(fromA ? run.a : adaptPlain ? adaptPlain(run.b) : run.b))
      }
      tree.children = children
    }
  }
  transformChildren(tree, source, handlers, problems)
  return problems
}
