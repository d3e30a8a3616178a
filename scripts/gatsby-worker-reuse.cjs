/**
 * `gatsby build` keeps the worker processes that ran the queries to render
 * the HTML, instead of starting them again in between, unless they ran
 * many queries.
 *
 * Gatsby restarts its worker pool after the page queries, "to lower memory
 * pressure while merging state" (the workers' query state is already on
 * disk by then: the pool saved it with `saveQueriesDependencies`). A new
 * worker loads Gatsby again (its redux store, reducers, reporter, webpack
 * config: 1.5 to 2 s of one core here) before it can render a page, and
 * the build waits for it: a one-page rebuild of the 18F handbook spent 2 s
 * of its 15 in "Building static HTML for pages" for two pages, 0.14 s
 * without the restart, and every cold build waits the same. After many
 * queries the restart is worth it: a worker that ran the 5,443 queries of
 * 5,000 generated pages rendered their HTML in 28.2 s, a new one in 20.6 s.
 * So the workers are kept after at most MAX_QUERIES_KEPT queries (18F's cold
 * build runs 256, a one-page rebuild a handful), and restarted after more.
 * `restart` has no other caller in Gatsby 5.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

const MAX_QUERIES_KEPT = 1000
const QUERY_LISTS = ['pageQueryIds', 'staticQueryIds', 'sliceQueryIds']

whenGatsbyLoads(/^gatsby-worker$/, (loaded) => {
  const pool = loaded?.WorkerPool?.prototype
  if (typeof pool?.restart !== 'function' || typeof pool.scheduleWorkSingle !== 'function') return false
  const { restart, scheduleWorkSingle } = pool
  /** Queries each pool ran since it last started, counted as Gatsby hands them out (`pool.single.runQueries`). */
  const queriesRun = new WeakMap()
  // Read by each pool as it is made (gatsby-worker binds `single` to it then).
  pool.scheduleWorkSingle = function countingQueries(functionName, ...args) {
    if (functionName === 'runQueries') {
      const ids = args[0] ?? {}
      const count = QUERY_LISTS.reduce((sum, list) => sum + (Array.isArray(ids[list]) ? ids[list].length : 0), 0)
      queriesRun.set(this, (queriesRun.get(this) ?? 0) + count)
    }
    return scheduleWorkSingle.call(this, functionName, ...args)
  }
  pool.restart = async function restartAfterManyQueries() {
    const ran = queriesRun.get(this) ?? 0
    queriesRun.set(this, 0)
    if (ran > MAX_QUERIES_KEPT) await restart.call(this)
  }
  return true
})

module.exports = { MAX_QUERIES_KEPT }
