/**
 * A definition as a tooltip holds it: one run of text-level HTML. The
 * tooltip sits inside the paragraph where its term is, so it may hold no
 * paragraph or list (the browser would close the paragraph there), and it is
 * read out as the term's description, so it holds no link either (its words
 * stay): the full entry, links and all, is on /glossary, where the term links.
 */
import type { ElementContent } from 'hast'

/** Elements a tooltip keeps as they are. */
const KEPT = new Set(['em', 'strong', 'b', 'i', 'code', 'kbd', 'sub', 'sup', 'mark', 's', 'del', 'ins', 'abbr', 'bdi', 'bdo', 'small', 'var', 'q', 'cite', 'time'])
/** Elements left out: what a line of text cannot show. */
const DROPPED = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'input', 'button', 'script', 'style', 'hr', 'table', 'pre'])

/** The definition's nodes as text-level ones: blocks become their content, separated by a space; links become their text. */
export function tipContent(definition: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  const walk = (nodes: readonly ElementContent[], into: ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        into.push({ type: 'text', value: node.value.replace(/\s+/g, ' ') })
        continue
      }
      if (node.type !== 'element' || DROPPED.has(node.tagName)) continue
      if (KEPT.has(node.tagName)) {
        const children: ElementContent[] = []
        walk(node.children, children)
        into.push({ type: 'element', tagName: node.tagName, properties: node.tagName === 'code' ? {} : { ...node.properties }, children })
        continue
      }
      if (node.tagName === 'br') {
        into.push({ type: 'text', value: ' ' })
        continue
      }
      // A block, a link, a span: its content, apart from what precedes and follows.
      const block = node.tagName !== 'a' && node.tagName !== 'span'
      if (block && into.length) into.push({ type: 'text', value: ' ' })
      walk(node.children, into)
      if (block) into.push({ type: 'text', value: ' ' })
    }
  }
  walk(definition, out)
  // Spaces at the ends and runs of them, as one line shows them.
  const trimmed = out.filter(
    (node, i) => !(node.type === 'text' && node.value === ' ' && (i === 0 || i === out.length - 1 || (out[i - 1]?.type === 'text' && /\s$/.test((out[i - 1] as { value: string }).value)))),
  )
  const first = trimmed[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = trimmed[trimmed.length - 1]
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return trimmed.filter((node) => node.type !== 'text' || node.value !== '')
}
