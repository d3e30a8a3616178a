/**
 * Rendering every page of the handbook: from the render cache where it has
 * the page, else here or on worker threads. Both are I/O adapters; the
 * caller (the loading edge in handbook.ts) owns them.
 */
import { hashOf } from '../common/hash'
import { blocksFor } from '../features/people/blocks'
import { mentionsDirectives } from '../markdown/directives'
import { mentionsPeopleShortcodes } from '../markdown/shortcodes/mapping'
import { mayUseComponents } from '../markdown/md-components'
import { mathRenderKey } from '../features/math/render-key'
import type { RenderCache } from './render-cache'
import { linkIndexOf, runRenderJob, type RenderContext, type RenderJob, type RenderOutcome } from './render-jobs'
import { renderLanes, renderOnWorkers, type WorkerEntry } from './render-workers'
import { hasOutputs, OUTPUTS_BESIDE_FROM, outputJobOf, outputsBeside, splitOutputs, wantsOutputs } from './page-outputs'
import { sameAnswers } from '../links/link-lookups'
import type { LinkIndex } from '../links/links'
import type { RenderedPage } from '../markdown/render'
import { refResolver } from '../markdown/shortcodes/refs'
import type { RefResolver } from '../links/link-lookups'
import { diagramsRenderKey } from '../features/diagrams/render-key'
import { glossaryRenderKey } from '../features/glossary/render-key'

/** Rendered pages from earlier builds, and the version of the renderer that made them. */
export interface CacheOption {
  store: RenderCache
  version: string
}

/** Cache keys of the jobs, or undefined without a cache. */
function cacheKeys(jobs: readonly RenderJob[], context: RenderContext, cache: CacheOption | undefined): string[] | undefined {
  if (!cache) return undefined
  // Everything outside a page that its rendering depends on (the shortcode mapping too); the people data only for pages that may show people.
  // Not the routes and files: what a .md page's links found is checked against them (see usableEntry); .mdx pages keep them in the key.
  const { people, components, routes, files, liquid, glossary, ...site } = context
  const siteKey = hashOf(cache.version, JSON.stringify(site))
  const routesKey = hashOf(JSON.stringify(routes), JSON.stringify(files))
  // The handbook's own components only matter to .mdx pages and the .md pages that use one.
  const componentsKey = components ? hashOf(JSON.stringify(components)) : ''
  const peopleKey = hashOf(JSON.stringify(people))
  // The old site's data and includes only matter to the pages that run Liquid.
  const liquidKey = liquid ? hashOf(JSON.stringify(liquid)) : ''
  // The same test rendering uses to decide whether a page has blocks to apply.
  const blocks = blocksFor(people)
  return jobs.map((job) => {
    // Included files are part of the page: their text is in its key.
    const included = job.includes ? JSON.stringify(job.includes) : ''
    const showsPeople = mentionsDirectives(job.body, blocks, job.format === 'mdx') || mentionsPeopleShortcodes(job.body + included, context.shortcodes)
    const mdx = job.format === 'mdx'
    const drawsComponents = mdx || (components !== undefined && mayUseComponents(job.body + included, components.names))
    const liquidPage = job.liquidPage ? liquidKey + JSON.stringify(job.liquidPage) : ''
    return hashOf(
      siteKey,
      showsPeople ? peopleKey : '',
      drawsComponents ? componentsKey : '',
      mdx ? routesKey : '',
      job.sourcePath,
      routes[job.route]!.url,
      job.format,
      job.frontmatterTitle ?? '\u0000',
      job.keepTitleHeading ? 'keep' : '',
      job.navigationTitle ?? '\u0000',
      job.body,
      included,
      liquidPage,
      job.params ? JSON.stringify(job.params) : '',
      // Diagrams are drawn by renderers of their own (and Chromium, when found): a new one redraws the pages that have any.
      diagramsRenderKey(job.body + included),
      // KaTeX's version, for the pages that may hold math.
      mathRenderKey(job.body + included),
      // The glossary's entries whose words the page holds: a page that uses none keeps its entry when glossary.yml changes.
      job.glossary === false ? '' : glossaryRenderKey(job.body + included, glossary),
      // The page's language in a handbook of several: its interface strings are that language's.
      job.language ?? '',
      job.calloutTitles ? JSON.stringify(job.calloutTitles) : '',
    )
  })
}

/** A cached render is usable while its links find what they found then (a page added or removed elsewhere changes nothing else). */
function usableEntry(context: RenderContext): (cached: RenderedPage) => boolean {
  let site: { index: LinkIndex; resolveRef: RefResolver } | undefined
  return (cached) => {
    if (!cached.lookups?.length) return true
    if (!site) {
      const index = linkIndexOf(context)
      site = { index, resolveRef: refResolver(context.routes, index) }
    }
    return sameAnswers(cached.lookups, site.index, site.resolveRef)
  }
}

export interface CacheLookup {
  keys: string[] | undefined
  /** Cached outcomes; undefined where the page must be rendered. */
  outcomes: (RenderOutcome | undefined)[]
  missing: RenderJob[]
}

/** The pages the cache already has, and the jobs left to render. */
export function lookUpCache(jobs: readonly RenderJob[], context: RenderContext, cache: CacheOption | undefined): CacheLookup {
  const keys = cacheKeys(jobs, context, cache)
  const usable = usableEntry(context)
  const outcomes = jobs.map((_, i): RenderOutcome | undefined => {
    if (!keys) return undefined
    const cached = cache!.store.get(keys[i]!)
    if (cached && usable(cached)) return { rendered: cached, diagnostics: [], cached: true }
    // A render with problems this process made: its problems again, as found then (in a list of this outcome's own).
    const failed = cache!.store.getFailed(keys[i]!)
    return failed && usable(failed.rendered) ? { rendered: failed.rendered, diagnostics: [...failed.diagnostics], cached: true } : undefined
  })
  return { keys, outcomes, missing: jobs.filter((_, i) => outcomes[i] === undefined) }
}

/** Keeps a fresh render: in the cache without problems; with problems, in this process only (RenderCache.setFailed), so that a new run reports them as it renders them. */
export function keepRender(store: RenderCache, key: string, made: RenderOutcome): void {
  if (made.diagnostics.length === 0) store.set(key, made.rendered)
  // A page that ran out of time may not next time (the machine was busy): it is rendered again.
  else if (!made.diagnostics.some((d) => d.code === 'render-timeout')) store.setFailed(key, { rendered: made.rendered, diagnostics: [...made.diagnostics] })
}

/** Merges fresh renders (in the order of `missing`) into the cached ones, and keeps them (keepRender). */
function fillIn(lookup: CacheLookup, fresh: readonly RenderOutcome[], cache: CacheOption | undefined): RenderOutcome[] {
  let next = 0
  const outcomes = lookup.outcomes.map((outcome, i) => {
    if (outcome) return outcome
    const made = fresh[next++]!
    if (lookup.keys) keepRender(cache!.store, lookup.keys[i]!, made)
    return made
  })
  cache?.store.flush()
  return outcomes
}

function renderHere(jobs: readonly RenderJob[], context: RenderContext): RenderOutcome[] {
  const index = linkIndexOf(context)
  return jobs.map((job) => runRenderJob(job, context, index))
}

/** Every job's outcome, in order, rendered on this thread. */
export function renderPages(jobs: readonly RenderJob[], context: RenderContext, cache: CacheOption | undefined): RenderOutcome[] {
  const lookup = lookUpCache(jobs, context, cache)
  return fillIn(lookup, renderHere(lookup.missing, context), cache)
}

/** The pages the cache did not have (`lookup`), rendered on worker threads as well when there are enough to gain from them, merged with the cached ones. */
export async function renderMissing(lookup: CacheLookup, context: RenderContext, cache: CacheOption | undefined, entry: WorkerEntry): Promise<RenderOutcome[]> {
  const { workers, here } = renderLanes(lookup.missing.length)
  const fresh =
    workers > 0
      ? await renderOnWorkers(lookup.missing, context, entry, workers, here)
      : wantsOutputs(context) && lookup.missing.length >= OUTPUTS_BESIDE_FROM
        ? await renderHereWithOutputsBeside(lookup.missing, context, entry)
        : renderHere(lookup.missing, context)
  return fillIn(lookup, fresh, cache)
}

/** This thread renders the pages without their outputs, which a worker makes beside it (page-outputs.ts). */
async function renderHereWithOutputsBeside(jobs: readonly RenderJob[], context: RenderContext, entry: WorkerEntry): Promise<RenderOutcome[]> {
  const { wanted, without } = splitOutputs(context)
  const beside = outputsBeside(wanted, context.site, entry)
  const index = linkIndexOf(context)
  const outcomes = jobs.map((job, at) => {
    const outcome = runRenderJob(job, without, index)
    if (hasOutputs(job, outcome.diagnostics)) beside.add(at, outputJobOf(job, outcome.rendered, context))
    return outcome
  })
  for (const [at, outputs] of await beside.done()) Object.assign(outcomes[at]!.rendered, outputs)
  return outcomes
}
