import fs from 'node:fs'
import path from 'node:path'
import type { GatsbyNode } from 'gatsby'
import { assertNever } from '../shared/assert-never'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'
import { projectRoot, settings } from './settings'
import { insidePublic, publicWriter, tallyText } from './public-writer'

/** Whether `file` can be created: no folder on its way is a file the build wrote, and nothing is there yet. */
function canCreate(publicDir: string, file: string): boolean {
  for (let dir = path.dirname(file); dir.length > publicDir.length; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) return false
  }
  return !fs.existsSync(file)
}

/**
 * After Gatsby has written the pages: copies the images and files pages link
 * to (and the brand files), at the same path as in the content folder, then
 * writes what each feature wing makes (src/content/features.ts, in its
 * order: the feed, sitemap and robots, redirects, sidebar data, the search
 * index, the Markdown copies…). Each file is written only when it changed,
 * and files an earlier build wrote that this one does not (a deleted page's
 * copy) are removed.
 */
export const onPostBuild: GatsbyNode['onPostBuild'] = ({ reporter }) => {
  const handbook = currentHandbook()
  const publicDir = path.resolve(projectRoot, 'public')
  const out = publicWriter(publicDir)
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
  const input = { handbook, settings, production: process.env.NODE_ENV === 'production', documentOf }
  for (const feature of library.FEATURES) {
    const started = Date.now()
    const output = feature.outputs?.(input)
    if (!output) continue
    for (const file of output.files) out.write(file.path, file.contents)
    for (const page of output.placeholders ?? []) {
      const target = insidePublic(publicDir, page.path)
      if (!canCreate(publicDir, target)) continue
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, page.contents)
    }
    for (const warning of output.warnings ?? []) reporter.warn(`handbook: ${warning}`)
    reporter.info(`handbook: ${output.summary(tallyText(out.tally()), Date.now() - started)}`)
  }
  const removed = out.removeStale(path.join(projectRoot, '.cache', 'handbook', 'public-files.json'))
  if (removed) reporter.info(`handbook: ${removed} files of an earlier build removed`)
}
