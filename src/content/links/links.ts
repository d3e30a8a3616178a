/**
 * One link resolver for the whole product: the Markdown renderer, the MDX
 * plugin and the checks all ask it what a link written by an editor points to.
 *
 * Editors write links the way they see them on GitHub or on the live site:
 * `../values.md`, `dev/index.md#teams`, `structure` (a sibling page, as on a
 * site without trailing slashes), `/handbook/people/compensation#severance`,
 * or the site's full URL. All of them must land on the same page.
 *
 * A bare path in an index file (`index.md`, `README.md`, `_index.md`) is read
 * first against the file's own folder, as GitHub shows it: `values` in
 * company/_index.md is company/values, `./` is the folder's page. Names may be
 * written as the file is named (`Team Charter`, `Team%20Charter`, `café`) or
 * as the URL shows them (`team-charter`).
 */
import path from 'node:path'
import { isIndexFile, pageExtension, normalizeUrlPath, withPathPrefix, withoutPathPrefix } from './url'
import { slugifySegment } from './slug'
import { createPageLookup } from './page-lookup'
import { assertNever } from '../../shared/assert-never'

export interface Route {
  /** Path of the page's file relative to the content folder. */
  sourcePath: string
  /** URL of the page without the path prefix, e.g. /handbook/values. */
  url: string
  /** Its old URLs (`redirect_from`, `aliases`), each served as a redirect to it: a link to one finds the page, and is written to its URL. */
  oldUrls?: string[]
  /** An internal page this (public) build leaves out (features/audience): links find it, and show as their text. */
  withheld?: true
}

export interface LinkIndex {
  pageBySourcePath(sourcePath: string): Route | undefined
  /** The page of a content path without extension: `company/values` → company/values.md, `people` → people/README.md. */
  pageAtContentPath(contentPath: string): Route | undefined
  pageByUrl(url: string): Route | undefined
  /** Whether a non-page file exists at this path relative to the content folder. */
  fileExists(sourcePath: string): boolean
}

export interface SiteAddress {
  /** Public origin (and no prefix), e.g. https://handbook.acme.com. */
  siteUrl: string
  pathPrefix: string
}

export type LinkTarget =
  | { kind: 'external'; href: string }
  | { kind: 'other'; href: string }
  | { kind: 'same-page'; anchor: string }
  | { kind: 'page'; route: Route; anchor?: string; query?: string }
  | { kind: 'file'; sourcePath: string }
  | { kind: 'broken'; href: string; reason: string }
  /** An internal page the public build leaves out: the link shows as its text, and the check says so. */
  | { kind: 'withheld'; href: string; sourcePath: string }

/** A link as a page uses it: what was written, where it points, and where it is (recorded by markdown/rewrite-links.ts for the checks and backlinks). */
export interface LinkUse {
  /** As the editor wrote it. */
  href: string
  target: LinkTarget
  /** The element it was found on: a link, or a file the page embeds (img, video...). */
  embedded: boolean
  line?: number
  column?: number
  /** Alt text of an image, for the accessibility check. */
  alt?: string
}

/**
 * The home page when no content page is it: the site draws one at / whatever
 * the content (src/node/create-pages.ts), so a link to / is never broken. Its
 * source path is that of a page made from data (prepare.ts: GENERATED_SOURCE).
 */
const HOME_ROUTE: Route = { sourcePath: '(generated)/', url: '/' }

/**
 * Builds a lookup over routes; path lookups fall back to case-insensitive
 * matches (see page-lookup.ts). A URL is a page's own before it is another
 * page's old one. Routes are found without their old URLs: a link keeps
 * only where it points.
 */
export function createLinkIndex(routes: readonly Route[], fileExists: (sourcePath: string) => boolean, withheld: readonly Route[] = []): LinkIndex {
  // The internal pages a public build leaves out are found too, after the pages (a page's URL wins), to be told apart by resolveLink.
  const found = [...routes, ...withheld.map((route): Route => ({ sourcePath: route.sourcePath, url: route.url, withheld: true }))].map(
    (route): Route => (route.oldUrls ? { sourcePath: route.sourcePath, url: route.url } : route),
  )
  const byPath = createPageLookup(found)
  const byUrl = new Map(found.map((route) => [route.url, route]))
  routes.forEach((route, i) => {
    for (const old of route.oldUrls ?? []) if (!byUrl.has(old)) byUrl.set(old, found[i]!)
  })
  return {
    pageBySourcePath: (sourcePath) => byPath.at(sourcePath),
    pageAtContentPath: (contentPath) => byPath.find(contentPath),
    pageByUrl: (url) => byUrl.get(url) ?? (url === '/' ? HOME_ROUTE : undefined),
    fileExists,
  }
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** GitHub prefixes rendered ids with `user-content-` and editors copy such links; the site's ids have no prefix. */
function anchorOf(written: string): string {
  return safeDecode(written).replace(/^user-content-/, '')
}

function splitHref(href: string): { pathPart: string; query?: string; anchor?: string } {
  const hashAt = href.indexOf('#')
  const anchor = hashAt >= 0 ? href.slice(hashAt + 1) : undefined
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href
  const queryAt = beforeHash.indexOf('?')
  const query = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : undefined
  const pathPart = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash
  return {
    pathPart: safeDecode(pathPart),
    ...(query ? { query } : {}),
    ...(anchor ? { anchor: anchorOf(anchor) } : {}),
  }
}

/** Looks a site URL up as written, then with each segment slugified (`/Team/Time Off` → `/team/time-off`). */
function pageAtUrl(index: LinkIndex, urlPath: string): Route | undefined {
  const normalized = normalizeUrlPath(urlPath.replace(/(?:\/index)?\.html?$/i, ''))
  return index.pageByUrl(normalized) ?? index.pageByUrl('/' + normalized.split('/').filter(Boolean).map(slugifySegment).join('/'))
}

/**
 * Resolves a relative path (already decoded) against a site URL the way a
 * browser does, and gives the resulting path decoded again: route URLs are
 * stored decoded (`/日本語/ようこそ`), never percent-encoded.
 */
function resolveUrlPath(relativePath: string, baseUrl: string): string {
  const base = new URL(baseUrl, 'https://site.invalid')
  // A literal "%" is kept as one: it was decoded already, and must not be decoded twice.
  const pathname = new URL(relativePath.replace(/%/g, '%25'), base).pathname
  return pathname.split('/').map(safeDecode).join('/')
}

/** The page of a content path without extension, else of the same path read as a site URL. */
function pageAtContentPath(index: LinkIndex, target: string): Route | undefined {
  return index.pageAtContentPath(target) ?? pageAtUrl(index, `/${target}`)
}

/** Resolves `p` against a folder of the content tree; undefined when it climbs out of it. */
function contentPath(folder: string, p: string): string | undefined {
  const joined = path.posix.normalize(path.posix.join(folder, p))
  if (joined === '..' || joined.startsWith('../') || path.posix.isAbsolute(joined)) return undefined
  return joined.replace(/\/$/, '')
}

function resolveSitePath(urlPath: string, parts: { anchor?: string; query?: string }, index: LinkIndex, href: string): LinkTarget {
  const located = { ...(parts.anchor ? { anchor: parts.anchor } : {}), ...(parts.query ? { query: parts.query } : {}) }
  const relative = urlPath.replace(/^\/+/, '')
  if (pageExtension(relative)) {
    const route = index.pageBySourcePath(relative)
    return route ? { kind: 'page', route, ...located } : { kind: 'broken', href, reason: `no page file ${relative}` }
  }
  const route = pageAtUrl(index, urlPath)
  if (route) return { kind: 'page', route, ...located }
  if (relative && index.fileExists(relative)) return { kind: 'file', sourcePath: relative }
  // An image or a PDF is a file the site serves (the content folder's, static/'s), never a page.
  if (/\.[a-z0-9]+$/i.test(relative) && !/\.html?$/i.test(relative)) return { kind: 'broken', href, reason: `no file at /${relative} in the content folder or static/` }
  return { kind: 'broken', href, reason: `no page at ${normalizeUrlPath(urlPath)}` }
}

/** What `href`, written in the page `from`, points to: a page this build leaves out for its audience is `withheld`. */
export function resolveLink(href: string, from: Route, index: LinkIndex, site: SiteAddress): LinkTarget {
  const target = resolveWritten(href, from, index, site)
  return target.kind === 'page' && target.route.withheld ? { kind: 'withheld', href, sourcePath: target.route.sourcePath } : target
}

function resolveWritten(href: string, from: Route, index: LinkIndex, site: SiteAddress): LinkTarget {
  const trimmed = href.trim()
  if (trimmed === '') return { kind: 'other', href }
  if (trimmed.startsWith('#')) return { kind: 'same-page', anchor: anchorOf(trimmed.slice(1)) }
  if (trimmed.startsWith('//')) return { kind: 'external', href: trimmed }

  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase()
  if (scheme) {
    if (scheme !== 'http' && scheme !== 'https') return { kind: 'other', href: trimmed }
    const own = ownSitePath(trimmed, site)
    if (own === undefined) return { kind: 'external', href: trimmed }
    const parts = splitHref(own)
    return resolveSitePath(parts.pathPart || '/', parts, index, href)
  }

  const parts = splitHref(trimmed)
  if (parts.pathPart.startsWith('/')) {
    return resolveSitePath(withoutPathPrefix(site.pathPrefix, parts.pathPart), parts, index, href)
  }

  const located = { ...(parts.anchor ? { anchor: parts.anchor } : {}), ...(parts.query ? { query: parts.query } : {}) }
  const folder = path.posix.dirname(from.sourcePath)
  const fileTarget = contentPath(folder === '.' ? '' : folder, parts.pathPart)

  // A link to a Markdown file: `../values.md`, `dev/index.md#teams`.
  if (pageExtension(parts.pathPart)) {
    const route = fileTarget !== undefined ? index.pageBySourcePath(fileTarget) : undefined
    return route ? { kind: 'page', route, ...located } : { kind: 'broken', href, reason: `no page file ${fileTarget ?? parts.pathPart}` }
  }
  // A file next to the page: `diagram.png`, `../files/policy.pdf`.
  if (fileTarget && index.fileExists(fileTarget)) return { kind: 'file', sourcePath: fileTarget }

  // An index file's editors think of its folder, as GitHub shows it: `values`
  // in company/_index.md is company/values even when a top-level values page exists.
  if (fileTarget !== undefined && isIndexFile(from.sourcePath)) {
    const inFolder = pageAtContentPath(index, fileTarget)
    if (inFolder) return { kind: 'page', route: inFolder, ...located }
  }
  // A page URL relative to the page's own URL, as the browser reads it on a
  // site without trailing slashes: `structure` on /company/management is /company/structure.
  const byUrl = pageAtUrl(index, resolveUrlPath(parts.pathPart, from.url))
  if (byUrl) return { kind: 'page', route: byUrl, ...located }
  // The same name under the page's URL as a folder: `structure` on a page whose URL is /company.
  if (fileTarget !== undefined) {
    const byFolder = pageAtUrl(index, resolveUrlPath(parts.pathPart, `${from.url.replace(/\/$/, '')}/`))
    if (byFolder) return { kind: 'page', route: byFolder, ...located }
  }
  return { kind: 'broken', href, reason: `no page or file at ${parts.pathPart}` }
}

/** The path (with query and fragment) of a URL on this site, or undefined for another site. */
function ownSitePath(absoluteUrl: string, site: SiteAddress): string | undefined {
  let url: URL
  let own: URL
  try {
    url = new URL(absoluteUrl)
    own = new URL(site.siteUrl)
  } catch {
    return undefined
  }
  if (url.host.replace(/^www\./, '') !== own.host.replace(/^www\./, '')) return undefined
  const pathname = withoutPathPrefix(site.pathPrefix, url.pathname)
  // Under a path prefix, the rest of the host is another site (the company's homepage, say).
  if (site.pathPrefix && pathname === url.pathname) return undefined
  return `${pathname}${url.search}${url.hash}`
}

/** Encodes a content path for use in a URL, keeping its slashes. */
export function fileUrl(sourcePath: string): string {
  return '/' + sourcePath.split('/').map(encodeURIComponent).join('/')
}

/** The href to write in the HTML for a resolved link. */
export function hrefFor(target: LinkTarget, pathPrefix: string, written: string): string {
  switch (target.kind) {
    case 'page': {
      const query = target.query ? `?${target.query}` : ''
      const anchor = target.anchor ? `#${target.anchor}` : ''
      return withPathPrefix(pathPrefix, target.route.url) + query + anchor
    }
    case 'file':
      return withPathPrefix(pathPrefix, fileUrl(target.sourcePath))
    case 'broken':
      return written.trim().startsWith('/') ? withPathPrefix(pathPrefix, withoutPathPrefix(pathPrefix, written.trim())) : written
    case 'withheld':
      // Never written: the link is taken out, its text kept (markdown/rewrite-links.ts).
      return ''
    case 'same-page':
      return `#${target.anchor}`
    case 'external':
    case 'other':
      return target.href
    default:
      return assertNever(target)
  }
}
