/**
 * Rewrites every URL in a page's tree, from Markdown and raw HTML alike, to
 * where it really points on the built site, and records each one so the
 * checks can report broken links at their line.
 */
import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
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

export function rewriteLinks(tree: Root, context: LinkContext): LinkUse[] {
  const uses: LinkUse[] = []
  visit(tree, 'element', (node) => {
    const attributes = URL_ATTRIBUTES[node.tagName]
    if (!attributes || !node.properties) return
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
    }
    if (node.tagName === 'img') {
      node.properties.loading ??= 'lazy'
      node.properties.decoding ??= 'async'
    }
  })
  return uses
}
