/**
 * The links check: every link and embedded file of every page read, each
 * through the link rules in this order, up to the one that says it is the
 * last for that link (a broken link is reported as broken only); then where
 * each `redirect_to:` page sends readers (redirect-to.ts).
 */
import type { Diagnostic } from '../common/diagnostics'
import type { HandbookCheck } from './check'
import type { LinkRule } from './link-rule'
import { brokenLink } from './broken-link'
import { brokenAnchor } from './broken-anchor'
import { imageAlt } from './image-alt'
import { linkHttp } from './link-http'
import { redirectToProblems } from './redirect-to'

export const LINK_RULES: readonly LinkRule[] = [brokenLink, brokenAnchor, imageAlt, linkHttp]

export const links: HandbookCheck = {
  name: 'links',
  run(input) {
    const out: Diagnostic[] = []
    for (const page of input.readPages) {
      for (const use of page.links) {
        for (const rule of LINK_RULES) {
          const found = rule(use, page, input)
          if (found?.problem) out.push(found.problem)
          if (found?.last) break
        }
      }
    }
    return [...out, ...redirectToProblems(input)]
  },
}
