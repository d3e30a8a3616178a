/**
 * Tables scroll sideways when wider than the page (markdown-blocks.css), as
 * they do on a phone; a region that scrolls must be reachable from the
 * keyboard (WCAG 2.1.1, axe's scrollable-region-focusable), and a table of
 * plain text has nothing inside to focus. So each table is a tab stop, as
 * each code block is (highlight.ts).
 */
import type { Root } from 'hast'
import { visit } from '../common/visit'

/** Makes every table of the page focusable. */
export function focusableTables(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 }
  })
}
