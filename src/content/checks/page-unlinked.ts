/**
 * Pages no other page links to, but the home page (`page-unlinked`, a
 * warning at line 1): readers find them only by search. A link from a page
 * that was not read (over a limit) does not count.
 */
import { warning } from '../common/diagnostics'
import type { HandbookCheck } from './check'

export const pageUnlinked: HandbookCheck = {
  name: 'page-unlinked',
  run({ readPages }) {
    const linkedTo = new Set<string>()
    for (const page of readPages) {
      for (const use of page.links) if (use.target.kind === 'page' && use.target.route.url !== page.url) linkedTo.add(use.target.route.url)
    }
    return readPages
      .filter((page) => page.url !== '/' && !linkedTo.has(page.url))
      .map((page) => warning('page-unlinked', page.sourcePath, 'no other page links to this page. Link to it from a related page so readers find it', 1))
  },
}
