/**
 * Moved pages: frontmatter `redirect_from` (or Hugo's `aliases`) lists a
 * page's old URLs; each becomes a static page that sends the reader on
 * (meta refresh, no JavaScript needed) and a line of `_redirects` for hosts
 * that read one (Netlify, Cloudflare Pages).
 */
import { error, type Diagnostic } from './diagnostics'
import { withPathPrefix } from './url'
import { absoluteUrl } from './site-files'

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
  fieldLines: { redirect_from?: number; aliases?: number }
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

/** Every redirect, and an error for each that collides with a page, another redirect, or leads to itself. */
export function collectRedirects(pages: readonly RedirectSource[]): { redirects: Redirect[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const pageAt = new Map(pages.map((page) => [page.url, page]))
  const claimed = new Map<string, Redirect>()
  for (const page of pages) {
    for (const field of ['redirect_from', 'aliases'] as const) {
      const line = page.fieldLines[field]
      for (const written of page.frontmatter[field] ?? []) {
        const from = redirectUrl(written, page.url)
        const redirect: Redirect = { from, to: page.url, sourcePath: page.sourcePath, ...(line ? { line } : {}) }
        const fail = (message: string) => diagnostics.push(error('redirect', page.sourcePath, message, line))
        if (from === page.url) {
          fail(`${field} "${written}" is this page's own URL, so it would redirect to itself. Remove it`)
        } else if (pageAt.has(from)) {
          fail(`${field} "${written}" is the URL of ${pageAt.get(from)!.sourcePath}, so the redirect would hide that page. Remove it, or move that page first`)
        } else if (claimed.has(from)) {
          const other = claimed.get(from)!
          if (other.sourcePath !== page.sourcePath) fail(`${field} "${written}" is also claimed by ${other.sourcePath}: an old URL can redirect to one page only`)
        } else {
          claimed.set(from, redirect)
        }
      }
    }
  }
  return { redirects: [...claimed.values()].sort((a, b) => a.from.localeCompare(b.from)), diagnostics }
}

/** The redirects of a handbook's pages, as the build publishes them: those that collide are left out (the checks report them). */
export function redirectsOf(handbook: { pages: readonly RedirectSource[] }): Redirect[] {
  return collectRedirects(handbook.pages).redirects
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
