/**
 * Jekyll's `redirect_to:` (jekyll-redirect-from; the 18F handbook nine
 * times): the page is no page but a redirect, at its own URL and at its old
 * ones, to a page of this site or to another site. It is published as the
 * other redirects are (redirects.ts: a static page that sends the reader on,
 * a line of `_redirects`), never as an empty page, and is in no sidebar,
 * search or sitemap. Its address is resolved as a link written on the page
 * would be, so `/tock/#billing` (an old URL of tools/tock.md) sends readers
 * straight to `/tools/tock#billing`. An address a browser must not be sent
 * to (`javascript:`) is an error at the field, with the fix.
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import type { FieldLines, LoadedSource } from '../../pipeline/page-sources'
import { fileUrl, resolveLink, type LinkIndex, type LinkTarget, type SiteAddress } from '../../links/links'
import { CONTROL } from '../../../shared/url-safety'
import type { Frontmatter } from '../../frontmatter'
import { assertNever } from '../../../shared/assert-never'

/** A page that is a redirect (`redirect_to:`), as the handbook keeps it: the redirects wing publishes it, its check reports a destination that is no page. */
export interface RedirectPage {
  sourcePath: string
  /** Its own URL, routed like a page's (routes.ts): the redirect is served there. */
  url: string
  frontmatter: Frontmatter
  fieldLines: FieldLines
  /** `redirect_to` as written (a list's first item). */
  written: string
  /** What the address points to; undefined when it was refused (reported when the page was read). */
  target?: LinkTarget
  /** Where the reader is sent: a URL of this site (path prefix not included) or a full URL; undefined when refused. */
  redirectTo?: string
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const EXAMPLE = 'a page of this site (redirect_to: /team/values/) or a full URL (redirect_to: https://example.com/page)'

/** What stops `redirect_to` from being an address a browser may be sent to, completing `redirect_to "<written>" …`. */
function unsafeTarget(written: string): string | undefined {
  const value = written.trim()
  if (value === '') return `is empty. Write ${EXAMPLE}`
  if (CONTROL.test(written) || value.includes('\\')) return `contains a control character or a backslash, which browsers read in ways the address does not show. Write ${EXAMPLE}`
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    return `uses "${scheme}:": a redirect may only send the browser to a web page, never run code or open another program. Write ${EXAMPLE}`
  }
  if (scheme) {
    try {
      if (new URL(value).hostname !== '') return undefined
    } catch {
      // Reported below.
    }
    return `is not a URL a browser can open. Write ${EXAMPLE}`
  }
  return undefined
}

/** Where the browser is sent for a resolved address; undefined for one that points into the page itself. */
function destinationOf(target: LinkTarget, written: string): string | undefined {
  switch (target.kind) {
    case 'page':
      return `${target.route.url}${target.query ? `?${target.query}` : ''}${target.anchor ? `#${target.anchor}` : ''}`
    case 'file':
      return fileUrl(target.sourcePath)
    case 'external':
      // As the browser would read it (`//host/x` is https), with its spaces and the like escaped: one token of `_redirects`.
      return new URL(target.href, 'https://site.invalid').href
    case 'broken':
      // As written: the check reports it.
      return written.trim()
    case 'other':
    case 'same-page':
    // An internal page, which the public site leaves out: no redirect says where it is.
    case 'withheld':
      return undefined
    default:
      return assertNever(target)
  }
}

/**
 * The `redirect_to:` pages among the routed ones, each with its destination
 * resolved against the site's pages and old URLs (`index`); a refused one is
 * reported in `diagnostics` and makes no redirect.
 */
export function redirectPagesOf(sources: readonly LoadedSource[], index: LinkIndex, site: SiteAddress, diagnostics: Diagnostic[]): RedirectPage[] {
  return sources.map((source): RedirectPage => {
    const written = source.frontmatter.redirect_to?.[0] ?? ''
    const page = { sourcePath: source.file.sourcePath, url: source.url, frontmatter: source.frontmatter, fieldLines: source.fieldLines, written }
    const line = source.fieldLines.redirect_to ?? 1
    const unsafe = unsafeTarget(written)
    if (unsafe) {
      diagnostics.push(error('redirect-to', page.sourcePath, `redirect_to "${written}" ${unsafe}`, line))
      return page
    }
    const listed = source.frontmatter.redirect_to ?? []
    if (listed.length > 1) {
      diagnostics.push(
        warning(
          'redirect-to',
          page.sourcePath,
          `redirect_to lists ${listed.length} addresses, and a page redirects to one: it sends readers to the first, "${written}", as Jekyll did. Keep that one only`,
          line,
        ),
      )
    }
    // jekyll-redirect-from ignores the page's text; say so, as the text would be lost without a word.
    if (source.body.trim() !== '') {
      const firstLine = source.body.split('\n').findIndex((text) => text.trim() !== '') + 1
      diagnostics.push(
        warning(
          'redirect-to',
          page.sourcePath,
          `this page's text is not shown: the page is a redirect (redirect_to "${written}"), as it was in Jekyll. Move the text to a page readers see, or remove redirect_to to show it here`,
          firstLine,
        ),
      )
    }
    const target = resolveLink(written, { sourcePath: page.sourcePath, url: page.url }, index, site)
    if (target.kind === 'withheld') {
      diagnostics.push(
        warning(
          'redirect-to',
          page.sourcePath,
          `redirect_to "${written}" points at an internal page, which the public site leaves out: no redirect is made there. Point it at a public page, or mark this page internal too`,
          line,
        ),
      )
      return page
    }
    const itself = target.kind === 'page' && target.route.sourcePath === page.sourcePath
    const redirectTo = itself ? undefined : destinationOf(target, written)
    if (redirectTo === undefined) {
      diagnostics.push(error('redirect-to', page.sourcePath, `redirect_to "${written}" points into this page, which is a redirect and shows nothing. Write ${EXAMPLE}`, line))
      return page
    }
    return { ...page, target, redirectTo }
  })
}
