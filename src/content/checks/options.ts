/**
 * What the editors' checks are told by the command that runs them: the one
 * knob (HANDBOOK_BROKEN_LINKS), and what it makes of a broken link.
 */
import { error, warning } from '../common/diagnostics'

export interface CheckOptions {
  /** `warn` while migrating a handbook whose links (and images) are not fixed yet. */
  brokenLinks: 'error' | 'warn'
}

/** Reads HANDBOOK_BROKEN_LINKS. */
export function brokenLinksSetting(value: string | undefined): CheckOptions['brokenLinks'] {
  return value?.trim().toLowerCase() === 'warn' ? 'warn' : 'error'
}

/** How a broken link, image or anchor is reported: an error, or a warning with HANDBOOK_BROKEN_LINKS=warn. */
export function brokenLinkReport(options: CheckOptions): typeof error {
  return options.brokenLinks === 'warn' ? warning : error
}
