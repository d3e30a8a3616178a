/**
 * A rule about one link (or embedded file) of a page. The links check
 * (links.ts) runs every rule of its list on each link in turn, so that the
 * problems of one element keep their order: a `<video>`'s `src` and
 * `poster` share its line and column, and the sorted list keeps the order
 * they were found in.
 */
import type { Diagnostic } from '../common/diagnostics'
import type { Page } from '../handbook'
import type { LinkUse } from '../links/links'
import type { CheckInput } from './check'

/** What a rule makes of a link: a problem, and whether the rules after it skip the link (`last`: a broken link is only broken). */
export interface LinkFinding {
  problem?: Diagnostic
  last?: boolean
}

export type LinkRule = (use: LinkUse, page: Page, input: CheckInput) => LinkFinding | undefined
