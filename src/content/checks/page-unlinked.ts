/**
 * Pages a reader cannot reach but by search (`page-unlinked`, a warning at
 * line 1): in no sidebar, and linked from no other page. The home page is
 * reached from the site title. A page in a sidebar is reached from every
 * page of that sidebar, so it is not reported: on a handbook whose sidebars
 * come from its folders, that was most of its pages, burying the warnings
 * worth reading. A link from a page that was not read (over a limit) does
 * not count.
 */
import { warning } from '../common/diagnostics'
import { pageUrls } from '../../shared/sidebar/navigation'
import type { HandbookCheck } from './check'

export const pageUnlinked: HandbookCheck = {
  name: 'page-unlinked',
  run({ handbook, readPages }) {
    const reached = new Set(handbook.sidebars.flatMap((sidebar) => [...pageUrls(sidebar.items)]))
    for (const page of readPages) {
      for (const use of page.links) if (use.target.kind === 'page' && use.target.route.url !== page.url) reached.add(use.target.route.url)
    }
    return readPages
      .filter((page) => page.url !== '/' && !reached.has(page.url))
      .map((page) =>
        warning('page-unlinked', page.sourcePath, 'no sidebar lists this page and no other page links to it, so readers find it only by search. Add it to a sidebar, or link to it from a related page', 1),
      )
  },
}
