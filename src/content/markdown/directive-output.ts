/**
 * What a directive of ours becomes in the syntax tree: a `handbookDirective`
 * mdast node holding the handler's HTML nodes, turned into HTML by
 * `DIRECTIVE_TO_HAST_HANDLERS` (pass them to mdast-util-to-hast, and to
 * MDX's remark-rehype as `remarkRehypeOptions.handlers`; no `data.hChildren`,
 * which gatsby-plugin-mdx would convert on its own). The HTML is trusted:
 * `.md` pages shield it from the page sanitizer (`shieldDirectiveOutput`), so
 * `.md` and `.mdx` render the same HTML; handlers sanitize what comes from
 * data (bios, links) themselves.
 */
import type { Content } from 'mdast'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Handler } from 'mdast-util-to-hast'
import { toString as hastToString } from 'hast-util-to-string'
import type { DirectiveKind } from './directive-handlers'

export interface Offsets {
  start: { line: number; column: number; offset?: number }
  end: { line: number; column: number; offset?: number }
}

/** What replaces one of our directives: the handler's HTML nodes. `value` is their text (excerpts read it). */
export interface DirectiveOutputNode {
  type: 'handbookDirective'
  kind: DirectiveKind
  hast: ElementContent[]
  value: string
  position?: Offsets
  data?: Record<string, unknown>
}

/** The node for a handler's HTML, a copy (later steps change the page's tree in place). */
export function directiveOutputNode(kind: DirectiveKind, nodes: ElementContent[], position: Offsets | undefined): Content {
  const hast = structuredClone(nodes)
  const value = hast.map((node) => hastToString(node as Element)).join('')
  const output: DirectiveOutputNode = { type: 'handbookDirective', kind, hast, value, ...(position ? { position } : {}) }
  return output as unknown as Content
}

/** mdast-util-to-hast / remark-rehype handlers: our directives' HTML goes into the page as the handler made it. */
export const DIRECTIVE_TO_HAST_HANDLERS: Record<string, Handler> = {
  handbookDirective: (_state, node: DirectiveOutputNode) => node.hast,
}

/**
 * For `.md`, whose HTML is sanitized after the tree is built: the handlers
 * that put a placeholder where each directive's HTML goes, and the function
 * that puts the HTML in after sanitizing (the placeholder is an element with
 * an id the page's own text cannot contain).
 */
export function shieldDirectiveOutput(source: string): { handlers: Record<string, Handler>; restore: (tree: HastRoot | Element) => void } {
  let marker = 'handbook-directive-output-'
  while (source.includes(marker)) marker += 'x-'
  const stored: ElementContent[][] = []
  const handlers: Record<string, Handler> = {
    handbookDirective: (_state, node: DirectiveOutputNode) => {
      stored.push(node.hast)
      return { type: 'element', tagName: node.kind === 'text' ? 'span' : 'div', properties: { id: `${marker}${stored.length - 1}` }, children: [] }
    },
  }
  const restoreIn = (parent: HastRoot | Element): void => {
    const children: ElementContent[] = []
    for (const child of parent.children as ElementContent[]) {
      const id = child.type === 'element' ? child.properties?.id : undefined
      if (typeof id === 'string' && id.startsWith(marker)) {
        children.push(...(stored[Number(id.slice(marker.length))] ?? []))
        continue
      }
      if (child.type === 'element') restoreIn(child)
      children.push(child)
    }
    ;(parent as Element).children = children
  }
  return { handlers, restore: restoreIn }
}
