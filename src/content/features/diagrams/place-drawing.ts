/**
 * A drawing Chromium made (chromium.ts), placed on a page: both themes'
 * SVGs, each with the diagram's own ids (`mermaid-diagram-<n>-light` and
 * `-dark`), named for assistive technology; the stylesheet shows the one
 * the site's theme asks for (styles/content/diagrams.css), and the hidden
 * one is `display: none`, so it is read by no screen reader either.
 *
 * Mermaid drew it with `securityLevel: 'strict'` (its labels sanitised by
 * DOMPurify); what could still run script is taken out here all the same,
 * as the text comes from a pull request: script-like elements, event
 * attributes, `javascript:` links.
 */
import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit, SKIP } from '../../common/visit'
import type { ChromiumDrawing } from './chromium'
import { ID_PLACEHOLDER } from './chromium'
import { escapeAttribute } from './draw'
import { prefixIds, shortenNumbers } from './svg-ids'

const THEMES = ['light', 'dark'] as const

const SCRIPTED = new Set(['script', 'iframe', 'object', 'embed'])

/** What could run script taken out of a drawn SVG, in place. */
function disarm(nodes: ElementContent[]): void {
  const root = { type: 'root' as const, children: nodes }
  visit(root, 'element', (node, index, parent) => {
    if (SCRIPTED.has(node.tagName.toLowerCase()) && parent && typeof index === 'number') {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    for (const name of Object.keys(node.properties ?? {})) {
      const value = node.properties![name]
      if (/^on/i.test(name) || (/^(href|xLinkHref|src|action|formAction)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(String(value)))) delete node.properties![name]
    }
    return undefined
  })
}

/** The root `<svg>` of one theme's drawing, with its ids and name. */
function themedSvg(svg: string, id: string, theme: (typeof THEMES)[number], label: string): string {
  const own = `${id}-${theme}`
  const placed = prefixIds(shortenNumbers(svg.split(ID_PLACEHOLDER).join(own)), own)
  // Mermaid's root: its `role="graphics-document document"` names nothing a screen reader says; an image with the diagram's title does.
  return placed.replace(/^<svg([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/ role="[^"]*"/, '').replace(/ class="[^"]*"/, '')
    const named = / aria-labelledby="/.test(kept) ? '' : ` aria-label="${escapeAttribute(label)}"`
    return `<svg${kept} class="diagram-svg diagram-${theme}" role="img"${named}>`
  })
}

/** The page's elements for one drawing: its light SVG, then its dark one. */
export function placeDrawing(drawing: ChromiumDrawing, id: string, label: string): Element[] {
  const html = THEMES.map((theme) => themedSvg(drawing[theme], id, theme, label)).join('')
  const nodes = fromHtml(html, { fragment: true }).children.filter((node): node is Element => node.type === 'element')
  disarm(nodes)
  return nodes
}
