/**
 * The one way the handbook is loaded and checked, by the build (in
 * onPreBootstrap, and again in develop when content changes) and by
 * `npm run check`: the library bundle reads and renders every page (on
 * worker threads when the handbook is large, reusing pages rendered before),
 * the editors' checks run, and the problems of both come back sorted, to be
 * shown by src/content/common/report.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, Handbook } from '../content'
import type * as Library from '../content'
import { contentLibrary, contentLibraryFile, contentLibraryVersion } from './library'
import { projectRoot } from './project-root'
import type { Env, SiteSettings } from './site-settings'

export interface LoadRequest {
  /** Keep `draft: true` pages. */
  includeDrafts: boolean
  /** Prefix written into rendered links. */
  hrefPrefix: string
  /** Files the site serves besides the content folder's. */
  staticFiles?: ReadonlySet<string>
  /** Where pages rendered by earlier runs are kept. */
  renderCacheFolder: string
  /** Make `.md` pages' Markdown copies while rendering them (a production build). */
  markdownCopies?: boolean
  /** Cut `.md` pages' search sections while rendering them (build and develop). */
  searchSections?: boolean
  /** Run no code of the content: see PrepareOptions.untrusted. */
  untrusted?: boolean
  /** A build or develop, not `npm run check` (LoadOptions.build: diagrams drawn in Chromium). */
  build?: boolean
  /** develop: the print views' documents made when visited (LoadOptions.onDemand). */
  onDemand?: boolean
  /** develop: leave the pages missing from the render cache for later when there are at least this many (LoadOptions.renderLater). */
  renderLaterFrom?: number
}

export interface CheckedHandbook {
  handbook: Handbook
  /** Found while loading and by the checks, sorted by file and line. */
  diagnostics: Diagnostic[]
}

/** The content folder is missing or has no page: the message names the resolved path and the setting, to be shown as it is. */
export class ContentFolderError extends Error {
  override name = 'ContentFolderError'
}

/** One render cache per folder for the life of the process: develop's reloads find unchanged pages in memory. */
const renderCaches = new Map<string, ReturnType<typeof Library.fileRenderCache>>()

function renderCacheIn(folder: string): ReturnType<typeof Library.fileRenderCache> {
  let cache = renderCaches.get(folder)
  if (!cache) renderCaches.set(folder, (cache = contentLibrary().fileRenderCache(folder)))
  return cache
}

/** Loads and checks the handbook `site` names; `env` gives the knobs read here (HANDBOOK_RENDER_CACHE, HANDBOOK_BROKEN_LINKS). */
export async function loadAndCheck(request: LoadRequest, site: SiteSettings, env: Env): Promise<CheckedHandbook> {
  const library = contentLibrary()
  const { settings } = site
  const problem = library.contentFolderProblem(settings.contentDir)
  if (problem) throw new ContentFolderError(library.contentFolderMessage(problem, settings.contentDir, site.contentDirSetting))
  const handbook = await library.loadHandbookInParallel(
    settings,
    {
      includeDrafts: request.includeDrafts,
      hrefPrefix: request.hrefPrefix,
      ...(request.markdownCopies ? { markdownCopies: true } : {}),
      ...(request.searchSections ? { searchSections: true } : {}),
      ...(request.untrusted ? { untrusted: true } : {}),
      ...(request.build ? { build: true } : {}),
      ...(request.onDemand ? { onDemand: true } : {}),
      ...(request.renderLaterFrom !== undefined ? { renderLater: { from: request.renderLaterFrom } } : {}),
      ...(request.staticFiles ? { staticFiles: request.staticFiles } : {}),
      // HANDBOOK_RENDER_CACHE=off renders every page every time (to measure, or to rule the cache out).
      ...(env.HANDBOOK_RENDER_CACHE === 'off' ? {} : { cache: { store: renderCacheIn(request.renderCacheFolder), version: contentLibraryVersion() } }),
    },
    { script: contentLibraryFile() },
  )
  // With pages left for later, the checks would miss their links and headings: they run on the load that has them all.
  const checks = handbook.renderLater ? [] : library.checkHandbook(handbook, { brokenLinks: library.brokenLinksSetting(env.HANDBOOK_BROKEN_LINKS) })
  return { handbook, diagnostics: library.sortDiagnostics([...site.diagnostics, ...handbook.diagnostics, ...checks]) }
}

/** Stops the process on a content folder that cannot be built: its one line on stderr, exit code 1, no stack trace. */
export function exitOnContentFolderError(cause: unknown): never {
  if (!(cause instanceof ContentFolderError)) throw cause
  process.stderr.write(`error: ${contentLibrary().escapeControls(cause.message)}\n`)
  process.exit(1)
}

/** How messages name the files of the content folder `contentDir`: relative to the project when the content is inside it. */
export function contentFileLabel(contentDir: string): (file: string) => string {
  return contentLibrary().contentFileLabel(contentDir, projectRoot)
}

/**
 * Prints a build's problems as bare `path:line:col: severity: message` lines
 * on stderr (not through Gatsby's reporter, which prefixes its own "error"
 * and breaks editors' file:line parsing), as `npm run check` shows them, then
 * the summary counting them by kind. With errors and `stopOnError` (a
 * production build), the process ends there with exit code 1; else the number
 * of errors is returned.
 */
export function reportToBuildLog(diagnostics: readonly Diagnostic[], contentDir: string, pages: number, stopOnError: boolean): number {
  const library = contentLibrary()
  for (const line of library.buildLogLines(diagnostics, contentFileLabel(contentDir))) process.stderr.write(`${line}\n`)
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const stopping = stopOnError && errors > 0
  const summary = library.buildLogSummary(diagnostics, pages, stopping ? 'stopped' : 'continues')
  if (stopping) stopBuild(summary)
  for (const line of summary) process.stderr.write(`${line}\n`)
  return errors
}

/**
 * Ends a build that has errors with exit code 1 and the summary as the log's
 * last lines. Not reporter.panic: Gatsby would frame the text as `ERROR
 * UNKNOWN` and its boilerplate; the summary is written as the process exits,
 * after the line Gatsby writes then about the step it stopped in.
 */
function stopBuild(summary: readonly string[]): never {
  const write = () => {
    fs.writeSync(2, `${summary.join('\n')}\n`)
  }
  try {
    // Gatsby's logger writes its last lines (`not finished onPreBootstrap`) from the handlers of signal-exit (v3, the copy Gatsby's CLI uses): ours runs after them.
    const onExit = require(path.join(projectRoot, 'node_modules', 'signal-exit')) as (handler: () => void, options: { alwaysLast: boolean }) => void
    onExit(write, { alwaysLast: true })
  } catch {
    process.once('exit', write)
  }
  process.exit(1)
}
