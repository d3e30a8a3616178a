/**
 * The print wing: every page prints cleanly (the print stylesheet,
 * src/styles/global/print.css), and print views made of many pages: the
 * whole handbook at `/print`, each sidebar group at `/print<its URL>`, which
 * `npm run pdf` (scripts/pdf.ts) turns into a PDF.
 */
import type { Feature } from '../feature'
import { printPages } from './print-pages'
import { PRINT_URL, PRINT_URL_OWNER } from './print-views'

export const printWing: Feature = {
  name: 'print',
  reserves: { [PRINT_URL]: PRINT_URL_OWNER },
  // A site's pages only: `npm run check` has no use for them (seconds on a large handbook).
  pages: (input) => (input.build ? printPages(input) : []),
  // A group's view shows the group's sidebar: the one that lists the group's page (the whole handbook's, the home page's).
  sidebarParents: (url) => (url === PRINT_URL ? ['/'] : url.startsWith(`${PRINT_URL}/`) ? [url.slice(PRINT_URL.length)] : []),
}
