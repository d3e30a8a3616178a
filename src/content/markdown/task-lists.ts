/**
 * GFM task lists render as disabled checkboxes with no label: screen readers
 * announce "checkbox, not checked" and nothing else (axe: `label`, critical).
 * Each box is named by its own item's text, nested lists left out.
 */
import type { Element, ElementContent, Root } from 'hast'
import { visit } from '../common/visit'

function classes(node: Element): string[] {
  const value = node.properties?.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : []
}

function isCheckbox(node: Element): boolean {
  return node.tagName === 'input' && node.properties?.type === 'checkbox'
}

/** The item's own text: everything but nested lists and the checkbox. */
function ownText(nodes: readonly ElementContent[]): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text') text += node.value
    else if (node.type === 'element' && node.tagName !== 'ul' && node.tagName !== 'ol' && !isCheckbox(node)) text += ownText(node.children)
  }
  return text
}

function firstCheckbox(nodes: readonly ElementContent[]): Element | undefined {
  for (const node of nodes) {
    if (node.type !== 'element') continue
    if (isCheckbox(node)) return node
    // Loose lists wrap the item in a paragraph: <li><p><input> text</p></li>.
    if (node.tagName === 'p') {
      const found = firstCheckbox(node.children)
      if (found) return found
    }
    if (node.tagName === 'ul' || node.tagName === 'ol') return undefined
  }
  return undefined
}

export function labelTaskCheckboxes(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'li' || !classes(node).includes('task-list-item')) return
    const box = firstCheckbox(node.children)
    if (!box || box.properties?.ariaLabel || box.properties?.ariaLabelledBy) return
    const label = ownText(node.children).replace(/\s+/g, ' ').trim()
    if (label) box.properties = { ...box.properties, ariaLabel: label }
  })
}
