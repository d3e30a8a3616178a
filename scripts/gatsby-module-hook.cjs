/**
 * Runs `patch` on one of Gatsby's own modules the first time it is loaded
 * (matched by the request Gatsby makes for it), before Gatsby uses it: the
 * way scripts/gatsby-compile.cjs and gatsby-query-files.cjs replace one step
 * each. Plain CommonJS: it runs before anything is compiled.
 */
'use strict'
const Module = require('node:module')
const path = require('node:path')

/** The folder of the Gatsby the site runs, for a hook that loads more of Gatsby's modules (or their dependencies). */
function gatsbyFolder() {
  return path.dirname(require.resolve('gatsby/package.json', { paths: [process.cwd()] }))
}

/** @param {RegExp} request @param {(exports: any) => boolean} patch true once patched */
function whenGatsbyLoads(request, patch) {
  const load = Module._load
  let patched = false
  // Never put back: another hook may have wrapped this one since.
  Module._load = function loadAndPatch(name, ...rest) {
    const loaded = load.call(this, name, ...rest)
    if (!patched && typeof name === 'string' && request.test(name)) patched = patch(loaded)
    return loaded
  }
}

/** One of Gatsby's own modules, by its path under `dist` (`redux`, `query/graphql-runner.js`). */
function requireFromGatsby(relative) {
  return require(path.join(gatsbyFolder(), 'dist', relative))
}

/** A package as Gatsby's own code resolves it (the version Gatsby depends on, wherever it is installed). */
function requireGatsbyDependency(request) {
  return require(require.resolve(request, { paths: [gatsbyFolder()] }))
}

module.exports = { gatsbyFolder, requireFromGatsby, requireGatsbyDependency, whenGatsbyLoads }
