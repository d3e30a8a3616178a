/**
 * Broken links in the pages made from data (people and teams): written in a
 * bio or a description, reported once per address at the data file, with no
 * line (`link-broken`; a warning with HANDBOOK_BROKEN_LINKS=warn).
 */
import type { Diagnostic } from '../common/diagnostics'
import type { HandbookCheck } from './check'
import { brokenLinkReport } from './options'

export const generatedLinks: HandbookCheck = {
  name: 'generated-links',
  run({ handbook, options }) {
    const report = brokenLinkReport(options)
    const out: Diagnostic[] = []
    const seen = new Set<string>()
    for (const page of handbook.generated) {
      for (const use of page.links) {
        if (use.target.kind !== 'broken' || seen.has(`${page.dataFile}\u0000${use.href}`)) continue
        seen.add(`${page.dataFile}\u0000${use.href}`)
        out.push(
          report(
            'link-broken',
            page.dataFile,
            `broken link "${use.href}" in a bio or team description (shown on ${page.url}): ${use.target.reason}. Paths start from the data file's folder, or from the site's root with /`,
          ),
        )
      }
    }
    return out
  },
}
