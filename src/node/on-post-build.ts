import fs from 'node:fs'
import path from 'node:path'
import type { GatsbyNode, Reporter } from 'gatsby'
import { currentHandbook } from './handbook-state'
import { writeRedirects } from './write-redirects'
import { writeSidebarData } from './write-sidebar-data'
import { contentLibrary } from './library'
import { projectRoot, settings } from './settings'
import { insidePublic, publicWriter, tallyText, type PublicWriter } from './public-writer'
import { assertNever } from '../shared/assert-never'

/**
 * Copies the images and files pages link to, at the same path as in the
 * content folder, and writes sitemap.xml, robots.txt, changes.xml, the redirects of
 * moved pages, the data of large sidebars, the search index and the
 * Markdown copies of the pages with llms.txt and llms-full.txt. Each file is
 * written only when it changed, and files an earlier build wrote that this
 * one does not (a deleted page's copy) are removed.
 */
export const onPostBuild: GatsbyNode['onPostBuild'] = ({ reporter }) => {
  const { linkedFiles, pages, generated, changes } = currentHandbook()
  const publicDir = path.join(projectRoot, 'public')
  const out = publicWriter(publicDir)
  const library = contentLibrary()
  // Linked files, then the logo, icon and social image the settings name, at their paths in the content folder:
  // each through the jail and the passive-types rule (an SVG sanitised), as the check has already reported.
  const refused: string[] = []
  for (const file of new Set([...linkedFiles, ...library.brandFiles(settings)])) {
    const published = library.publishedContentFile(settings.contentDir, file, settings.publishFiles)
    switch (published.kind) {
      case 'copy':
        out.copy(published.source, file)
        break
      case 'write':
        out.write(file, published.contents)
        break
      case 'refused':
        refused.push(published.message)
        break
      default:
        assertNever(published)
    }
  }
  if (refused.length > 0) reporter.panicOnBuild(`handbook: not published from the content folder: ${refused.join('; ')}`)
  const copied = tallyText(out.tally())
  const icon = library.generatedFavicon(settings)
  if (icon) out.write(icon.path, icon.contents)
  const entries = [
    ...pages.map((page) => ({ url: page.url, ...(page.lastUpdated ? { lastModified: page.lastUpdated.slice(0, 10) } : {}) })),
    ...generated.map((page) => ({ url: page.url })),
  ]
  out.write('sitemap.xml', library.sitemapXml(entries, settings.siteUrl, settings.pathPrefix))
  out.write('robots.txt', library.robotsTxt(settings.siteUrl, settings.pathPrefix))
  out.write(library.CHANGES_FEED_FILE, library.changesFeedXml(changes, settings))
  const siteFiles = out.tally()
  const redirects = library.redirectsOf(currentHandbook())
  writeRedirects(publicDir, redirects)
  const sidebarFiles = writeSidebarData(publicDir, currentHandbook().sidebars)
  writeSearchIndex(out, reporter)
  writeMarkdownCopies(out, publicDir, reporter)
  const removed = out.removeStale(path.join(projectRoot, '.cache', 'handbook', 'public-files.json'))
  reporter.info(
    `handbook: linked files: ${copied} copied; sitemap.xml (${entries.length} pages), robots.txt, ${library.CHANGES_FEED_FILE} (${changes.changes.length} changes, git history: ${changes.state}): ${siteFiles.written} of ${siteFiles.total} rewritten; ` +
      `${redirects.length} redirects, ${sidebarFiles} sidebar data files${removed ? `; ${removed} files of an earlier build removed` : ''}`,
  )
}

/** The search index: static files in the search folder (SEARCH_FOLDER under public/), fetched when a reader first searches. */
function writeSearchIndex(out: PublicWriter, reporter: Reporter): void {
  const started = Date.now()
  const { files, stats } = contentLibrary().buildSearchFiles(currentHandbook())
  for (const file of files) out.write(file.path, file.contents)
  const kilobytes = Math.round(Object.values(stats.bytes).reduce((sum, bytes) => sum + bytes, 0) / 1024)
  reporter.info(`handbook: search index of ${stats.pages} pages, ${stats.sections} sections: ${tallyText(out.tally())} ${files.length === 1 ? 'file' : 'files'} rewritten, ${kilobytes} KB, in ${Date.now() - started} ms`)
}

/** `<page URL>.md` for every page, llms.txt and llms-full.txt; `.mdx` pages are read back from the HTML Gatsby has just written. */
function writeMarkdownCopies(out: PublicWriter, publicDir: string, reporter: Reporter): void {
  const started = Date.now()
  const documentOf = (url: string): string | undefined => {
    const file = insidePublic(publicDir, `${url}/index.html`)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  }
  const site = { title: settings.title, description: settings.description, siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix }
  const { files, missing } = contentLibrary().buildMarkdownFiles(currentHandbook(), site, documentOf)
  for (const file of files) out.write(file.path, file.contents)
  for (const url of missing) reporter.warn(`handbook: no Markdown copy of ${url}: its HTML page was not written`)
  const full = files.find((file) => file.path === contentLibrary().LLMS_FULL_FILE)
  reporter.info(`handbook: ${files.length - 2} Markdown copies, llms.txt, llms-full.txt (${Math.round(Buffer.byteLength(full?.contents ?? '') / 1024)} KB): ${tallyText(out.tally())} rewritten, in ${Date.now() - started} ms`)
}
