/**
 * Gatsby's count of physical CPU cores, taken once per process.
 *
 * gatsby-core-utils counts them by running `lscpu -p | grep | sort | wc` in
 * a shell every time it is asked, even when GATSBY_CPU_COUNT is set: five
 * times in a build's main process (the worker pool, the build, each webpack
 * configuration's minifiers), 40 to 60 ms each on this machine, on the way
 * to every page. The number does not change while a build runs.
 *
 * Installed by scripts/gatsby.mjs, like gatsby-compile.cjs.
 */
'use strict'
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')

/** gatsby-core-utils' module, as its cpu-core-count requires it. */
const GATSBY_MODULE = /(^|[/\\])physical-cpu-count(\.js)?$/

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  const count = loaded?.getPhysicalCpuCount
  if (typeof count !== 'function') return false
  let counted
  loaded.getPhysicalCpuCount = function getPhysicalCpuCountOnce() {
    counted ??= count()
    return counted
  }
  return true
})
