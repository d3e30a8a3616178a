/**
 * The editors' checks: everything wrong in the content that the site build
 * itself would not stop on — broken links and anchors, missing images,
 * redirects that collide — and the warnings that help keep a handbook
 * tidy. Used by `npm run check` and by the build, so both say the same.
 * One file per check, listed in list.ts; what a check is: check.ts.
 */
import type { Diagnostic } from '../common/diagnostics'
import type { Handbook } from '../handbook'
import type { HandbookCheck } from './check'
import { checkInput } from './input'
import { HANDBOOK_CHECKS } from './list'
import { FEATURES } from '../features'
import type { CheckOptions } from './options'

export type { CheckInput, HandbookCheck, LinkedPage } from './check'
export { checkInput } from './input'
export { HANDBOOK_CHECKS } from './list'
export { brokenLinksSetting, brokenLinkReport, type CheckOptions } from './options'

/** The problems `checks` find in the handbook, check after check, each check's in the order it found them. */
export function runChecks(checks: readonly HandbookCheck[], handbook: Handbook, options: CheckOptions): Diagnostic[] {
  const input = checkInput(handbook, options)
  return checks.flatMap((check) => check.run(input))
}

/** Every problem in the handbook, on top of those found while loading it: the checks of list.ts, then each feature wing's. */
export function checkHandbook(handbook: Handbook, options: CheckOptions): Diagnostic[] {
  return runChecks(allChecks(), handbook, options)
}

/** The checks of list.ts, then each feature wing's, in the order of the registry. */
export function allChecks(): HandbookCheck[] {
  return [...HANDBOOK_CHECKS, ...FEATURES.flatMap((feature) => feature.checks ?? [])]
}
