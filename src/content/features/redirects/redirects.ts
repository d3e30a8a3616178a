/**
 * Moved pages: frontmatter `redirect_from` (or Hugo's `aliases`) lists a
 * page's old URLs; each becomes a static page that sends the reader on
 * (meta refresh, no JavaScript needed) and a line of `_redirects` for hosts
 * that read one (Netlify, Cloudflare Pages). A `permalink:` whose old
 * address is not the page's URL (`/team/values.html`) keeps it the same way,
 * and a Jekyll `redirect_to:` page (redirect-pages.ts) is a redirect at its
 * own URL and at its old ones, to where it sends the reader.
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { buildOutputAt, type SiteAddresses } from '../../links/site-addresses'
import { withPathPrefix } from '../../links/url'
import { absoluteUrl } from '../../links/url'
import { permalinkUrl } from '../../links/permalink'
import type { Route } from '../../links/links'

export interface Redirect {
  /** Old URL, without the path prefix, e.g. /people/pay. */
  from: string
  /** The page's URL; for a `redirect_to:` page, where it sends the reader: a URL of this site (`/tools/tock#billing`) or a full URL of another. */
  to: string
  /** The old address names a file (a permalink's `/team/values.html`): the redirect is written at that path, not as a folder's index.html. */
  file?: true
  sourcePath: string
  line?: number
}

export interface RedirectSource {
  sourcePath: string
  url: string
  frontmatter: { redirect_from?: string[] | undefined; aliases?: string[] | undefined; permalink?: string | false | undefined; slug?: string | undefined; url?: string | undefined }
  fieldLines: { redirect_from?: number; aliases?: number; permalink?: number; redirect_to?: number; items?: { redirect_from?: number[]; aliases?: number[] } }
  /** A `redirect_to:` page's destination (redirect-pages.ts): its old URLs lead there, not to its own. */
  redirectTo?: string
}

/** Whether a redirect's destination is a path of this site (the path prefix goes before it), not a full URL of another site. */
export function isSitePath(to: string): boolean {
  return /^\/(?![/\\])/.test(to)
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

/** What else of the site has an address: generated pages (people, teams, changes) and the content folder's files, published at their paths; and the `redirect_to:` pages, each a redirect at its URL. */
export interface RedirectSite {
  redirectPages?: readonly RedirectSource[]
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

/** An old address a page claims, and where it is written. */
interface Claim {
  field: 'redirect_from' | 'aliases' | 'permalink'
  written: string
  line?: number
  /** The address is that of a file, `/team/values.html`, taken as it is. */
  file?: true
}

const HTML_FILE = /\.html?$/i

/**
 * The old address of a page's `permalink:` when the page's URL differs from
 * it (permalink.ts), as claims: a `.html` file is kept as that file, and as
 * the folder address hosts serve it at too (`/About_Us.html`, `/About_Us`)
 * when that is not the page's URL.
 */
function permalinkClaims(page: RedirectSource): Claim[] {
  const { permalink, slug, url } = page.frontmatter
  if (typeof permalink !== 'string' || slug !== undefined || url !== undefined) return []
  const result = permalinkUrl(permalink, page.sourcePath)
  if (!result.ok || result.url !== page.url || !result.oldUrl) return []
  const line = page.fieldLines.permalink ? { line: page.fieldLines.permalink } : {}
  const claim: Claim = { field: 'permalink', written: result.oldUrl, ...line }
  if (!HTML_FILE.test(result.oldUrl)) return [claim]
  const folder = redirectUrl(result.oldUrl, page.url)
  return [{ ...claim, file: true }, ...(folder !== page.url ? [{ ...claim, written: folder }] : [])]
}

/** Every old address a page claims: its `redirect_from` and `aliases` items, each at its own line when the list is written one per line, and its permalink's. */
function claimsOf(page: RedirectSource): Claim[] {
  const listed = (['redirect_from', 'aliases'] as const).flatMap((field) =>
    (page.frontmatter[field] ?? []).map((written, item): Claim => {
      const line = page.fieldLines.items?.[field]?.[item] || page.fieldLines[field]
      return { field, written, ...(line ? { line } : {}) }
    }),
  )
  return [...listed, ...permalinkClaims(page)]
}

/**
 * Every redirect, and a diagnostic for each that cannot be one: not a plain
 * path, an address something else of the site has (a page, a generated page,
 * a file the build writes), or claimed twice. The redirects returned are only
 * those the writer may publish. A `redirect_to:` page is a redirect at its
 * own URL (routed as a page's: routes.ts) and at its old ones, to its
 * destination; one with none (refused) makes no redirect.
 */
export function collectRedirects(pages: readonly RedirectSource[], site: RedirectSite = {}): { redirects: Redirect[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const redirectPages = site.redirectPages ?? []
  const pageAt = new Map([...pages, ...redirectPages].map((page) => [page.url, page]))
  const generated = new Map([...(site.generated ?? []).map((page) => [page.url, `the generated page ${page.url}`] as const), ...(site.addresses?.reserved ?? [])])
  const contentFiles = new Set(site.contentFiles ?? [])
  const claimed = new Map<string, Redirect>()
  const own: Redirect[] = []
  for (const page of [...pages, ...redirectPages]) {
    const redirecting = redirectPages.includes(page)
    if (redirecting && page.redirectTo === undefined) continue
    const to = page.redirectTo ?? page.url
    if (redirecting && page.url === '/') {
      // The site draws its home page there (the sections, whatever the content): no redirect may replace it.
      const line = page.fieldLines.redirect_to
      diagnostics.push(
        error(
          'redirect',
          page.sourcePath,
          `redirect_to makes the home page (/) a redirect, but the site's home page lists its sections and cannot be one. Remove redirect_to, or send readers on from another page`,
          line,
        ),
      )
      continue
    }
    if (redirecting) own.push({ from: page.url, to, sourcePath: page.sourcePath })
    for (const { field, written, line, file } of claimsOf(page)) {
      const from = file ? written : redirectUrl(written, page.url)
      const redirect: Redirect = { from, to, ...(file ? { file } : {}), sourcePath: page.sourcePath, ...(line ? { line } : {}) }
      const fail = (message: string) => diagnostics.push(error('redirect', page.sourcePath, `${field} "${written}" ${message}`, line))
      const invalid = invalidOldUrl(written, from, page.url)
      const owner = invalid ? undefined : ownerOf(from, generated, contentFiles, site.addresses?.rootFiles ?? [])
      if (invalid) {
        // A permalink's old form that no redirect can hold (a space) is not the editor's to fix: the page has its URL.
        if (field !== 'permalink') fail(invalid)
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
  return { redirects: [...own, ...claimed.values()].sort((a, b) => a.from.localeCompare(b.from)), diagnostics }
}

/** The redirects of a handbook's pages, as the build publishes them: those with a problem are left out (the checks report them). */
export function redirectsOf(handbook: { pages: readonly RedirectSource[] } & RedirectSite): Redirect[] {
  return collectRedirects(handbook.pages, handbook).redirects
}

/**
 * Each route with the old URLs the redirects serve for its page, so a link
 * to an old URL finds the page (links.ts); the address a `.html` file names
 * is found by its folder's anyway.
 */
export function withOldUrls(routes: readonly Route[], redirects: readonly Redirect[]): Route[] {
  const old = new Map<string, string[]>()
  for (const redirect of redirects) {
    if (redirect.file) continue
    const list = old.get(redirect.sourcePath) ?? []
    old.set(redirect.sourcePath, [...list, redirect.from])
  }
  return routes.map((route) => {
    const oldUrls = (old.get(route.sourcePath) ?? []).filter((url) => url !== route.url)
    return oldUrls.length > 0 ? { ...route, oldUrls } : route
  })
}

/**
 * The routes links resolve against, with their old URLs: the pages', the
 * `redirect_to:` pages' (each served by a redirect), then those of `others`
 * (pages made from data). Before the destinations of the `redirect_to:`
 * pages are known (prepare.ts), their old URLs lead to them all the same.
 */
export function linkRoutes(pages: readonly RedirectSource[], site: RedirectSite & { redirectPages: readonly RedirectSource[] }, others: readonly Route[] = []): Route[] {
  const redirectPages = site.redirectPages.map((page) => ({ ...page, redirectTo: page.redirectTo ?? page.url }))
  const { redirects } = collectRedirects(pages, { ...site, redirectPages })
  const routes = [...pages, ...others, ...redirectPages].map((page) => ({ sourcePath: page.sourcePath, url: page.url }))
  return withOldUrls(routes, redirects)
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

/** Where a redirect sends the browser, as an `href` (the path prefix before a path of this site), and its full public address. */
function destination(redirect: Redirect, site: { siteUrl: string; pathPrefix: string }): { href: string; canonical: string } {
  if (!isSitePath(redirect.to)) return { href: redirect.to, canonical: redirect.to }
  return { href: encodeURI(withPathPrefix(site.pathPrefix, redirect.to)), canonical: absoluteUrl(site.siteUrl, site.pathPrefix, redirect.to) }
}

/** The static page served at an old URL: works without JavaScript, tells search engines where the page went. */
export function redirectPageHtml(redirect: Redirect, site: { siteUrl: string; pathPrefix: string; lang: string; title: string }): string {
  const { href, canonical } = destination(redirect, site)
  return `<!doctype html>
<html lang="${escapeHtml(site.lang)}">
<head>
<meta charset="utf-8">
<title>Moved: ${escapeHtml(site.title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${escapeHtml(href)}">
<link rel="canonical" href="${escapeHtml(canonical)}">
</head>
<body>
<p>This page has moved to <a href="${escapeHtml(href)}">${escapeHtml(canonical)}</a>.</p>
</body>
</html>
`
}

/** Where a redirect's static page is written in the public folder: the old address's folder's index.html, or the file it names. */
export function redirectPagePath(redirect: Redirect): string {
  const path = redirect.from.replace(/^\/+/, '')
  return redirect.file ? path : `${path}/index.html`
}

/** A folder whose missing pages have their own "page not found" page (a language's: `/ja` → `/ja/404.html`). */
export interface FolderNotFound {
  folder: string
  page: string
}

/**
 * `_redirects` (Netlify / Cloudflare Pages format): one permanent redirect per
 * line, then for each folder with its own 404 page the rule that shows it for
 * a missing address there (`/ja/* /ja/404.html 404`: Netlify applies it only
 * where no file is; its own 404 is the root's `404.html`).
 */
export function redirectsFile(redirects: readonly Redirect[], pathPrefix: string, notFound: readonly FolderNotFound[] = []): string {
  return [
    ...redirects.map((r) => `${encodeURI(withPathPrefix(pathPrefix, r.from))} ${isSitePath(r.to) ? encodeURI(withPathPrefix(pathPrefix, r.to)) : r.to} 301`),
    ...notFound.map(({ folder, page }) => `${encodeURI(withPathPrefix(pathPrefix, folder))}/* ${encodeURI(withPathPrefix(pathPrefix, page))} 404`),
  ]
    .map((line) => `${line}\n`)
    .join('')
}
