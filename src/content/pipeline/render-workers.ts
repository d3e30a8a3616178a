/**
 * Renders pages on worker threads: Markdown parsing is CPU-bound and a
 * large handbook has thousands of pages, so a build or check uses every
 * core. The same module is the workers' entry point: loaded on a worker
 * started with RENDER_WORKER in its workerData, it serves render jobs.
 *
 * Each page has a time budget (limits.ts): a worker still on one page when
 * it runs out is stopped and replaced, the page is an error, and the rest of
 * the pages render. Pages rendered on the main thread (handbooks too small
 * to gain from workers) have no budget: the limits checked before parsing
 * (markdown/page-limits.ts) are what bounds them.
 */
import os from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { error } from '../common/diagnostics'
import { renderTimeoutMs } from '../common/limits'
import { linkIndexOf, runRenderJob, type RenderContext, type RenderJob, type RenderOutcome } from './render-jobs'

export const RENDER_WORKER = 'handbookRenderWorker'

export interface WorkerEntry {
  /** A script that loads this library (the bundle, or src/content/index.ts under tsx). */
  script: string
  execArgv?: string[]
}

/** Pages per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH = 16

interface WorkerData {
  [RENDER_WORKER]: true
  context: RenderContext
}

/** What a worker says: it is ready (its modules loaded), or one page of its batch is rendered. */
type WorkerMessage = { ready: true } | { outcome: RenderOutcome }

function serveRenderJobs(): void {
  const { context } = workerData as WorkerData
  const index = linkIndexOf(context)
  parentPort!.on('message', (jobs: RenderJob[]) => {
    // One message per page, so the main thread knows which page a worker is on when its time runs out.
    for (const job of jobs) parentPort!.postMessage({ outcome: runRenderJob(job, context, index) } satisfies WorkerMessage)
  })
  parentPort!.postMessage({ ready: true } satisfies WorkerMessage)
}

if (!isMainThread && (workerData as Partial<WorkerData> | undefined)?.[RENDER_WORKER]) serveRenderJobs()

/** How many workers are worth starting for `jobs` pages on this machine (HANDBOOK_RENDER_WORKERS=0 for none, to measure). */
export function workerCount(jobs: number): number {
  const forced = process.env.HANDBOOK_RENDER_WORKERS
  if (forced !== undefined && forced !== '') return Math.max(0, Number(forced) || 0)
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(0, Math.min(cores, Math.floor(jobs / 100), 8))
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

/** The outcome of a page whose render ran out of time. */
export function timedOut(job: RenderJob, budget: number): RenderOutcome {
  return {
    rendered: { html: '', headings: [], toc: [], links: [], anchors: [], excerpt: '' },
    diagnostics: [error('render-timeout', job.sourcePath, `rendering took longer than ${seconds(budget)}, the limit for one page: the page is too large or too deeply nested; split it into several pages`)],
  }
}

/** Renders every job, in order, on `count` workers. */
export async function renderOnWorkers(jobs: readonly RenderJob[], context: RenderContext, entry: WorkerEntry, count: number): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(jobs.length)
  const budget = renderTimeoutMs()
  /** Indexes of the jobs no worker has taken yet: a stopped worker's unfinished batch goes back in front. */
  const queue: number[] = jobs.map((_, i) => i)
  const started = new Set<Worker>()
  const start = () => {
    const worker = new Worker(entry.script, { workerData: { [RENDER_WORKER]: true, context } satisfies WorkerData, execArgv: entry.execArgv ?? [] })
    started.add(worker)
    return worker
  }
  /** One lane: a worker taking batches until the queue is empty, replaced when a page runs out of time. */
  const lane = () =>
    new Promise<void>((resolve, reject) => {
      let worker = start()
      let batch: number[] = []
      let done = 0
      let timer: NodeJS.Timeout | undefined
      const arm = () => {
        clearTimeout(timer)
        timer = batch.length > done ? setTimeout(expire, budget) : undefined
      }
      const send = () => {
        batch = queue.splice(0, BATCH)
        done = 0
        if (batch.length === 0) return finish()
        worker.postMessage(batch.map((i) => jobs[i]!))
        arm()
      }
      const finish = () => {
        clearTimeout(timer)
        worker.removeAllListeners()
        void worker.terminate()
        resolve()
      }
      const expire = () => {
        // The page the worker is on is the one that took too long; the rest of its batch is rendered by a new worker.
        const slow = batch[done]!
        outcomes[slow] = timedOut(jobs[slow]!, budget)
        queue.unshift(...batch.slice(done + 1))
        worker.removeAllListeners()
        void worker.terminate()
        worker = start()
        listen()
      }
      const listen = () => {
        worker.on('message', (message: WorkerMessage) => {
          if ('ready' in message) return send()
          outcomes[batch[done++]!] = message.outcome
          if (done === batch.length) send()
          else arm()
        })
        worker.on('error', (cause) => {
          clearTimeout(timer)
          reject(cause)
        })
        worker.on('exit', (code) => {
          clearTimeout(timer)
          reject(new Error(`render worker exited with code ${code}`))
        })
      }
      listen()
    })
  try {
    await Promise.all(Array.from({ length: count }, lane))
  } finally {
    await Promise.all([...started].map((worker) => worker.terminate()))
  }
  return outcomes
}
