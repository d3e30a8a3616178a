/**
 * What a build makes of each `.md` page's rendered HTML besides the page:
 * its search sections, and in production its Markdown copy. Both parse the
 * HTML again and walk it: about a fifth of a page's render on a real
 * handbook.
 *
 * When this thread renders alone (a handbook of a few hundred pages, see
 * render-workers.ts), the other cores are left to V8's helpers: from
 * `OUTPUTS_BESIDE_FROM` fresh pages, one worker thread makes the outputs
 * beside the render, each page handed over as soon as it is rendered, and
 * the render waits for the last. Fewer pages are not worth the worker's
 * load (about a second of CPU); with render workers every core is busy
 * already. Either way the pages come out the same, and are cached so.
 *
 * The same module is the worker's entry, as render-workers.ts is.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { Diagnostic } from '../common/diagnostics'
import type { SiteAddress } from '../links/links'
import type { RenderedPage } from '../markdown/render'
import { sectionsFromHtml } from '../features/search/extract'
import { markdownCopyOf } from '../features/markdown-copy/page-copy'
import { bodyOfHtml } from '../features/markdown-copy/to-markdown'
import { pageTitle, titleHeadingSource } from '../page/title'
import type { RenderContext, RenderJob } from './render-jobs'
import type { WorkerEntry } from './render-workers'

export const OUTPUTS_WORKER = 'handbookOutputsWorker'

/** From this many pages rendered on this thread alone, their outputs are made on a worker beside it. */
export const OUTPUTS_BESIDE_FROM = 100

export type PageOutputs = Pick<RenderedPage, 'searchSections' | 'markdownCopy'>

/** The outputs a render context asks for. */
export type OutputsWanted = Pick<RenderContext, 'searchSections' | 'markdownCopies'>

/** One page's share of the work: its HTML, and what its copy is titled and linked as. */
export interface OutputJob {
  html: string
  title: string
  url: string
}

interface WorkerData {
  [OUTPUTS_WORKER]: true
  wanted: OutputsWanted
  site: SiteAddress
}

/** The outputs `context` asks for, and the context that asks for none. */
export function splitOutputs(context: RenderContext): { wanted: OutputsWanted; without: RenderContext } {
  const { searchSections, markdownCopies, ...without } = context
  return { wanted: { ...(searchSections ? { searchSections } : {}), ...(markdownCopies ? { markdownCopies } : {}) }, without }
}

export function wantsOutputs(wanted: OutputsWanted): boolean {
  return wanted.searchSections === true || wanted.markdownCopies !== undefined
}

/** Whether a rendered page gets outputs: a `.md` page without errors. */
export function hasOutputs(job: RenderJob, diagnostics: readonly Diagnostic[]): boolean {
  return job.format === 'md' && !diagnostics.some((d) => d.severity === 'error')
}

export function outputJobOf(job: RenderJob, rendered: RenderedPage, context: RenderContext): OutputJob {
  // The copy's title is the page's, as assemble.ts names it.
  const title = pageTitle(job.frontmatterTitle, titleHeadingSource(rendered), job.sourcePath, context.markdownCopies?.siteTitle ?? '', job.navigationTitle).text
  return { html: rendered.html, title, url: context.routes[job.route]!.url }
}

/** One page's outputs: its HTML parsed once, read for the search sections, then rewritten into the Markdown copy. */
export function pageOutputs(job: OutputJob, wanted: OutputsWanted, site: SiteAddress): PageOutputs {
  const body = bodyOfHtml(job.html)
  const outputs: PageOutputs = {}
  if (wanted.searchSections) outputs.searchSections = sectionsFromHtml(body)
  if (wanted.markdownCopies) outputs.markdownCopy = markdownCopyOf(job.title, body, job.url, site)
  return outputs
}

function serveOutputJobs(): void {
  const { wanted, site } = workerData as WorkerData
  parentPort!.on('message', ({ at, job }: { at: number; job: OutputJob }) => {
    parentPort!.postMessage({ at, outputs: pageOutputs(job, wanted, site) })
  })
}

if (!isMainThread && (workerData as Partial<WorkerData> | undefined)?.[OUTPUTS_WORKER]) serveOutputJobs()

/** A worker making outputs beside this thread: `add` hands it a page, `done` waits for all it was handed. */
export interface OutputsBeside {
  add(at: number, job: OutputJob): void
  /** The outputs by `at`; where the worker failed, made here. */
  done(): Promise<Map<number, PageOutputs>>
}

export function outputsBeside(wanted: OutputsWanted, site: SiteAddress, entry: WorkerEntry): OutputsBeside {
  const worker = new Worker(entry.script, { workerData: { [OUTPUTS_WORKER]: true, wanted, site } satisfies WorkerData, execArgv: entry.execArgv ?? [] })
  // Never what keeps the process alive (a render that threw never calls done).
  worker.unref()
  const handed = new Map<number, OutputJob>()
  const made = new Map<number, PageOutputs>()
  let failed = false
  let settle: (() => void) | undefined
  const check = () => {
    if (settle && (failed || made.size === handed.size)) settle()
  }
  worker.on('message', ({ at, outputs }: { at: number; outputs: PageOutputs }) => {
    made.set(at, outputs)
    check()
  })
  const fail = () => {
    failed = true
    check()
  }
  worker.on('error', fail)
  worker.on('exit', fail)
  return {
    add(at, job) {
      handed.set(at, job)
      if (!failed) worker.postMessage({ at, job })
    },
    async done() {
      await new Promise<void>((resolve) => {
        settle = resolve
        check()
      })
      worker.removeAllListeners()
      await worker.terminate()
      // A worker that failed (it could not load, or ran out of memory): what it did not make is made here.
      for (const [at, job] of handed) if (!made.has(at)) made.set(at, pageOutputs(job, wanted, site))
      return made
    },
  }
}
