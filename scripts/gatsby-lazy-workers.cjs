/**
 * `gatsby build` of a small handbook runs its queries and writes its HTML in
 * the main process, and starts Gatsby's worker only if something else needs
 * one.
 *
 * Gatsby starts its workers (one on a 2-core machine) right after
 * onPreBootstrap and sends them every query and every page's HTML. A worker
 * first loads Gatsby, the config and plugins, and builds the GraphQL schema
 * again: about 2.8 s of CPU, in a one-page rebuild of the 18F handbook (3
 * queries, 2 pages written) as in every small build, on the core the rest of
 * the build needs (V8's collector, the render's outputs, the search index's
 * worker); and the main process, done with its bundles first, waited for it
 * (0.2-0.6 s idle). The main process has its schema built and sits idle
 * while a worker runs queries and writes HTML, so doing both itself costs
 * it nothing but what the worker's start cost.
 *
 * So the pool Gatsby makes is lazy when the handbook has at most
 * LAZY_UP_TO pages (told by the handbook's load: src/node/page-count-signal.ts)
 * and Gatsby would start one worker (two cores or fewer; with more, the
 * workers run queries and pages in parallel):
 * - bootstrap's work for every worker (load the config and plugins, build
 *   the schema) is recorded, not started;
 * - up to IN_PROCESS_QUERIES queries run in the main process, as Gatsby runs
 *   them when it counts one core (services.runStaticQueries and
 *   runPageQueries, build.js);
 * - pages' HTML is written by Gatsby's own worker functions (render-html.js),
 *   called in the main process, after two full garbage collections when the
 *   heap holds more than HEAP_TO_COLLECT: the cold 18F build's heap held
 *   352 MB of mostly webpack's garbage there, and writing its 254 pages on
 *   top raised the process's peak from 0.55 to 0.69 GB;
 * - more queries than that, or anything else asked of a worker, start the
 *   real pool (the recorded work replayed first), and from then on every
 *   call goes to it as before.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs; only in the main
 * process of `gatsby build`.
 */
'use strict'
const { requireFromGatsby, requireGatsbyDependency, whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

/** A handbook of more pages starts Gatsby's worker at once (it loads beside the bootstrap, and many queries are worth one). */
const LAZY_UP_TO = 500
/** Above this many queries a worker runs them (it is also when gatsby-worker-reuse.cjs restarts one for the HTML). */
const IN_PROCESS_QUERIES = 1000
/** Heap in use above which the garbage is collected before the HTML is written here. */
const HEAP_TO_COLLECT = 300 * 1024 * 1024
/** The handbook's page count, set by its load (src/node/page-count-signal.ts). */
const PAGE_COUNT = Symbol.for('handbook.pageCount')

/** Gatsby's worker pool module, as its services require it. */
const POOL_MODULE = /(^|[/\\])utils[/\\]worker[/\\]pool$/

/** Bootstrap's calls on every worker, recorded until a worker starts. */
const RECORDED = new Set(['loadConfigAndPlugins', 'buildSchema'])

/** What the main process does itself while no worker has started: Gatsby's worker functions for HTML. */
const IN_PROCESS = new Set(['renderHTMLProd', 'renderSlices', 'renderPartialHydrationProd'])

/** The main process of `gatsby build` (its workers inherit the command's variable, and set their own). */
function building() {
  return process.env.gatsby_executing_command === 'build' && !process.env.GATSBY_WORKER_POOL_WORKER
}

/** How many workers Gatsby starts: `cpuCoreCount() - 1`, at least one (utils/worker/pool.js). */
function gatsbyWorkerCount() {
  const { cpuCoreCount } = requireGatsbyDependency('gatsby-core-utils')
  return Math.max(1, cpuCoreCount() - 1)
}

/** Two full collections, as src/node/collect-garbage.ts makes them (that module is compiled with the handlers, after this one runs). */
function collectGarbage() {
  require('node:v8').setFlagsFromString('--expose-gc')
  const gc = require('node:vm').runInNewContext('gc')
  gc()
  gc()
}

/** The pools made lazy, by the object Gatsby holds. */
const LAZY = new WeakMap()

/** A pool that starts the real one (made by `create`) when first needed. */
function lazyPool(create) {
  let real
  const recorded = []
  const listeners = []
  const start = () => {
    if (real) return real
    real = create()
    for (const listener of listeners) real.onMessage(listener)
    for (const [name, args] of recorded) real.all[name](...args)
    return real
  }
  let collected = false
  const renderHtml = () => {
    if (!collected) {
      collected = true
      if (process.memoryUsage().heapUsed > HEAP_TO_COLLECT) collectGarbage()
    }
    return requireFromGatsby('utils/worker/child/render-html.js')
  }
  const pool = {
    all: new Proxy(
      {},
      {
        get:
          (_target, name) =>
          (...args) => {
            if (!real && RECORDED.has(name)) {
              recorded.push([name, args])
              return [Promise.resolve()]
            }
            return start().all[name](...args)
          },
      },
    ),
    single: new Proxy(
      {},
      {
        get:
          (_target, name) =>
          (...args) =>
            !real && IN_PROCESS.has(name) ? renderHtml()[name](...args) : start().single[name](...args),
      },
    ),
    onMessage(listener) {
      listeners.push(listener)
      real?.onMessage(listener)
    },
    sendMessage: (...args) => real?.sendMessage(...args),
    getWorkerInfo: () => real?.getWorkerInfo() ?? [],
    restart: () => real?.restart() ?? Promise.resolve(),
    end: () => real?.end() ?? [],
  }
  LAZY.set(pool, { started: () => real !== undefined })
  return pool
}

/** The queries in this process, as build.js runs them when it counts one core. */
async function runQueriesHere(queryIds, opts) {
  const { store } = requireFromGatsby('redux/index.js')
  const { GraphQLRunner } = requireFromGatsby('query/graphql-runner.js')
  const services = requireFromGatsby('services/index.js')
  const graphqlRunner = new GraphQLRunner(store, { collectStats: true, graphqlTracing: store.getState().program.graphqlTracing })
  const reporter = requireGatsbyDependency('gatsby-cli/lib/reporter')
  // Gatsby's single-core path ends no activity of its own: this one says in the log where the queries ran.
  const activity = reporter.activityTimer('run queries in this process', { parentSpan: opts?.parentSpan })
  activity.start()
  const parentSpan = activity.span
  try {
    await services.runStaticQueries({ queryIds, parentSpan, store, graphqlRunner })
    await services.runPageQueries({ queryIds, graphqlRunner, parentSpan, store })
  } finally {
    activity.end()
  }
}

whenGatsbyLoads(POOL_MODULE, (loaded) => {
  if (typeof loaded?.create !== 'function' || typeof loaded.runQueriesInWorkersQueue !== 'function') return false
  const { create, runQueriesInWorkersQueue } = loaded
  loaded.create = function createLazily(...args) {
    const pages = globalThis[PAGE_COUNT]
    if (!building() || typeof pages !== 'number' || pages > LAZY_UP_TO || gatsbyWorkerCount() > 1) return create.apply(this, args)
    return lazyPool(() => create.apply(this, args))
  }
  loaded.runQueriesInWorkersQueue = function runQueriesHereOrInWorkers(pool, queryIds, opts) {
    const lazy = LAZY.get(pool)
    const count = (queryIds?.staticQueryIds?.length ?? 0) + (queryIds?.pageQueryIds?.length ?? 0)
    if (lazy && !lazy.started() && count <= IN_PROCESS_QUERIES) return runQueriesHere(queryIds, opts)
    return runQueriesInWorkersQueue.call(this, pool, queryIds, opts)
  }
  return true
})

module.exports = { IN_PROCESS_QUERIES, LAZY_UP_TO, lazyPool }
