/**
 * The id the page's `# Title` had where it was written, kept when the H1 is
 * taken for the page's title (title-heading.ts): GitHub, MkDocs, Jekyll and
 * Hugo all give it one, and pages link to it (`setup.md#setup`, a page's own
 * `#welcome`). An empty `<span id>` at the top of the body carries it (the
 * GitHub slug, and the old tool's when it differs), so such a link lands
 * where the title is and the check finds it, instead of failing as broken.
 */
import type { Element, Root } from 'hast'
import { createHeadingSlugger } from '../links/slug'
import { toolSlugger } from '../source/heading-id-schemes'
import type { SourceTool } from '../source/tool'
import { isSiteId } from './site-ids'

/** Adds the title's ids that no element of the page has, and the site's layout does not use, to the tree and to `anchors`. */
export function addTitleAnchors(tree: Root, title: string, tool: SourceTool | undefined, anchors: string[]): void {
  const ids = [createHeadingSlugger().slug(title), tool ? toolSlugger(tool)?.id({ runs: [{ kind: 'text', value: title }] }) : undefined]
  const taken = new Set(anchors)
  const spans: Element[] = []
  for (const id of ids) {
    if (!id || taken.has(id) || isSiteId(id)) continue
    taken.add(id)
    anchors.push(id)
    spans.push({ type: 'element', tagName: 'span', properties: { id }, children: [] })
  }
  tree.children.unshift(...spans)
}
