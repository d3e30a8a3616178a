/**
 * Old URLs (`redirect_from`, `aliases`, a permalink's) that cannot be
 * redirects: not a plain path, an address something else has, or claimed
 * twice (`redirect`, `redirect-self`); a `redirect_to:` home page. Found
 * where the redirects are collected (redirects.ts), which the build's writer
 * shares; every page counts, read or not. Where a `redirect_to:` page sends
 * readers is a link, checked with the links (checks/redirect-to.ts).
 */
import { collectRedirects } from './redirects'
import type { HandbookCheck } from '../../checks/check'

export const redirects: HandbookCheck = {
  name: 'redirects',
  run({ handbook }) {
    return collectRedirects(handbook.pages, handbook).diagnostics
  },
}
