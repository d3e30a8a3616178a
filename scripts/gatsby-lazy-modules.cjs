/**
 * Packages that Gatsby's modules require when loaded but use only in a
 * step most runs never take, loaded when first used instead: Parcel
 * (compiling gatsby files: gatsby-compile.cjs does it with esbuild), the
 * GraphQL typegen's code loaders, develop's server (express, got,
 * webpack-dev-middleware, socket.io) that `gatsby build` loads too, the
 * CLI's `new` and `info` commands, its login's fetch, and the Gatsby-files
 * update check. A one-page rebuild of the real 18F
 * handbook took 4.47 s instead of 4.79 s (medians of four in turn) and 35
 * MB less.
 *
 * Each is replaced, for the one Gatsby module named here only, by a proxy
 * that loads the package the first time it is read, called or constructed.
 * What the proxy answers without loading is the package's shape, checked
 * against the installed package by tests/unit/scripts/gatsby-steps.test.ts:
 * a function or an object, and whether it says it is an ES module (Babel's
 * interop reads `__esModule` the moment it wraps the require).
 *
 * Installed by scripts/gatsby.mjs, in its own process and (through
 * NODE_OPTIONS) in Gatsby's worker processes and develop's server. Plain
 * CommonJS: it runs before anything is compiled.
 */
'use strict'
const Module = require('node:module')

/** A Gatsby (or gatsby-cli) module's path, matched at its end. */
const from = (...parts) => new RegExp(`[/\\\\]${parts.map((part) => part.replace(/\./g, '\\.')).join('[/\\\\]')}$`)
const COMPILE = from('gatsby', 'dist', 'utils', 'parcel', 'compile-gatsby-files.js')
const TYPEGEN = from('gatsby', 'dist', 'utils', 'graphql-typegen', 'ts-codegen.js')
const SERVER = from('gatsby', 'dist', 'utils', 'start-server.js')

/** What is loaded later, from where, and its shape. */
const LAZY = [
  { request: '@parcel/core', from: COMPILE, callable: false, esModule: true },
  { request: '@parcel/cache', from: COMPILE, callable: false, esModule: true },
  { request: '@graphql-codegen/core', from: TYPEGEN, callable: false, esModule: true },
  { request: '@graphql-tools/code-file-loader', from: TYPEGEN, callable: false, esModule: true },
  { request: 'express', from: SERVER, callable: true, esModule: false },
  { request: 'express', from: from('gatsby', 'dist', 'commands', 'develop-static.js'), callable: true, esModule: false },
  { request: 'got', from: SERVER, callable: true, esModule: true },
  { request: 'webpack-dev-middleware', from: SERVER, callable: true, esModule: false },
  { request: 'socket.io', from: from('gatsby', 'dist', 'utils', 'websocket-manager.js'), callable: true, esModule: false },
  { request: 'axios', from: from('gatsby', 'dist', 'utils', 'get-latest-gatsby-files.js'), callable: true, esModule: false },
  { request: 'create-gatsby', from: from('gatsby-cli', 'lib', 'create-cli.js'), callable: false, esModule: false },
  { request: 'envinfo', from: from('gatsby-cli', 'lib', 'create-cli.js'), callable: false, esModule: false },
  { request: 'node-fetch', from: from('gatsby-cli', 'lib', 'login.js'), callable: true, esModule: true },
  { request: 'node-fetch', from: from('gatsby-cli', 'lib', 'whoami.js'), callable: true, esModule: true },
]

/**
 * A stand-in for the module `load` returns, loaded on first use: read,
 * `in`, set, called, or constructed. Its keys are not listed before it is
 * loaded; the modules above never list them.
 */
function lazyModule(load, { callable, esModule }) {
  let real
  const module = () => {
    real ??= load()
    return real
  }
  return new Proxy(callable ? function lazy() {} : {}, {
    get: (_, key) => (key === '__esModule' && real === undefined ? esModule || undefined : Reflect.get(module(), key)),
    has: (_, key) => key in module(),
    set: (_, key, value) => Reflect.set(module(), key, value),
    apply: (_, self, args) => Reflect.apply(module(), self, args),
    construct: (_, args) => Reflect.construct(module(), args),
  })
}

const load = Module._load
// Never put back: another hook may have wrapped this one since.
Module._load = function loadLater(request, parent, isMain) {
  const lazy = parent?.filename && LAZY.find((entry) => entry.request === request && entry.from.test(parent.filename))
  if (!lazy) return load.call(this, request, parent, isMain)
  return lazyModule(() => load.call(this, request, parent, isMain), lazy)
}

module.exports = { LAZY, lazyModule }
