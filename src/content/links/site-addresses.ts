/**
 * The site's own addresses, whatever the content: the URLs its own pages
 * take (404, search, the home page's files), the folders Gatsby and the
 * handbook fill, the files the build writes at the root, and what the
 * feature wings add (features.ts gathers them: `siteAddresses`). No page,
 * redirect, path setting or published content file may take one of them: it
 * would overwrite the build's file, or be overwritten by it without a word.
 */
import { OUTPUT_FOLDER } from '../../shared/output'

/** What the site itself answers at, as features.ts gathers it from the core and the wings. */
export interface SiteAddresses {
  /** URLs no content page may take (URL → what it is, for messages), whatever the data: the site's own and the wings' fixed ones. */
  reserved: ReadonlyMap<string, string>
  /** Files the build writes at the site's root. */
  rootFiles: readonly string[]
}

/** URLs the site itself uses, whatever the content; pages made from data (people, teams) add theirs (see `reservedUrls`). */
const RESERVED_URLS: ReadonlyMap<string, string> = new Map([
  ['/404', 'the "page not found" page'],
  ['/404.html', 'the "page not found" page'],
  ['/dev-404-page', 'the development 404 page'],
  // The home page's Markdown copy is /index.md and its data page-data/index/: a page at /index would overwrite both.
  ['/index', 'the home page (its files index.md and page-data/index)'],
  ['/search', 'the search results page'],
])

/** Folders the build fills: Gatsby's page data and assets, and the handbook's own (search index, scripts); no page or redirect goes in them. */
export const BUILD_FOLDERS: readonly string[] = ['page-data', 'static', '_gatsby', OUTPUT_FOLDER, '~partytown']

/** The URLs no content page may take: the site's own, after those given (the wings', generated pages'): URL → what it is. */
export function reservedUrls(generated: ReadonlyMap<string, string> = new Map()): ReadonlyMap<string, string> {
  return new Map([...generated, ...RESERVED_URLS])
}

/** Files Gatsby writes at the site's root, whatever the wings do. */
export const GATSBY_ROOT_FILES: readonly string[] = ['404.html']

/** What the build writes at `sitePath` (`/robots.txt`, `static/x.png`), in words after "is", or undefined. Root files are compared without case: hosts on case-insensitive disks serve either. */
export function buildOutputAt(sitePath: string, rootFiles: readonly string[]): string | undefined {
  const relative = sitePath.replace(/^\/+/, '')
  if (rootFiles.some((file) => file.toLowerCase() === relative.toLowerCase())) return `a file the build writes (/${relative})`
  const top = relative.split('/')[0]!
  if (BUILD_FOLDERS.includes(top.toLowerCase())) return `the folder /${top}/, which the build fills`
  return undefined
}
