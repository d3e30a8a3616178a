/**
 * Old URLs (`redirect_from`, `aliases`) that cannot be redirects: not a
 * plain path, an address something else has, or claimed twice (`redirect`,
 * `redirect-self`). Found where the redirects are collected (redirects.ts),
 * which the build's writer shares; every page counts, read or not.
 */
import { collectRedirects } from './redirects'
import type { HandbookCheck } from '../../checks/check'

export const redirects: HandbookCheck = {
  name: 'redirects',
  run({ handbook }) {
    return collectRedirects(handbook.pages, handbook).diagnostics
  },
}
