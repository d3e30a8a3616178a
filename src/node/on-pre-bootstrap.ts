import type { GatsbyNode } from 'gatsby'
import { exitOnContentFolderError, reportToBuildLog } from './check-handbook'
import { collectGarbage } from './collect-garbage'
import { loadHandbookInto } from './handbook-state'
import { laterLine } from './render-later'
import { publicDir } from './project-root'
import { settings } from './settings'
import { contentLibrary, contentLibraryFile } from './library'

/** Pages rendered from which the render's garbage is worth two full collections (about 150 ms on 18F's 237). */
const COLLECT_FROM = 100

/**
 * Reads and checks every page before any plugin parses a file, so bad
 * frontmatter (in .mdx too) is reported as `path:line: message`, not as a
 * parser's stack trace.
 */
export const onPreBootstrap: GatsbyNode['onPreBootstrap'] = async ({ reporter, basePath }) => {
  const started = Date.now()
  // A missing or empty content folder stops build and develop alike (panicOnBuild would let develop serve an empty site).
  const { handbook, diagnostics } = await loadHandbookInto({ basePath: basePath ?? '' }).catch(exitOnContentFolderError)
  // A build stops here on errors, with our summary as its last lines; develop reports them and serves on (each save reloads and reports again).
  const build = process.env.gatsby_executing_command === 'build'
  // develop with pages left for later reports once they are rendered (src/node/render-later.ts), with their problems.
  if (!handbook.renderLater) reportToBuildLog(diagnostics, settings.contentDir, handbook.pages.length, build)
  // What the build's outputs need of the handbook alone (the search index) starts now, on a worker beside Gatsby's stages.
  if (build) for (const feature of contentLibrary().FEATURES) feature.startOutputs?.({ handbook, settings, entry: { script: contentLibraryFile() }, publicDir })
  // What was recognised around the content folder and imported: an editor migrating sees whether the old tool's files were found.
  if (handbook.source.tool !== 'none') {
    const library = contentLibrary()
    reporter.info(`handbook: ${library.sourceLine(library.sourceSummary(handbook))}`)
  }
  for (const note of handbook.notes ?? []) reporter.info(`handbook: ${note}`)
  // What rendering dropped goes now, before Gatsby's bundles grow the heap further (./collect-garbage.ts). A load
  // that rendered a few pages (a rebuild, develop's first start) dropped little: there the collections only cost time.
  if (handbook.renderedPages >= COLLECT_FROM) collectGarbage()
  const rendered = handbook.renderedPages
  const left = handbook.renderLater?.pages ?? 0
  reporter.info(
    `handbook: ${handbook.pages.length} pages read, ${rendered} Markdown page${rendered === 1 ? '' : 's'} rendered (${handbook.pages.length - rendered - left} from the render cache) in ${Date.now() - started} ms`,
  )
  if (left > 0) reporter.info(`handbook: ${laterLine(left)}`)
}
