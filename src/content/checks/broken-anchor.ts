/**
 * `#fragment` links that name no heading of the page they point to, on this
 * page or another (a page made from data included), with the nearest
 * heading as the fix (`anchor-broken`). An `.mdx` page that reports no
 * heading is not checked: its headings may come from its components. A link
 * whose anchor is not checked (an empty one, a page not found by URL) goes
 * through no later rule, as it always has.
 */
import { closest, distance } from 'fastest-levenshtein'
import type { LinkRule } from './link-rule'
import { brokenLinkReport } from './options'

function suggestAnchor(anchor: string, anchors: readonly string[]): string {
  if (anchors.length === 0) return 'That page has no headings to link to'
  const best = closest(anchor, [...anchors])
  return best && distance(anchor, best) <= Math.max(3, anchor.length / 3)
    ? `Did you mean #${best}?`
    : `Its headings are ${anchors
        .slice(0, 5)
        .map((a) => `#${a}`)
        .join(', ')}${anchors.length > 5 ? '…' : ''}`
}

export const brokenAnchor: LinkRule = (use, page, input) => {
  const { target } = use
  if (target.kind !== 'same-page' && !(target.kind === 'page' && target.anchor)) return undefined
  const anchor = target.kind === 'same-page' ? target.anchor : target.anchor!
  const linked = target.kind === 'same-page' ? page : input.pagesByUrl.get(target.route.url)
  if (!linked || anchor === '' || (linked.format === 'mdx' && linked.anchors.length === 0)) return { last: true }
  let decoded = anchor
  try {
    decoded = decodeURIComponent(anchor)
  } catch {
    // As written.
  }
  if (linked.anchors.includes(decoded)) return undefined
  const where = linked === page ? 'this page' : linked.sourcePath
  return {
    problem: brokenLinkReport(input.options)(
      'anchor-broken',
      page.sourcePath,
      `broken link "${use.href}": #${decoded} is not a heading on ${where}. ${suggestAnchor(decoded, linked.anchors)}`,
      use.line,
      use.column,
    ),
  }
}
