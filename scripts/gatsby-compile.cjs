/**
 * Gatsby's "compile gatsby files" step, done by esbuild instead of Parcel.
 *
 * Before every build and every `gatsby develop`, Gatsby compiles
 * gatsby-node.ts and gatsby-config.ts with Parcel in a child process it
 * starts for that alone: 2.2 to 4.3 s on this project's two thin loaders
 * (a rebuild with nothing changed included), most of it starting Parcel
 * and its cache. esbuild writes the same two CommonJS files to the same
 * place (`.cache/compiled`, where Gatsby reads them) in about 0.1 s.
 * Packages stay require() calls, as Parcel leaves them.
 *
 * Installed by scripts/gatsby.mjs, in its own process and (through
 * NODE_OPTIONS) in the process `gatsby develop` starts for its server.
 * Only Gatsby's own module is replaced, the moment it is first loaded; a
 * site with local plugins (`plugins/`, whose gatsby files Parcel compiles
 * too) keeps Parcel. Plain CommonJS: it runs before anything is compiled.
 */
'use strict'
const { whenGatsbyLoads } = require('./gatsby-module-hook.cjs')
const fs = require('node:fs')
const path = require('node:path')

const GATSBY_FILES = ['gatsby-node.ts', 'gatsby-config.ts']
/** Gatsby's module that compiles them, as Gatsby requires it (`../utils/parcel/compile-gatsby-files`). */
const GATSBY_MODULE = /[/\\]parcel[/\\]compile-gatsby-files(\.js)?$/

/** esbuild's errors as `file:line:column: message` lines. */
function describe(error) {
  const errors = Array.isArray(error?.errors) ? error.errors : []
  if (errors.length === 0) return String(error?.message ?? error)
  return errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text)).join('\n')
}

function withEsbuild(gatsbyModule) {
  const parcel = gatsbyModule.compileGatsbyFiles
  return async function compileGatsbyFiles(siteRoot, ...rest) {
    if (fs.existsSync(path.join(siteRoot, 'plugins'))) return parcel(siteRoot, ...rest)
    const outdir = path.join(siteRoot, gatsbyModule.COMPILED_CACHE_DIR)
    fs.rmSync(outdir, { recursive: true, force: true })
    const entryPoints = GATSBY_FILES.map((file) => path.join(siteRoot, file)).filter((file) => fs.existsSync(file))
    if (entryPoints.length === 0) return
    try {
      require('esbuild').buildSync({
        entryPoints,
        outdir,
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'cjs',
        target: 'node18',
        logLevel: 'silent',
      })
    } catch (error) {
      require('gatsby-cli/lib/reporter').panic(`Could not compile ${GATSBY_FILES.join(' and ')}:\n${describe(error)}`)
    }
  }
}

whenGatsbyLoads(GATSBY_MODULE, (loaded) => {
  if (typeof loaded?.compileGatsbyFiles !== 'function') return false
  loaded.compileGatsbyFiles = withEsbuild(loaded)
  return true
})
