/**
 * webpack's persistent cache of the two production stages, without the
 * build-dependency walk. By default webpack snapshots its "build
 * dependencies" (Gatsby's webpack config, every plugin's gatsby-node, every
 * loader) by following each file's `require` children through Node's module
 * cache: for Gatsby's babel-loader that is most of Gatsby and its packages,
 * resolved one by one, 10 to 17 s of a cold starter build on this machine
 * (webpack's own "resolve build dependencies" timing), paid again after any
 * cold build. What those files can change is named instead by the cache's
 * `version`: the locked package versions (Gatsby, webpack, the loaders),
 * and our compiled gatsby-node and gatsby-config and the handlers' bundle
 * (our webpack settings); the cache invalidates when any of them changes.
 * Sources, styles and templates stay tracked module by module, as before.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Compiler, Configuration } from 'webpack'
import { handlersBundleFile } from './handlers-bundle'
import { projectRoot } from './project-root'

/** What decides how the bundles are built, besides the modules themselves. */
const VERSION_INPUTS = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  path.join('node_modules', '.package-lock.json'),
  path.join('.cache', 'compiled', 'gatsby-node.js'),
  path.join('.cache', 'compiled', 'gatsby-config.js'),
  path.relative(projectRoot, handlersBundleFile),
]

/** A hash of the inputs above that exist under the project folder `root` (their paths and contents). */
export function buildCacheVersion(root: string): string {
  const hash = crypto.createHash('sha256')
  for (const input of VERSION_INPUTS) {
    const file = path.join(root, input)
    if (!fs.existsSync(file)) continue
    hash.update(`${input}\0`)
    hash.update(fs.readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/** Empties what webpack would walk when it stores the cache: the loaders every module added. */
class NoBuildDependencies {
  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('NoBuildDependencies', (stats) => {
      stats.compilation.buildDependencies.clear()
    })
  }
}

/** The stage's configuration with the cache keyed by version, when it has a filesystem cache. */
export function withVersionedCache(config: Configuration, root: string): Configuration {
  const cache = config.cache
  if (!cache || typeof cache !== 'object' || cache.type !== 'filesystem') return config
  return {
    ...config,
    cache: { ...cache, buildDependencies: {}, version: buildCacheVersion(root) },
    plugins: [...(config.plugins ?? []), new NoBuildDependencies()],
  }
}
