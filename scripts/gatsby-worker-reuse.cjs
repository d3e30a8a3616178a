/**
 * `gatsby build` keeps the worker processes that ran the queries to render
 * the HTML, instead of starting them again in between.
 *
 * Gatsby restarts its worker pool after the page queries, "to lower memory
 * pressure while merging state" (the workers' query state is already on
 * disk by then: the pool saved it with `saveQueriesDependencies`). A new
 * worker loads Gatsby again (its redux store, reducers, reporter, webpack
 * config: 1.5 to 2 s of one core here) before it can render a page, and
 * the build waits for it: a one-page rebuild of the 18F handbook spent 2 s
 * of its 15 in "Building static HTML for pages" for two pages, 0.14 s
 * without the restart, and every cold build waits the same. The workers'
 * memory stays far below the main process's, which holds every node
 * (measured in bench-results/real-18f-speed.md, section 8). `restart` has
 * no other caller in Gatsby 5.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

whenGatsbyLoads(/^gatsby-worker$/, (loaded) => {
  const pool = loaded?.WorkerPool?.prototype
  if (typeof pool?.restart !== 'function') return false
  pool.restart = async function keepWorkers() {}
  return true
})
