import fs from 'node:fs'
import path from 'node:path'
import type { GatsbyNode } from 'gatsby'
import { assertNever } from '../shared/assert-never'
import { OUTPUT_FOLDER } from '../shared/output'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'
import { projectRoot, publicDir } from './project-root'
import { settings } from './settings'
import { gatsbyPageFiles, leftoverPages } from './leftover-pages'
import { insidePublic, publicWriter, removePublicFiles, tallyText, type PublicWriter } from './public-writer'
import { staticFiles } from './static-files'
import { mermaidBrowserFiles } from './mermaid-assets'
import { regionInHtml, regionInPageData } from './page-regions'
import type { PageRegion } from '../content/features/feature'

/**
 * The list of the files the writer wrote, in public/ itself so that it lasts
 * as long as they do: Gatsby clears .cache, keeping public/, whenever
 * gatsby-config, gatsby-node or package.json change (the list was there
 * before, and such a build forgot every file of the earlier one).
 */
const WRITTEN_FILES = `${OUTPUT_FOLDER}/public-files.json`

/**
 * After Gatsby has written the pages: copies the images and files pages link
 * to (and the brand files), at the same path as in the content folder, then
 * writes what each feature wing makes (src/content/features.ts, in its
 * order: the feed, sitemap and robots, redirects, sidebar data, the search
 * index, the Markdown copies…). Each file is written only when it changed,
 * a redirect page never over a page of this build, and files an earlier
 * build wrote that this one does not (a deleted page's copy, the redirect
 * page of a redirect that is gone, an earlier handbook's pages) are removed.
 */
export const onPostBuild: GatsbyNode['onPostBuild'] = async ({ reporter, store, basePath }) => {
  const handbook = currentHandbook()
  // What Gatsby made in this build: its pages' HTML and data, and the project's static/ files it copied.
  const pages = (store.getState() as { pages: Map<string, { path: string }> }).pages
  const gatsbyMade = new Set([...staticFiles(), ...[...pages.values()].flatMap((page) => gatsbyPageFiles(page.path))])
  const out = publicWriter(publicDir, (file) => gatsbyMade.has(file))
  const library = contentLibrary()
  // Linked files, then the files the wings publish (logo, icon, social image), at their paths in the content folder:
  // each through the jail and the passive-types rule (an SVG sanitised), as the check has already reported.
  const refused: string[] = []
  const published = library.FEATURES.flatMap((feature) => feature.publishes?.(settings) ?? [])
  for (const file of new Set([...handbook.linkedFiles, ...published])) {
    const result = library.publishedContentFile(settings.contentDir, file, settings.publishFiles, handbook.source)
    switch (result.kind) {
      case 'copy':
        out.copy(result.source, file)
        break
      case 'write':
        out.write(file, result.contents)
        break
      case 'refused':
        refused.push(result.message)
        break
      default:
        assertNever(result)
    }
  }
  if (refused.length > 0) reporter.panicOnBuild(`handbook: not published from the content folder: ${refused.join('; ')}`)
  reporter.info(`handbook: linked files: ${tallyText(out.tally())} copied`)
  const documentOf = (url: string): string | undefined => {
    const file = insidePublic(publicDir, `${url}/index.html`)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  }
  const input = { handbook, settings, production: process.env.NODE_ENV === 'production', hrefPrefix: basePath ?? '', documentOf, publicDir }
  for (const feature of library.FEATURES) {
    const started = Date.now()
    const output = await feature.outputs?.(input)
    if (!output) continue
    for (const file of output.files) out.write(file.path, file.contents)
    for (const page of output.placeholders ?? []) out.placeholder(page.path, page.contents)
    for (const region of output.regions ?? []) if (!writeRegion(out, publicDir, region)) reporter.warn(`handbook: ${feature.name}: the page ${region.url} was not written as expected; left as it is`)
    for (const warning of output.warnings ?? []) reporter.warn(`handbook: ${warning}`)
    reporter.info(`handbook: ${output.summary(tallyText(out.tally()), Date.now() - started)}`)
  }
  // Mermaid for the browser, only when a page has a diagram the build did not draw (features/diagrams).
  if (library.diagramsInBrowser(input).size > 0) for (const file of mermaidBrowserFiles()) out.copy(file.source, file.path)
  // Files an earlier build wrote through the writer, then pages no one made this time (Gatsby's own tracking of them lost with its cache).
  const removed =
    out.removeStale(insidePublic(publicDir, WRITTEN_FILES), path.join(projectRoot, '.cache', 'handbook', 'public-files.json')) +
    removePublicFiles(
      publicDir,
      leftoverPages(publicDir, (file) => gatsbyMade.has(file) || out.made(file)),
    )
  if (removed) reporter.info(`handbook: ${removed} files of an earlier build removed`)
}

/** A region written into both files of its page (page-regions.ts), each only when changed; false when a file or its markers are missing. */
function writeRegion(out: PublicWriter, publicDir: string, region: PageRegion): boolean {
  const [htmlFile, dataFile] = gatsbyPageFiles(region.url) as [string, string]
  const read = (file: string) => {
    const full = insidePublic(publicDir, file)
    return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined
  }
  const html = read(htmlFile)
  const data = read(dataFile)
  const filledHtml = html === undefined ? undefined : regionInHtml(html, region)
  const filledData = data === undefined ? undefined : regionInPageData(data, region)
  if (filledHtml === undefined || filledData === undefined) return false
  out.write(htmlFile, filledHtml)
  out.write(dataFile, filledData)
  return true
}
