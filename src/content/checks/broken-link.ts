/**
 * Links to nothing: no page or file at the address (`link-broken`), an
 * embedded image or file that is missing (`image-missing`). Errors, or
 * warnings with HANDBOOK_BROKEN_LINKS=warn. The other rules skip such a link.
 */
import type { LinkRule } from './link-rule'
import { brokenLinkReport } from './options'
import { nearest, TOLERANCE } from '../common/nearest-name'

/** The file a site-absolute path was meant to name (`/images/explorer-hogg.png` → `/images/explorer-hog.png`), among the content folder's. */
function meantFile(href: string, files: readonly string[]): string | undefined {
  const written = href.split(/[?#]/)[0]!.replace(/^\/+/, '')
  if (!/\.[a-z0-9]+$/i.test(written)) return undefined
  const found = nearest(written, files, TOLERANCE.path)
  return found !== undefined ? `/${found}` : undefined
}

export const brokenLink: LinkRule = (use, page, input) => {
  if (use.target.kind !== 'broken') return undefined
  const what = use.embedded ? 'missing image or file' : 'broken link'
  const meant = use.href.startsWith('/') && !use.href.startsWith('//') ? meantFile(use.href, input.handbook.contentFiles) : undefined
  const hint = meant ? `Did you mean ${meant}?` : /^(\/|[a-z][a-z0-9+.-]*:)/i.test(use.href) ? 'Check the address' : "Check the path: it starts from this file's folder"
  return { problem: brokenLinkReport(input.options)(use.embedded ? 'image-missing' : 'link-broken', page.sourcePath, `${what} "${use.href}": ${use.target.reason}. ${hint}`, use.line, use.column), last: true }
}
