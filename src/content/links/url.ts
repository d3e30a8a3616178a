/**
 * Page URLs. A page's URL is its path in the content folder without the
 * extension, each segment slugified; an index file stands for its folder.
 * URLs here never carry the site's path prefix: `withPathPrefix` adds it at
 * the edge, so the same page list serves develop, build and tests.
 */
import { slugifySegment } from './slug'
import { readSitePath } from './site-path'

import { withPathPrefix } from '../../shared/path-prefix'

export { withPathPrefix, withoutPathPrefix } from '../../shared/path-prefix'

/** File names (without extension, any case) that are the page of their folder. */
export const INDEX_FILE_NAMES = ['index', 'readme', '_index'] as const

export const PAGE_EXTENSIONS = ['.md', '.mdx', '.markdown'] as const

export function pageExtension(filePath: string): string | undefined {
  const lower = filePath.toLowerCase()
  return PAGE_EXTENSIONS.find((ext) => lower.endsWith(ext))
}

/** The extension of a file's name, lowercase, without the dot; '' when it has none. */
export function extensionOf(sourcePath: string): string {
  const name = sourcePath.split('/').pop() ?? ''
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

export function stripPageExtension(filePath: string): string {
  const ext = pageExtension(filePath)
  return ext ? filePath.slice(0, -ext.length) : filePath
}

export function isIndexFile(filePath: string): boolean {
  const base = stripPageExtension(filePath).split('/').pop() ?? ''
  return (INDEX_FILE_NAMES as readonly string[]).includes(base.toLowerCase())
}

/** Folder segments of a page's path, without its own name when it is an index page. */
export function pageFolderSegments(sourcePath: string): string[] {
  const segments = stripPageExtension(sourcePath).split('/')
  if (isIndexFile(sourcePath)) segments.pop()
  return segments
}

/** `Team Pages/Time Off.md` → `/team-pages/time-off`; `ops/README.md` → `/ops`. */
export function urlFromSourcePath(sourcePath: string): string {
  const segments = pageFolderSegments(sourcePath).map(slugifySegment)
  return '/' + segments.join('/')
}

export type SlugUrl = { ok: true; url: string } | { ok: false; problem: string }

/**
 * Frontmatter `slug` (or Hugo's `url`): an absolute path replaces the whole
 * URL; a bare name (Hugo's meaning) replaces the page's last segment. A slug
 * that leaves the site is refused: `problem` completes `slug "<written>" …`
 * (a slug onto the home page is the routes' to judge: see routes.ts).
 */
export function slugUrl(slug: string, sourcePath: string): SlugUrl {
  const read = readSitePath(slug)
  if (!read.ok) return read
  const segments = read.segments.map(slugifySegment)
  // Slugifying trims: `/ ../x` is caught here.
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { ok: false, problem: `leaves the site: write a path inside the site such as "/${segments.filter((s) => s !== '.' && s !== '..').join('/')}"` }
  }
  let url: string
  if (read.absolute) url = '/' + segments.join('/')
  else {
    // The last segment of the page's URL, also for an index page (`a/index.md` is /a; slug `x` makes it /x).
    const parent = urlFromSourcePath(sourcePath).split('/').filter(Boolean)
    parent.pop()
    url = '/' + [...parent, ...segments].join('/')
  }
  return { ok: true, url }
}

/** The URL a slug gives a page; its own path's URL when the slug is refused (see `slugUrl`). */
export function urlFromSlug(slug: string, sourcePath: string): string {
  const result = slugUrl(slug, sourcePath)
  return result.ok ? result.url : urlFromSourcePath(sourcePath)
}

/** "/a/b/" → "/a/b", "" → "/": the one form page URLs are compared in. */
export function normalizeUrlPath(urlPath: string): string {
  const trimmed = urlPath.replace(/\/+$/, '')
  return trimmed === '' ? '/' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

/** The page's full public address: site URL, path prefix, URL, with non-ASCII letters percent-encoded. */
export function absoluteUrl(siteUrl: string, pathPrefix: string, url: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${encodeURI(withPathPrefix(pathPrefix, url))}`
}
