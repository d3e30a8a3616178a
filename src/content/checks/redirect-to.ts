/**
 * Where a `redirect_to:` page sends readers (features/redirects/redirect-pages.ts),
 * checked by the links check as a link: no page of this site there
 * (`link-broken`), or no such heading on the page (`anchor-broken`). Errors,
 * or warnings with HANDBOOK_BROKEN_LINKS=warn, as for a link in a page.
 */
import type { Diagnostic } from '../common/diagnostics'
import type { CheckInput } from './check'
import { brokenLinkReport } from './options'

/** The problems of the `redirect_to:` pages' destinations, page after page. */
export function redirectToProblems({ handbook, options, pagesByUrl }: CheckInput): Diagnostic[] {
  const report = brokenLinkReport(options)
  const found: Diagnostic[] = []
  for (const page of handbook.redirectPages) {
    const { target, written } = page
    const line = page.fieldLines.redirect_to ?? 1
    if (target?.kind === 'broken') found.push(report('link-broken', page.sourcePath, `redirect_to "${written}": ${target.reason}. Check the address: readers sent there would find nothing`, line))
    if (target?.kind !== 'page' || !target.anchor) continue
    const linked = pagesByUrl.get(target.route.url)
    // As for a link: an .mdx page that reports no heading may have them from its components.
    if (!linked || (linked.format === 'mdx' && linked.anchors.length === 0) || linked.anchors.includes(target.anchor)) continue
    found.push(report('anchor-broken', page.sourcePath, `redirect_to "${written}": #${target.anchor} is not a heading on ${linked.sourcePath}. Check the heading, or send readers to the page itself`, line))
  }
  return found
}
