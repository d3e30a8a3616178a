/**
 * Rewrites every URL in a page's tree, from Markdown and raw HTML alike, to
 * where it really points on the built site, and records each one so the
 * checks can report broken links at their line. A link to an internal page
 * a public build leaves out becomes its text (features/audience).
 */
import type { Root } from 'hast'
import { visit } from '../common/visit'
import type { Node as UnistNode } from 'unist'
import { hrefFor, resolveLink, type LinkIndex, type LinkUse, type Route, type SiteAddress } from '../links/links'

// Where handbook.ts, checks/ and people/ import it from.

export interface LinkContext {
  from: Route
  index: LinkIndex
  site: SiteAddress
  /** Prefix written into hrefs: the site's path prefix when building with it, else "". */
  hrefPrefix: string
}

const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  track: ['src'],
}

/** An HTML element written as JSX in an `.mdx` page (`<img src="/images/hog.png" />`), as the MDX compiler passes it through. */
interface JsxElementNode extends UnistNode {
  name?: string | null
  attributes?: Array<{ type: string; name?: string; value?: unknown }>
}

/** The links of `.mdx` JSX HTML elements: resolved, rewritten and recorded as Markdown's are (a component's props are its own). */
function rewriteJsxLinks(tree: Root, context: LinkContext, uses: LinkUse[]): void {
  visit(tree as UnistNode, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return
    const element = node as JsxElementNode
    const names = element.name ? URL_ATTRIBUTES[element.name] : undefined
    if (!names) return
    const literal = (name: string) => element.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string')
    for (const name of names) {
      const attribute = literal(name)
      if (!attribute) continue
      const value = attribute.value as string
      const target = resolveLink(value, context.from, context.index, context.site)
      attribute.value = hrefFor(target, context.hrefPrefix, value)
      const alt = literal('alt')?.value
      uses.push({
        href: value,
        target,
        embedded: element.name !== 'a',
        ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
        ...(element.name === 'img' ? { alt: typeof alt === 'string' ? alt : '' } : {}),
      })
      // A link to an internal page the public site leaves out: its text, no link (and no address of it).
      if (target.kind === 'withheld' && element.name === 'a') {
        element.name = 'span'
        element.attributes = []
      }
    }
  })
}

export function rewriteLinks(tree: Root, context: LinkContext): LinkUse[] {
  const uses: LinkUse[] = []
  rewriteJsxLinks(tree, context, uses)
  visit(tree, 'element', (node) => {
    const attributes = URL_ATTRIBUTES[node.tagName]
    if (!attributes || !node.properties) return
    const src = node.properties.src
    for (const attribute of attributes) {
      const value = node.properties[attribute]
      if (typeof value !== 'string') continue
      const target = resolveLink(value, context.from, context.index, context.site)
      node.properties[attribute] = hrefFor(target, context.hrefPrefix, value)
      const alt = node.properties.alt
      uses.push({
        href: value,
        target,
        embedded: node.tagName !== 'a',
        ...(node.position ? { line: node.position.start.line, column: node.position.start.column } : {}),
        ...(node.tagName === 'img' ? { alt: typeof alt === 'string' ? alt : '' } : {}),
      })
      // A link to an internal page the public site leaves out: its text, no link (and no address of it).
      if (target.kind === 'withheld' && node.tagName === 'a') {
        node.tagName = 'span'
        node.properties = {}
      }
    }
    if (node.tagName === 'img') {
      node.properties.loading ??= 'lazy'
      node.properties.decoding ??= 'async'
      // GitHub's images for one theme (`logo-dark.png#gh-dark-mode-only`): shown in that theme only, as on GitHub (figures.css).
      const theme = typeof src === 'string' ? /#gh-(dark|light)-mode-only$/.exec(src)?.[1] : undefined
      if (theme) node.properties.className = [...(Array.isArray(node.properties.className) ? node.properties.className : []), `theme-${theme}-only`]
    }
  })
  return uses
}
