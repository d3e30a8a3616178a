/**
 * The print wing: every page prints cleanly (the print stylesheet,
 * src/styles/global/print.css), and print views made of many pages: the
 * whole handbook at `/print`, each sidebar group at `/print<its URL>`, which
 * `npm run pdf` (scripts/pdf.ts) turns into a PDF.
 */
import type { Feature } from '../feature'
import { printPages } from './print-pages'
import { documentRegions } from './document-regions'
import { PRINT_URL, PRINT_URL_OWNER } from './print-views'

export const printWing: Feature = {
  name: 'print',
  reserves: { [PRINT_URL]: PRINT_URL_OWNER },
  // A site's pages only: `npm run check` has no use for them (seconds on a large handbook). In develop, each view's document is made when it is visited.
  pages: (input) => (input.build ? printPages(input) : []),
  // Each view's document, made once Gatsby has written the view's page and filled in there, its .mdx pages from the
  // pages Gatsby wrote.
  outputs: (input) => {
    const made = documentRegions(input)
    if (made.views === 0) return undefined
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
    return {
      files: [],
      regions: made.regions,
      // Read once the regions are written (WingOutput), when every document is made.
      get warnings() {
        return made.missing.size > 0 ? [`print views: no built page for ${[...made.missing].join(', ')}: printed as a link to the page`] : []
      },
      summary: (_rewritten, ms) => `print views: ${count(made.views, 'document')} filled in${made.filledMdx.count > 0 ? ` (${count(made.filledMdx.count, '.mdx page')} from the pages built)` : ''}, in ${ms} ms`,
    }
  },
  // A group's view shows the group's sidebar: the one that lists the group's page (the whole handbook's, the home page's).
  sidebarParents: (url) => (url === PRINT_URL ? ['/'] : url.startsWith(`${PRINT_URL}/`) ? [url.slice(PRINT_URL.length)] : []),
}
