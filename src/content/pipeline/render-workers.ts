/**
 * Renders pages on worker threads beside the main thread: Markdown parsing
 * is CPU-bound and a large handbook has thousands of pages, so a build or
 * check uses every core. The same module is the workers' entry point: loaded on a worker
 * started with RENDER_WORKER in its workerData, it serves render jobs.
 *
 * Each page has a time budget (limits.ts): a worker still on one page when
 * it runs out is stopped and replaced, the page is an error, and the rest of
 * the pages render. Pages rendered on the main thread (small handbooks, and
 * its share of a large one) have no budget: the limits checked before
 * parsing (markdown/page-limits.ts) are what bounds them.
 */
import os from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { error } from '../common/diagnostics'
import { renderTimeoutMs } from '../common/limits'
import { emptyRender, linkIndexOf, runRenderJob, type RenderContext, type RenderJob, type RenderOutcome } from './render-jobs'

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

const PAGES_PER_WORKER = 400

/**
 * How the pages left to render are shared out: `workers` threads started
 * for them, and whether this thread renders too. This thread takes pages
 * from the start, and with enough pages one worker per other core joins it
 * once loaded. A worker spends two to three seconds of CPU loading the
 * library and warming up before its first page: on the real 246-page 18F
 * handbook (`npm run check`, 2 cores, load 2 to 3) this thread alone took
 * 8.4 to 9.7 s and 450 MB, two workers 9.0 to 10.5 s and 650 MB, this thread
 * and one worker 9.9 to 10.2 s; at 1,000 generated pages this thread alone
 * took 15.6 s, two workers 14.6 s, this thread and one worker 13.8 s.
 * HANDBOOK_RENDER_WORKERS=N forces N workers and this thread renders
 * nothing (0: this thread alone), to measure and to test the workers.
 */
export function renderLanes(jobs: number): { workers: number; here: boolean } {
  const forced = process.env.HANDBOOK_RENDER_WORKERS
  if (forced !== undefined && forced !== '') {
    const workers = Math.max(0, Number(forced) || 0)
    return { workers, here: workers === 0 }
  }
  const cores = os.availableParallelism()
  return { workers: Math.max(0, Math.min(cores - 1, Math.floor(jobs / PAGES_PER_WORKER), 7)), here: true }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

/** The outcome of a page whose render ran out of time. */
export function timedOut(job: RenderJob, budget: number): RenderOutcome {
  return {
    rendered: emptyRender(),
    diagnostics: [error('render-timeout', job.sourcePath, `rendering took longer than ${seconds(budget)}, the limit for one page: the page is too large or too deeply nested; split it into several pages`)],
  }
}

/** Renders every job, in order, on `count` workers, and on this thread too when `here` (without a time budget there, see above). */
export async function renderOnWorkers(jobs: readonly RenderJob[], context: RenderContext, entry: WorkerEntry, count: number, here = false): Promise<RenderOutcome[]> {
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
  /** This thread's lane: one page at a time, yielding between pages so that the workers' messages are answered. */
  const hereLane = async () => {
    const index = linkIndexOf(context)
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      outcomes[next] = runRenderJob(jobs[next]!, context, index)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    await Promise.all([...Array.from({ length: count }, lane), ...(here ? [hereLane()] : [])])
  } finally {
    await Promise.all([...started].map((worker) => worker.terminate()))
  }
  return outcomes
}
