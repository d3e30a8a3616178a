/**
 * Old URLs (`redirect_from`, `aliases`, a permalink's) that cannot be
 * redirects: not a plain path, an address something else has, or claimed
 * twice (`redirect`, `redirect-self`). Found where the redirects are
 * collected (redirects.ts), which the build's writer shares; every page
 * counts, read or not. And a `redirect_to:` page that sends readers to no
 * page of this site, or to a heading its page lacks: a broken link, reported
 * as the links check reports one (HANDBOOK_BROKEN_LINKS=warn makes it a
 * warning).
 */
import { collectRedirects } from './redirects'
import type { HandbookCheck } from '../../checks/check'
import type { Diagnostic } from '../../common/diagnostics'
import { brokenLinkReport } from '../../checks/options'

export const redirects: HandbookCheck = {
  name: 'redirects',
  run(input) {
    const { handbook, options, pagesByUrl } = input
    const report = brokenLinkReport(options)
    const broken: Diagnostic[] = []
    for (const page of handbook.redirectPages) {
      const { target, written } = page
      const line = page.fieldLines.redirect_to ?? 1
      if (target?.kind === 'broken') broken.push(report('link-broken', page.sourcePath, `redirect_to "${written}": ${target.reason}. Check the address: readers sent there would find nothing`, line))
      if (target?.kind !== 'page' || !target.anchor) continue
      const linked = pagesByUrl.get(target.route.url)
      if (linked && !(linked.format === 'mdx' && linked.anchors.length === 0) && !linked.anchors.includes(target.anchor)) {
        broken.push(report('anchor-broken', page.sourcePath, `redirect_to "${written}": #${target.anchor} is not a heading on ${linked.sourcePath}. Check the heading, or send readers to the page itself`, line))
      }
    }
    return [...collectRedirects(handbook.pages, handbook).diagnostics, ...broken]
  },
}
