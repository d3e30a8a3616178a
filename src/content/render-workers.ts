/**
 * Renders pages on worker threads: Markdown parsing is CPU-bound and a
 * large handbook has thousands of pages, so a build or check uses every
 * core. The same module is the workers' entry point: loaded on a worker
 * started with RENDER_WORKER in its workerData, it serves render jobs.
 */
import os from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
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

function serveRenderJobs(): void {
  const { context } = workerData as WorkerData
  const index = linkIndexOf(context)
  parentPort!.on('message', (jobs: RenderJob[]) => {
    parentPort!.postMessage(jobs.map((job) => runRenderJob(job, context, index)))
  })
}

if (!isMainThread && (workerData as Partial<WorkerData> | undefined)?.[RENDER_WORKER]) serveRenderJobs()

/** How many workers are worth starting for `jobs` pages on this machine (HANDBOOK_RENDER_WORKERS=0 for none, to measure). */
export function workerCount(jobs: number): number {
  const forced = process.env.HANDBOOK_RENDER_WORKERS
  if (forced !== undefined && forced !== '') return Math.max(0, Number(forced) || 0)
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(0, Math.min(cores, Math.floor(jobs / 100), 8))
}

/** Renders every job, in order, on `count` workers. */
export async function renderOnWorkers(jobs: readonly RenderJob[], context: RenderContext, entry: WorkerEntry, count: number): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = new Array(jobs.length)
  let next = 0
  const workers = Array.from({ length: count }, () => new Worker(entry.script, { workerData: { [RENDER_WORKER]: true, context } satisfies WorkerData, execArgv: entry.execArgv ?? [] }))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0
            const send = () => {
              if (next >= jobs.length) return resolve()
              start = next
              next = Math.min(jobs.length, next + BATCH)
              worker.postMessage(jobs.slice(start, next))
            }
            worker.on('message', (results: RenderOutcome[]) => {
              results.forEach((outcome, i) => (outcomes[start + i] = outcome))
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render worker exited with code ${code}`))))
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return outcomes
}
