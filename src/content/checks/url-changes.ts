/**
 * Published URLs a change would break (`npm run check -- --since <ref>`):
 * the page URLs at the merge base, computed from the files' text exactly as
 * the build computes them (page-sources.ts: `slug:`/`url:`, index files,
 * drafts, headless and `permalink: false` files left out), against the working tree's pages and
 * redirects. Pure: the git edge (load/git-base.ts) reads the old files and
 * git's renames.
 */
import { error, type Diagnostic } from '../common/diagnostics'
import { nearest, TOLERANCE } from '../common/nearest-name'
import { pageFormatOf } from '../load/content-files'
import { parsePageSources } from '../pipeline/page-sources'
import { isPublished } from '../pipeline/page-filter'

/** A file of the content folder at some commit: path relative to the content folder. */
export interface FileText {
  path: string
  text: string
}

/** git's rename detection: `from` (at the merge base) became `to` (in the working tree). */
export interface Rename {
  from: string
  to: string
}

export interface CurrentUrls {
  pages: readonly { sourcePath: string; url: string }[]
  /** Old URLs the current pages redirect from (redirects.ts). */
  redirects: readonly { from: string }[]
}

export interface BrokenUrl {
  /** The URL that was published and is gone. */
  url: string
  /** The page that had it at the merge base. */
  oldPath: string
  /** The current page that replaces it: git's rename, or the same file with a new URL. */
  movedTo?: { sourcePath: string; url: string }
  /** The remaining page whose URL is nearest, when it was not moved. */
  closest?: { sourcePath: string; url: string }
}

/** URL → source path of each page the files make, as the build routes them (the first file wins a URL). */
export function pageUrlsOf(files: readonly FileText[]): Map<string, string> {
  const pages = files.flatMap((file) => {
    const format = pageFormatOf(file.path)
    return format ? [{ file: { sourcePath: file.path, absolutePath: file.path, format }, text: file.text }] : []
  })
  // Problems of old files are not this check's business: they were reported when those files were current.
  const sources = parsePageSources(pages, [])
  const urls = new Map<string, string>()
  for (const source of sources) {
    if (!isPublished(source.frontmatter, { includeDrafts: false })) continue
    if (!urls.has(source.url)) urls.set(source.url, source.file.sourcePath)
  }
  return urls
}

/** Every URL of `before` that no current page serves and no redirect covers, sorted by URL. */
export function brokenUrls(before: ReadonlyMap<string, string>, current: CurrentUrls, renames: readonly Rename[]): BrokenUrl[] {
  const pageAt = new Map(current.pages.map((page) => [page.url, page]))
  const pageOf = new Map(current.pages.map((page) => [page.sourcePath, page]))
  const redirected = new Set(current.redirects.map((r) => r.from))
  const renamedTo = new Map(renames.map((r) => [r.from, r.to]))
  const urls = current.pages.map((page) => page.url)
  const broken: BrokenUrl[] = []
  for (const [url, oldPath] of [...before].sort(([a], [b]) => a.localeCompare(b))) {
    if (pageAt.has(url) || redirected.has(url)) continue
    const moved = pageOf.get(renamedTo.get(oldPath) ?? oldPath)
    if (moved) {
      broken.push({ url, oldPath, movedTo: moved })
      continue
    }
    const near = nearest(url, urls, TOLERANCE.any)
    const closest = near === undefined ? undefined : pageAt.get(near)
    broken.push({ url, oldPath, ...(closest ? { closest } : {}) })
  }
  return broken
}

/** One error per broken URL: at the page that replaces it (line 1), else at the old file's path. */
export function brokenUrlDiagnostics(broken: readonly BrokenUrl[]): Diagnostic[] {
  return broken.map(({ url, oldPath, movedTo, closest }) => {
    if (movedTo && movedTo.sourcePath !== oldPath) {
      return error('url-broken', movedTo.sourcePath, `moved from ${oldPath}: its old URL ${url} would break; add redirect_from: ${url} (or run with --fix)`, 1)
    }
    if (movedTo) {
      return error('url-broken', movedTo.sourcePath, `its URL changed from ${url} to ${movedTo.url}: the old URL would break; add redirect_from: ${url} (or run with --fix)`, 1)
    }
    const suggestion = closest ? `, e.g. to ${closest.sourcePath} (${closest.url}), the closest remaining page` : ''
    return error('url-broken', oldPath, `this page was removed: its URL ${url} would break. Add redirect_from: ${url} to the page that replaces it${suggestion}`)
  })
}

/** The old URLs each moved page should redirect from, by its source path (what --fix writes). */
export function redirectsToAdd(broken: readonly BrokenUrl[]): Map<string, string[]> {
  const byPage = new Map<string, string[]>()
  for (const { url, movedTo } of broken) {
    if (!movedTo) continue
    byPage.set(movedTo.sourcePath, [...(byPage.get(movedTo.sourcePath) ?? []), url])
  }
  return byPage
}
