/**
 * The redirects wing: a static page at each old URL a page lists
 * (`redirect_from`, `aliases`), which works without JavaScript, and
 * `_redirects` for hosts that read it (with the rules that show each
 * language's own 404 page: features/languages). Redirects with a problem are left out
 * and reported by the check.
 */
import type { Feature } from '../feature'
import { collectRedirects, redirectPageHtml, redirectPagePath, redirectsFile } from './redirects'
import { redirects as redirectsCheck } from './check'
import { languagesOf } from '../languages/languages'
import { folderNotFoundPages } from '../languages/chrome-pages'

/** The build log's line: the redirects written, and how many are `redirect_to:` pages. */
function redirectsSummary(redirects: number, pages: number): string {
  return pages > 0 ? `${redirects} redirects (${pages} of them redirect_to: pages)` : `${redirects} redirects`
}

export const redirectsWing: Feature = {
  name: 'redirects',
  rootFiles: ['_redirects'],
  checks: [redirectsCheck],
  outputs: ({ handbook, settings }) => {
    const { redirects } = collectRedirects(handbook.pages, handbook)
    return {
      files: [{ path: '_redirects', contents: redirectsFile(redirects, settings.pathPrefix, folderNotFoundPages(languagesOf(settings))) }],
      // Never over a file the build wrote: the checks refuse such redirects, and this is the last guard.
      placeholders: redirects.map((redirect) => ({ path: redirectPagePath(redirect), contents: redirectPageHtml(redirect, settings) })),
      summary: () => redirectsSummary(redirects.length, handbook.redirectPages.length),
    }
  },
}
