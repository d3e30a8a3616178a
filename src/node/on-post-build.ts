import fs from 'fs'
import path from 'path'
import type { GatsbyNode, Reporter } from 'gatsby'
import { currentHandbook } from './handbook-state'
import { writeRedirects } from './write-redirects'
import { writeSidebarData } from './write-sidebar-data'
import { contentLibrary } from './library'
import { projectRoot, settings } from './settings'

/**
 * Copies the images and files pages link to, at the same path as in the
 * content folder, and writes sitemap.xml, robots.txt, changes.xml, the redirects of
 * moved pages, the data of large sidebars, the search index and the
 * Markdown copies of the pages with llms.txt and llms-full.txt.
 */
export const onPostBuild: GatsbyNode['onPostBuild'] = ({ reporter }) => {
  const { linkedFiles, pages, generated } = currentHandbook()
  const publicDir = path.join(projectRoot, 'public')
  for (const file of linkedFiles) {
    const target = path.join(publicDir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(settings.contentDir, file), target)
  }
  const library = contentLibrary()
  // The logo, icon and social image handbook.yml names, at their paths in the content folder.
  for (const file of library.brandFiles(settings)) {
    const target = path.join(publicDir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(settings.contentDir, file), target)
  }
  const icon = library.generatedFavicon(settings)
  if (icon) {
    fs.mkdirSync(path.dirname(path.join(publicDir, icon.path)), { recursive: true })
    fs.writeFileSync(path.join(publicDir, icon.path), icon.contents)
  }
  const entries = [
    ...pages.map((page) => ({ url: page.url, ...(page.lastUpdated ? { lastModified: page.lastUpdated.slice(0, 10) } : {}) })),
    ...generated.map((page) => ({ url: page.url })),
  ]
  fs.writeFileSync(path.join(publicDir, 'sitemap.xml'), library.sitemapXml(entries, settings.siteUrl, settings.pathPrefix))
  fs.writeFileSync(path.join(publicDir, 'robots.txt'), library.robotsTxt(settings.siteUrl, settings.pathPrefix))
  const { changes } = currentHandbook()
  fs.writeFileSync(path.join(publicDir, library.CHANGES_FEED_FILE), library.changesFeedXml(changes, settings))
  const redirects = library.redirectsOf(currentHandbook())
  writeRedirects(publicDir, redirects)
  const sidebarFiles = writeSidebarData(publicDir, currentHandbook().sidebars)
  writeSearchIndex(publicDir, reporter)
  writeMarkdownCopies(publicDir, reporter)
  reporter.info(`handbook: copied ${linkedFiles.length} linked files; wrote sitemap.xml (${entries.length} pages), robots.txt, ${library.CHANGES_FEED_FILE} (${changes.changes.length} changes, git history: ${changes.state}), ${redirects.length} redirects, ${sidebarFiles} sidebar data files`)
}

/** The search index: static files in the search folder (SEARCH_FOLDER under public/), fetched when a reader first searches. */
function writeSearchIndex(publicDir: string, reporter: Reporter): void {
  const started = Date.now()
  const { files, stats } = contentLibrary().buildSearchFiles(currentHandbook())
  for (const file of files) {
    const target = path.join(publicDir, file.path)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, file.contents)
  }
  const kilobytes = Math.round(Object.values(stats.bytes).reduce((sum, bytes) => sum + bytes, 0) / 1024)
  reporter.info(`handbook: search index of ${stats.pages} pages, ${stats.sections} sections: ${files.length} files, ${kilobytes} KB, in ${Date.now() - started} ms`)
}

/** `<page URL>.md` for every page, llms.txt and llms-full.txt; `.mdx` pages are read back from the HTML Gatsby has just written. */
function writeMarkdownCopies(publicDir: string, reporter: Reporter): void {
  const started = Date.now()
  const documentOf = (url: string): string | undefined => {
    const file = path.join(publicDir, url, 'index.html')
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  }
  const site = { title: settings.title, description: settings.description, siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix }
  const { files, missing } = contentLibrary().buildMarkdownFiles(currentHandbook(), site, documentOf)
  for (const file of files) {
    const target = path.join(publicDir, file.path)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, file.contents)
  }
  for (const url of missing) reporter.warn(`handbook: no Markdown copy of ${url}: its HTML page was not written`)
  const full = files.find((file) => file.path === contentLibrary().LLMS_FULL_FILE)
  reporter.info(`handbook: ${files.length - 2} Markdown copies, llms.txt, llms-full.txt (${Math.round(Buffer.byteLength(full?.contents ?? '') / 1024)} KB) in ${Date.now() - started} ms`)
}
