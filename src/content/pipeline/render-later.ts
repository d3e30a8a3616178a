/**
 * Pages left for later, in develop: when many pages are missing from the
 * render cache (a first start), the load does not render them. The dev
 * server then starts without waiting for the whole handbook, as Astro's
 * renders a page when it is asked for: a page is rendered when it is first
 * asked for (`page`), and the rest on worker threads, into the cache,
 * when the caller says so (`rest`).
 * A load after that finds every page in the cache. Until then a pending page
 * has an empty render: no links, so no backlinks from it, and no checks.
 */
import type { Handbook, Page } from '../handbook'
import { renderedFields } from './assemble'
import type { Prepared } from './prepare'
import { emptyRender, linkIndexOf, runRenderJob, type RenderContext, type RenderJob, type RenderOutcome } from './render-jobs'
import { keepRender, type CacheLookup, type CacheOption } from './render-pages'
import { renderLanes, renderOnWorkers, type WorkerEntry } from './render-workers'
import type { LinkIndex } from '../links/links'

/** What a handbook loaded with pages left for later says of them. */
export interface RenderLater {
  /** How many pages the load left. */
  pages: number
  /** Whether the page at `sourcePath` was left and is not rendered yet. */
  isLeft(sourcePath: string): boolean
  /** The page at `sourcePath` as the handbook has it, rendered first if it was left for later (once). */
  page(sourcePath: string): Page | undefined
  /** Renders every page still left into the render cache, on worker threads; resolves with how many it rendered. */
  rest(): Promise<number>
}

/** The pages a load leaves, by source path, and how each is rendered when its time comes. */
export interface PagesLeft {
  pending: ReadonlySet<string>
  /** The page's render, made now if not yet. */
  now(sourcePath: string): RenderOutcome
  rest(): Promise<number>
}

/** How pages are left: from how many missing pages, the cache they go to, the workers' entry. */
export interface LeaveOptions {
  from: number
  cache: CacheOption
  entry: WorkerEntry
}

/** When at least `from` pages are missing from the cache: every job's outcome, those pages pending, and what renders them later. */
export function leaveForLater(jobs: readonly RenderJob[], lookup: CacheLookup, context: RenderContext, { from, cache, entry }: LeaveOptions): { outcomes: RenderOutcome[]; left: PagesLeft } | undefined {
  if (lookup.missing.length < from || !lookup.keys) return undefined
  const keys = lookup.keys
  const left = new Map<string, { job: RenderJob; key: string }>()
  const outcomes = lookup.outcomes.map((outcome, i): RenderOutcome => {
    if (outcome) return outcome
    left.set(jobs[i]!.sourcePath, { job: jobs[i]!, key: keys[i]! })
    return { rendered: emptyRender(), diagnostics: [], pending: true }
  })
  const done = new Map<string, RenderOutcome>()
  let index: LinkIndex | undefined
  const keep = (sourcePath: string, key: string, outcome: RenderOutcome): RenderOutcome => {
    done.set(sourcePath, outcome)
    // As a load keeps renders (render-pages.ts): written by the next load's flush.
    keepRender(cache.store, key, outcome)
    return outcome
  }
  const now = (sourcePath: string): RenderOutcome => {
    const known = done.get(sourcePath)
    if (known) return known
    const { job, key } = left.get(sourcePath)!
    index ??= linkIndexOf(context)
    return keep(sourcePath, key, runRenderJob(job, context, index))
  }
  // On workers: this thread stays free for what the dev server does meanwhile (a save, a page asked for). Rendering
  // here between its other work made a save in the first seconds wait for most of the render.
  const rest = async (): Promise<number> => {
    const todo = [...left].filter(([sourcePath]) => !done.has(sourcePath))
    const outcomes = await renderOnWorkers(
      todo.map(([, { job }]) => job),
      context,
      entry,
      Math.max(1, renderLanes(todo.length).workers),
    )
    // A page asked for meanwhile keeps the render it was shown with.
    todo.forEach(([sourcePath, { key }], i) => {
      if (!done.has(sourcePath)) keep(sourcePath, key, outcomes[i]!)
    })
    return todo.length
  }
  return { outcomes, left: { pending: new Set(left.keys()), now, rest } }
}

/** The handbook's view of the pages `left`: a page asked for takes its render's fields (title, description, HTML, headings...) in place. */
export function renderLaterOf(handbook: Handbook, prepared: Prepared, left: PagesLeft, siteTitle: string): RenderLater {
  const pages = new Map(handbook.pages.map((page) => [page.sourcePath, page]))
  const navigationTitles = new Map(prepared.jobs.map((job) => [job.sourcePath, job.navigationTitle]))
  const filled = new Set<string>()
  return {
    pages: left.pending.size,
    isLeft: (sourcePath) => left.pending.has(sourcePath) && !filled.has(sourcePath),
    page(sourcePath) {
      const page = pages.get(sourcePath)
      if (!page || !left.pending.has(sourcePath) || filled.has(sourcePath)) return page
      filled.add(sourcePath)
      return Object.assign(page, renderedFields(page.frontmatter, left.now(sourcePath).rendered, sourcePath, siteTitle, navigationTitles.get(sourcePath)))
    },
    rest: left.rest,
  }
}
