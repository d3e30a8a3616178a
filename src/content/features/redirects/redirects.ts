/**
 * Moved pages: frontmatter `redirect_from` (or Hugo's `aliases`) lists a
 * page's old URLs; each becomes a static page that sends the reader on
 * (meta refresh, no JavaScript needed) and a line of `_redirects` for hosts
 * that read one (Netlify, Cloudflare Pages).
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { buildOutputAt, type SiteAddresses } from '../../links/site-addresses'
import { withPathPrefix } from '../../links/url'
import { absoluteUrl } from '../../links/url'

export interface Redirect {
  /** Old URL, without the path prefix, e.g. /people/pay. */
  from: string
  /** The page's URL. */
  to: string
  sourcePath: string
  line?: number
}

export interface RedirectSource {
  sourcePath: string
  url: string
  frontmatter: { redirect_from?: string[] | undefined; aliases?: string[] | undefined }
  fieldLines: { redirect_from?: number; aliases?: number; items?: { redirect_from?: number[]; aliases?: number[] } }
}

/** An old path as a site URL: absolute, no trailing slash, no `.html` or `index.html`; relative ones are read from the page's folder. */
export function redirectUrl(written: string, pageUrl: string): string {
  let value = written.trim().split(/[?#]/)[0]!
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) value = new URL(value).pathname
  if (!value.startsWith('/')) {
    const folder = pageUrl.split('/').slice(0, -1).join('/')
    value = `${folder}/${value}`
  }
  let decoded = value
  try {
    decoded = decodeURI(value)
  } catch {
    // Keep it as written; the check below still compares it.
  }
  const segments: string[] = []
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const last = segments[segments.length - 1]
  if (last === 'index.html' || last === 'index.htm') segments.pop()
  else if (last && /\.html?$/.test(last)) segments[segments.length - 1] = last.replace(/\.html?$/, '')
  return `/${segments.join('/')}`
}

/** What else of the site has an address: generated pages (people, teams, changes) and the content folder's files, published at their paths. */
export interface RedirectSite {
  generated?: readonly { url: string }[]
  /** The site's own URLs and root files (features.ts: siteAddresses). */
  addresses?: SiteAddresses
  contentFiles?: readonly string[]
}

/** Files browsers ask every site for, and each page's Markdown copy (`/guide.md`): a redirect there would shadow one. */
const SITE_FILES = /^\/favicon\.(ico|svg)$|\.md$/i
/** Characters that mean something in `_redirects` (`*` splat, `:name` placeholder), or that no old address of a page holds. */
const NOT_IN_PATH = /[*:?#\s\\\u0000-\u001f\u007f-\u009f]/

/** What stops an old URL from becoming a redirect, completing `redirect_from "<written>" …`; undefined when it may. */
function invalidOldUrl(written: string, from: string, pageUrl: string): string | undefined {
  const value = written.trim()
  const path = /^https?:\/\//i.test(value) ? value.replace(/^https?:\/\/[^/?#]*/i, '') : value
  const bad = NOT_IN_PATH.exec(path)?.[0] ?? (value === '' ? '' : undefined)
  if (bad !== undefined) {
    const what =
      bad === ''
        ? 'is empty'
        : bad === '*' || bad === ':'
          ? `contains "${bad}", which _redirects reads as a pattern`
          : bad === '?' || bad === '#'
            ? `contains "${bad}": a redirect matches a path, never a query or a fragment`
            : 'contains a space or a control character'
    return `${what}. Write the old address as a plain path of this site, e.g. redirect_from: /old/page`
  }
  // Relative entries are read from the page's folder: one that climbs above the site's root is not an address of this site.
  const folder = value.startsWith('/') ? [] : pageUrl.split('/').filter(Boolean).slice(0, -1)
  let depth = folder.length
  for (const segment of path.split('/')) {
    if (segment === '..') depth--
    else if (segment !== '' && segment !== '.') depth++
    if (depth < 0) return `leaves the site (its ".." climbs above the root). Write a path inside the site such as "${from}"`
  }
  return undefined
}

/** What already has the address `from`, in words, or undefined. */
function ownerOf(from: string, generated: ReadonlyMap<string, string>, contentFiles: ReadonlySet<string>, rootFiles: readonly string[]): string | undefined {
  if (from === '/') return 'the home page'
  const reserved = generated.get(from)
  if (reserved) return reserved
  if (SITE_FILES.test(from)) return `a file the build writes (${from})`
  const written = buildOutputAt(from, rootFiles)
  if (written) return written
  if (contentFiles.has(from.slice(1))) return `the file ${from.slice(1)} of the content folder, which the site publishes there`
  return undefined
}

/**
 * Every redirect, and a diagnostic for each that cannot be one: not a plain
 * path, an address something else of the site has (a page, a generated page,
 * a file the build writes), or claimed twice. The redirects returned are only
 * those the writer may publish.
 */
export function collectRedirects(pages: readonly RedirectSource[], site: RedirectSite = {}): { redirects: Redirect[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const pageAt = new Map(pages.map((page) => [page.url, page]))
  const generated = new Map([...(site.generated ?? []).map((page) => [page.url, `the generated page ${page.url}`] as const), ...(site.addresses?.reserved ?? [])])
  const contentFiles = new Set(site.contentFiles ?? [])
  const claimed = new Map<string, Redirect>()
  for (const page of pages) {
    for (const field of ['redirect_from', 'aliases'] as const) {
      const fieldLine = page.fieldLines[field]
      for (const [item, written] of (page.frontmatter[field] ?? []).entries()) {
        // The item's own line when the list is written one per line; else the field's.
        const line = page.fieldLines.items?.[field]?.[item] || fieldLine
        const from = redirectUrl(written, page.url)
        const redirect: Redirect = { from, to: page.url, sourcePath: page.sourcePath, ...(line ? { line } : {}) }
        const fail = (message: string) => diagnostics.push(error('redirect', page.sourcePath, `${field} "${written}" ${message}`, line))
        const invalid = invalidOldUrl(written, from, page.url)
        const owner = invalid ? undefined : ownerOf(from, generated, contentFiles, site.addresses?.rootFiles ?? [])
        if (invalid) {
          fail(invalid)
        } else if (from === page.url) {
          // Jekyll sites list a page's own URL among its old ones (the 18F handbook six times): harmless, so built as it is, with a warning.
          diagnostics.push(warning('redirect-self', page.sourcePath, `${field} "${written}" is this page's own URL, so it is not a redirect and is skipped. Remove it`, line))
        } else if (pageAt.has(from)) {
          fail(`is the URL of ${pageAt.get(from)!.sourcePath}, so the redirect would hide that page. Remove it, or move that page first`)
        } else if (owner) {
          fail(`is the address of ${owner}, so it cannot redirect to this page. Remove it`)
        } else if (claimed.has(from)) {
          const other = claimed.get(from)!
          if (other.sourcePath !== page.sourcePath) fail(`is also claimed by ${other.sourcePath}: an old URL can redirect to one page only`)
        } else {
          claimed.set(from, redirect)
        }
      }
    }
  }
  return { redirects: [...claimed.values()].sort((a, b) => a.from.localeCompare(b.from)), diagnostics }
}

/** The redirects of a handbook's pages, as the build publishes them: those with a problem are left out (the checks report them). */
export function redirectsOf(handbook: { pages: readonly RedirectSource[] } & RedirectSite): Redirect[] {
  return collectRedirects(handbook.pages, handbook).redirects
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

/** The static page served at an old URL: works without JavaScript, tells search engines where the page went. */
export function redirectPageHtml(redirect: Redirect, site: { siteUrl: string; pathPrefix: string; lang: string; title: string }): string {
  const target = encodeURI(withPathPrefix(site.pathPrefix, redirect.to))
  const canonical = absoluteUrl(site.siteUrl, site.pathPrefix, redirect.to)
  return `<!doctype html>
<html lang="${escapeHtml(site.lang)}">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeHtml(site.title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
<link rel="canonical" href="${escapeHtml(canonical)}">
</head>
<body>
<p>This page has moved to <a href="${escapeHtml(target)}">${escapeHtml(canonical)}</a>.</p>
</body>
</html>
`
}

/** `_redirects` (Netlify / Cloudflare Pages format): one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[], pathPrefix: string): string {
  return redirects
    .map((r) => `${encodeURI(withPathPrefix(pathPrefix, r.from))} ${encodeURI(withPathPrefix(pathPrefix, r.to))} 301`)
    .join('\n')
    .concat(redirects.length > 0 ? '\n' : '')
}
