/**
 * The TeX a piece of KaTeX's output was drawn from. Search and the Markdown
 * copies read a page's HTML: KaTeX's HTML and MathML read as text are the
 * formula twice, garbled ("x2x^2"); they read this instead, `$x^2$` inline
 * and `$$…$$` displayed, as the editor wrote it.
 */
import type { Element, ElementContent } from 'hast'
import { toString as hastToString } from 'hast-util-to-string'

const classesOf = (element: Element): unknown[] => (Array.isArray(element.properties?.className) ? element.properties.className : [])

/** KaTeX's drawing of one formula: `span.katex` (inline) or `span.katex-display` (displayed). */
export function isKatex(element: Element): boolean {
  const classes = classesOf(element)
  return classes.includes('katex') || classes.includes('katex-display')
}

function annotation(node: ElementContent): Element | undefined {
  if (node.type !== 'element') return undefined
  if (node.tagName === 'annotation' && node.properties?.encoding === 'application/x-tex') return node
  for (const child of node.children) {
    const found = annotation(child)
    if (found) return found
  }
  return undefined
}

/** The formula's TeX between its delimiters, or undefined when it is not KaTeX's. */
export function texSourceOf(element: Element): string | undefined {
  if (!isKatex(element)) return undefined
  const tex = annotation(element)
  if (!tex) return undefined
  const source = hastToString(tex).trim()
  return classesOf(element).includes('katex-display') ? `$$\n${source}\n$$` : `$${source}$`
}
