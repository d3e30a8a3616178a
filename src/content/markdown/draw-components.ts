/**
 * The second half of components in `.md` pages (md-components.ts): the
 * placeholder elements the HTML parser nested become elements the sanitizer
 * keeps (their children, the page's Markdown, are cleaned as any page's
 * HTML), then each is replaced by its component drawn with React to static
 * HTML, innermost first, with the cleaned children where the component puts
 * `children`. The components' HTML is trusted, as `.mdx` pages' is: it is
 * the handbook's reviewed code (`_components/`).
 */
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from '../common/visit'
import type { CompiledComponents } from '../load/compile-components'
import { loadComponents, originalPlace } from '../components/bundle'
import type { DirectiveProblem } from './directive-handlers'
import type { ComponentUses } from './md-components'

/** Where a component puts its children; no page's HTML has it (the sanitizer keeps no such element). */
const CHILDREN = 'handbook-component-children'

/** Each placeholder element as a `div` the sanitizer keeps, named by its id. Call between parsing the raw HTML and sanitizing. */
export function shieldComponents(tree: Root, uses: ComponentUses): void {
  visit(tree, 'element', (node) => {
    if (!node.tagName.startsWith(uses.marker)) return
    node.properties = { id: node.tagName }
    node.tagName = 'div'
  })
}

const isPlaceholder = (node: ElementContent, marker: string): node is Element =>
  node.type === 'element' && typeof node.properties?.id === 'string' && node.properties.id.startsWith(marker) && /^\d+$/.test(node.properties.id.slice(marker.length))

/**
 * The components drawn into their placeholders (after sanitizing). Without
 * `compiled` (components not compiled: `--untrusted`, or they failed and
 * are reported at their files) each placeholder gives way to its children.
 */
export function drawComponents(tree: Root, uses: ComponentUses, compiled: CompiledComponents | undefined): DirectiveProblem[] {
  if (uses.uses.length === 0) return []
  const problems: DirectiveProblem[] = []
  const bundle = compiled ? loadComponents(compiled) : undefined
  if (bundle instanceof Error) return [{ code: 'component-compile', message: `the handbook's components could not be loaded: ${bundle.message}` }]
  const draw = (placeholder: Element): ElementContent[] => {
    const use = uses.uses[Number(String(placeholder.properties!.id).slice(uses.marker.length))]!
    const children = placeholder.children
    const Component = bundle?.components[use.component]
    if (!Component) return children
    let html: string
    try {
      html = renderToStaticMarkup(React.createElement(Component, { ...use.props, ...(use.hasChildren ? { children: React.createElement(CHILDREN) } : {}) }))
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause)
      const place = originalPlace(cause instanceof Error ? (cause.stack ?? '') : '', bundle!.map)
      const where = `${use.file}:${use.line}`
      problems.push(
        place
          ? {
              code: 'component-render',
              file: place.source,
              line: place.line,
              column: place.column,
              message: `<${use.written}> threw while rendering ${where}: ${message}. Fix the component, or the props the page passes it`,
            }
          : { code: 'component-render', file: use.file, line: use.line, message: `<${use.written}> threw while rendering: ${message}. Fix the component, or the props the page passes it` },
      )
      return children
    }
    const drawn = fromHtml(html, { fragment: true })
    // Positions point into the component's HTML, not the page: only the children's are the page's.
    visit(drawn, (node) => void delete node.position)
    let placed = false
    visit(drawn, 'element', (node, index, parent) => {
      if (node.tagName !== CHILDREN || !parent || index === undefined || index === null) return undefined
      parent.children.splice(index, 1, ...(placed ? structuredClone(children) : children))
      placed = true
      return index + children.length
    })
    return drawn.children as ElementContent[]
  }
  const walk = (parent: Root | Element): void => {
    const next: ElementContent[] = []
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'element') walk(child)
      if (isPlaceholder(child, uses.marker)) next.push(...draw(child))
      else next.push(child)
    }
    ;(parent as Element).children = next
  }
  walk(tree)
  return problems
}
