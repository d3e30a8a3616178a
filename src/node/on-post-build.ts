import fs from 'fs'
import path from 'path'
import type { GatsbyNode } from 'gatsby'
import { currentCheckResult, currentHandbook } from './handbook-state'
import { writeRedirects } from './write-redirects'
import { contentLibrary } from './library'
import { projectRoot, settings } from './settings'

/**
 * Copies the images and files pages link to, at the same path as in the
 * content folder, and writes sitemap.xml, robots.txt and the redirects of
 * moved pages.
 */
export const onPostBuild: GatsbyNode['onPostBuild'] = ({ reporter }) => {
  const { linkedFiles, pages } = currentHandbook()
  const publicDir = path.join(projectRoot, 'public')
  for (const file of linkedFiles) {
    const target = path.join(publicDir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(settings.contentDir, file), target)
  }
  const library = contentLibrary()
  const entries = pages.map((page) => ({ url: page.url, ...(page.lastUpdated ? { lastModified: page.lastUpdated.slice(0, 10) } : {}) }))
  fs.writeFileSync(path.join(publicDir, 'sitemap.xml'), library.sitemapXml(entries, settings.siteUrl, settings.pathPrefix))
  fs.writeFileSync(path.join(publicDir, 'robots.txt'), library.robotsTxt(settings.siteUrl, settings.pathPrefix))
  const { redirects } = currentCheckResult()
  writeRedirects(publicDir, redirects)
  reporter.info(`handbook: copied ${linkedFiles.length} linked files; wrote sitemap.xml (${pages.length} pages), robots.txt, ${redirects.length} redirects`)
}
