/**
 * Loading the handbook: read (load/), prepare, render (cache, workers),
 * assemble, in that order (see README.md). Loading is the edge: it reads the
 * content folder, renders through the cache and workers and asks git for
 * dates; what lies between (prepare.ts, assemble.ts) only works on what was read.
 */
import type { Handbook } from '../handbook'
import type { HandbookSettings } from '../settings'
import type { WorkerEntry } from './render-workers'
import type { GitHistory } from '../load/git-history'
import { readContent } from '../load/read-content'
import { lastUpdatedDates } from '../load/last-updated'
import { latestCommitTime } from '../features/changes/git-log'
import { prepare, type Prepared, type PrepareOptions } from './prepare'
import { lookUpCache, renderMissing, renderPages, type CacheOption } from './render-pages'
import { leaveForLater, renderLaterOf, type RenderLater } from './render-later'
import type { Page } from '../page/page'
import { assemble } from './assemble'
import { svgWarnings } from '../load/svg-warnings'
import { brandFiles } from '../features/brand/chrome'
import { readGitHistory } from '../load/git-history'
import { FEATURES } from '../features'
import type { BeforeRenderOutput } from '../features/feature'

/** What to load (see PrepareOptions), and the rendered pages of earlier builds with the version of the renderer that made them. */
export interface LoadOptions extends PrepareOptions {
  cache?: CacheOption
  /** develop: when at least `from` pages are missing from the cache, leave them for later (render-later.ts). Needs the cache. */
  renderLater?: { from: number }
}

/** The wings' work before rendering (features/feature.ts `beforeRender`), in the registry's order. */
async function beforeRender(prepared: Prepared, options: LoadOptions): Promise<BeforeRenderOutput> {
  const pages = prepared.routed.map((source) => ({ sourcePath: source.file.sourcePath, text: source.text }))
  const out: BeforeRenderOutput = { diagnostics: [], notes: [] }
  for (const feature of FEATURES) {
    if (!feature.beforeRender) continue
    const done = await feature.beforeRender({ pages, build: options.build === true, env: process.env })
    out.diagnostics.push(...done.diagnostics)
    out.notes.push(...done.notes)
  }
  return out
}

/** Dates of the pages that will be built: git history, else the page's `last_modified_at:` (Jekyll) or `lastmod:` (Hugo), else file times. */
function datesOf(settings: HandbookSettings, prepared: Prepared, history: GitHistory): Map<string, Date> {
  const declared = new Map(
    prepared.routed.flatMap((source) => {
      const written = source.frontmatter.last_modified_at ?? source.frontmatter.lastmod
      return written ? [[source.file.sourcePath, written] as const] : []
    }),
  )
  return lastUpdatedDates(
    settings.contentDir,
    prepared.routed.map((source) => source.file.sourcePath),
    history,
    declared,
  )
}

/** What publishing takes out of the SVGs the site publishes (linked files, logo, icon), as warnings at each file. */
function withSvgWarnings(settings: HandbookSettings, handbook: Handbook): Handbook {
  handbook.diagnostics.push(...svgWarnings(settings.contentDir, [...handbook.linkedFiles, ...brandFiles(settings)], settings.publishFiles, handbook.source))
  return handbook
}

/** Reads, renders and checks the whole handbook, on this thread. */
export function loadHandbook(settings: HandbookSettings, options: LoadOptions): Handbook {
  const prepared = prepare(settings, options, readContent(settings.contentDir, { untrusted: options.untrusted === true, ...(settings.source ? { source: settings.source } : {}) }))
  const outcomes = renderPages(prepared.jobs, prepared.context, options.cache)
  // One `git log` for the dates and the recent changes.
  const history = readGitHistory(settings.contentDir, latestCommitTime(settings.today, new Date()))
  return withSvgWarnings(settings, assemble(settings, prepared, outcomes, datesOf(settings, prepared, history), history))
}

/**
 * The same, with the wings' work before rendering (which may wait: diagrams drawn in Chromium), rendering on worker
 * threads when the handbook is large enough to gain from it, or leaving pages for later (options.renderLater).
 */
export async function loadHandbookInParallel(settings: HandbookSettings, options: LoadOptions, entry: WorkerEntry): Promise<Handbook> {
  const prepared = prepare(settings, options, readContent(settings.contentDir, { untrusted: options.untrusted === true, ...(settings.source ? { source: settings.source } : {}) }))
  const early = await beforeRender(prepared, options)
  const lookup = lookUpCache(prepared.jobs, prepared.context, options.cache)
  const later = options.renderLater && options.cache ? leaveForLater(prepared.jobs, lookup, prepared.context, { from: options.renderLater.from, cache: options.cache, entry }) : undefined
  const outcomes = later ? later.outcomes : await renderMissing(lookup, prepared.context, options.cache, entry)
  // One `git log` for the dates and the recent changes.
  const history = readGitHistory(settings.contentDir, latestCommitTime(settings.today, new Date()))
  // What a print view made on demand in develop shows of a page left for later: the page rendered then.
  let renderLater: RenderLater | undefined
  const pageNow = later ? (page: Page) => renderLater?.page(page.sourcePath) ?? page : undefined
  const handbook = withSvgWarnings(settings, assemble(settings, prepared, outcomes, datesOf(settings, prepared, history), history, pageNow))
  if (later) handbook.renderLater = renderLater = renderLaterOf(handbook, prepared, later.left, settings.title)
  handbook.diagnostics.push(...early.diagnostics)
  if (early.notes.length) handbook.notes = early.notes
  return handbook
}
