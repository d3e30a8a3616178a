/**
 * A short piece of Markdown that is not a page (a person's bio, a team's
 * description) rendered as pages are: GFM, raw HTML parsed, then reduced to
 * the same allow-list (data files come from pull requests too). Embedded
 * frames become links. Positions are dropped: they would point into the data
 * file's value, not the page the fragment is shown on.
 */
import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { toHast } from 'mdast-util-to-hast'
import { raw } from 'hast-util-raw'
import { visit } from '../common/visit'
import { parseMarkdown } from './parse'
import { restrictEmbeds, sanitizeTree } from './sanitize'
import { TO_HAST_OPTIONS } from './page-tree'
import { withPathPrefix } from '../../shared/path-prefix'

export function renderFragment(markdown: string): ElementContent[] {
  const hast = toHast(parseMarkdown(markdown, 'md'), { ...TO_HAST_OPTIONS, allowDangerousHtml: true }) as Root
  // Raw HTML needs an HTML parser (the costly step); without a `<` there is none (2,000 bios: 0.85 s → see the bench).
  const tree = markdown.includes('<') ? (raw(hast) as Root) : hast
  const clean = sanitizeTree(tree)
  restrictEmbeds(clean, [])
  visit(clean, (node) => {
    delete node.position
  })
  return clean.children.filter((node): node is ElementContent => node.type !== 'doctype' && !(node.type === 'text' && node.value.trim() === ''))
}

/** A setting's Markdown (the footer, the banner) as sanitized HTML; site paths in its links get the path prefix. */
export function fragmentHtml(markdown: string, pathPrefix: string): string {
  const root: Root = { type: 'root', children: renderFragment(markdown) }
  visit(root, 'element', (node) => {
    const href = node.properties?.href
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties!.href = withPathPrefix(pathPrefix, href)
  })
  return toHtml(root)
}
