/**
 * Pages in public/ that no one made in this build: Gatsby removes the files
 * of pages it made before only while its cache knows them, and a changed
 * gatsby-config or package.json clears that cache (keeping public/), so the
 * pages of an earlier handbook, and its redirect pages, would stay served.
 */
import fs from 'node:fs'
import path from 'node:path'

/** Folders of public/ that hold no page: Gatsby's own (scripts, slices, hashed files) and its static queries' data. */
const NOT_PAGES = new Set(['static', '_gatsby', '~partytown'])

/**
 * The files Gatsby writes for the page at `pagePath` (without the path
 * prefix), relative to public/: its HTML and its page data, named as
 * gatsby-core-utils names them (`/a` → `a/index.html`, `/404.html` →
 * `404.html`; `/` → `page-data/index/page-data.json`).
 */
export function gatsbyPageFiles(pagePath: string): string[] {
  const trimmed = pagePath.replace(/^\/+/, '').replace(/\/+$/, '')
  const html = /\.html?$/i.test(pagePath) ? trimmed : trimmed ? `${trimmed}/index.html` : 'index.html'
  return [html, `page-data/${trimmed || 'index'}/page-data.json`]
}

/**
 * The HTML files and page data in `publicDir` (paths relative to it) that
 * `made` does not claim: pages an earlier build left. Gatsby's own folders
 * (static/, _gatsby/) and the static queries' data (page-data/sq,
 * app-data.json) are not pages and are never listed.
 */
export function leftoverPages(publicDir: string, made: (relativePath: string) => boolean): string[] {
  const leftovers: string[] = []
  const walk = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const next = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!relative && NOT_PAGES.has(entry.name)) continue
        if (next === 'page-data/sq') continue
        walk(path.join(folder, entry.name), next)
      } else if (entry.isFile() && isPageFile(next) && !made(next)) leftovers.push(next)
    }
  }
  if (fs.existsSync(publicDir)) walk(publicDir, '')
  return leftovers.sort()
}

function isPageFile(relative: string): boolean {
  return relative.startsWith('page-data/') ? relative.endsWith('/page-data.json') : /\.html?$/i.test(relative)
}
