/**
 * The search index built on a worker thread as soon as a build has loaded
 * the handbook, beside Gatsby's own stages (sourcing, the bundles, the
 * queries and the static HTML, which leave a core free on this machine's
 * two), instead of on this thread after them all: 5 to 10 s of one core at
 * 5,000 pages, about a second on a real 240-page handbook. The worker is
 * given the jobs (plain data, index-jobs.ts) and gives back the files. A
 * worker that cannot start, or dies, leaves the index to this thread: it
 * comes out the same either way.
 *
 * The same module is the worker's entry, as render-workers.ts is.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { WorkerEntry } from '../../pipeline/render-workers'
import type { SearchFilesBuilt } from './build'
import { searchIndexFilesOf, type SearchIndexJob } from './index-jobs'

export const SEARCH_INDEX_WORKER = 'handbookSearchIndexWorker'

/** From this many pages the index is built on a worker: under it the worker's start (loading the library, about half a second) is most of what it would overlap. */
export const SEARCH_INDEX_AHEAD_FROM = 100

/** The files, where they were built, and how long building them took there. */
export interface BuiltSearchIndexFiles {
  built: SearchFilesBuilt
  on: 'worker' | 'this thread'
  ms: number
}

interface WorkerData {
  [SEARCH_INDEX_WORKER]: true
  jobs: SearchIndexJob[]
}

function buildTimed(jobs: readonly SearchIndexJob[], on: BuiltSearchIndexFiles['on']): BuiltSearchIndexFiles {
  const started = performance.now()
  const built = searchIndexFilesOf(jobs)
  return { built, on, ms: Math.round(performance.now() - started) }
}

if (!isMainThread && (workerData as Partial<WorkerData> | undefined)?.[SEARCH_INDEX_WORKER]) {
  parentPort!.postMessage(buildTimed((workerData as WorkerData).jobs, 'worker'))
}

/** Starts building the index of `jobs` on a worker; the promise gives its files (built here if the worker failed). */
export function searchIndexOnWorker(jobs: SearchIndexJob[], entry: WorkerEntry): Promise<BuiltSearchIndexFiles> {
  const here = () => buildTimed(jobs, 'this thread')
  let worker: Worker
  try {
    worker = new Worker(entry.script, { workerData: { [SEARCH_INDEX_WORKER]: true, jobs } satisfies WorkerData, execArgv: entry.execArgv ?? [] })
  } catch {
    return Promise.resolve(here())
  }
  return new Promise((resolve) => {
    const settle = (result: BuiltSearchIndexFiles) => {
      worker.removeAllListeners()
      void worker.terminate()
      resolve(result)
    }
    worker.on('message', (result: BuiltSearchIndexFiles) => settle(result))
    // It could not load the library, or ran out of memory: the index is built here.
    worker.on('error', () => settle(here()))
    worker.on('exit', () => settle(here()))
  })
}
