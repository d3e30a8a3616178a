/**
 * The print wing: every page prints cleanly (the print stylesheet,
 * src/styles/global/print.css), and print views made of many pages: the
 * whole handbook at `/print`, each sidebar group at `/print<its URL>`, which
 * `npm run pdf` (scripts/pdf.ts) turns into a PDF.
 */
import type { Feature } from '../feature'
import { printPages } from './print-pages'
import { mdxRegions } from './mdx-regions'
import { PRINT_URL, PRINT_URL_OWNER } from './print-views'

export const printWing: Feature = {
  name: 'print',
  reserves: { [PRINT_URL]: PRINT_URL_OWNER },
  // A site's pages only: `npm run check` has no use for them (seconds on a large handbook). In develop, each view's document is made when it is visited.
  pages: (input) => (input.build ? printPages(input) : []),
  // A group's view shows the group's sidebar: the one that lists the group's page (the whole handbook's, the home page's).
  // Its .mdx pages, from the pages Gatsby wrote.
  outputs: (input) => {
    const { regions, missing } = mdxRegions(input)
    if (regions.length === 0) return undefined
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
    return {
      files: [],
      regions,
      warnings: missing.length > 0 ? [`print views: no built page for ${missing.join(', ')}: printed as a link to the page`] : [],
      summary: (_rewritten, ms) => `print views: .mdx pages filled in ${count(regions.length, 'view')} in ${ms} ms`,
    }
  },
  sidebarParents: (url) => (url === PRINT_URL ? ['/'] : url.startsWith(`${PRINT_URL}/`) ? [url.slice(PRINT_URL.length)] : []),
}
