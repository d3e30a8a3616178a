/**
 * Loads the build-time library (src/content) for Gatsby's handlers.
 *
 * Gatsby compiles gatsby-node.ts and gatsby-config.ts to CommonJS with Parcel,
 * leaving node_modules as require() calls, and the unified ecosystem is
 * ESM-only: require('unified') fails on Node 20. So the library is bundled
 * once with esbuild into a CommonJS file (its ESM dependencies inlined), and
 * rebuilt only when a source file is newer than the bundle.
 */
import fs from 'fs'
import path from 'path'
import { buildSync } from 'esbuild'
import type * as Library from '../content'
import { projectRoot } from './settings'

const sourceDir = path.join(projectRoot, 'src', 'content')
const bundleFile = path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'content-library.cjs')

/** The manifest of routes the MDX plugins resolve links against (written when sourcing). */
export const routeManifestFile = path.join(projectRoot, '.cache', 'handbook', 'routes.json')

function newestSourceTime(folder: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

function bundleIsCurrent(): boolean {
  try {
    return fs.statSync(bundleFile).mtimeMs >= newestSourceTime(sourceDir)
  } catch {
    return false
  }
}

let loaded: typeof Library | undefined
let version: string | undefined

/** The bundle itself: also the entry of the render workers (see src/content/render-workers.ts). */
export function contentLibraryFile(): string {
  contentLibrary()
  return bundleFile
}

/** Changes whenever the library's code does: rendered pages cached by an older version are not reused. */
export function contentLibraryVersion(): string {
  contentLibrary()
  version ??= `${fs.statSync(bundleFile).size}:${fs.statSync(bundleFile).mtimeMs}`
  return version
}

export function contentLibrary(): typeof Library {
  if (loaded) return loaded
  if (!bundleIsCurrent()) {
    // Written beside and renamed, so parallel Gatsby workers never read half a file.
    const temporary = `${bundleFile}.${process.pid}.tmp`
    buildSync({
      entryPoints: [path.join(sourceDir, 'index.ts')],
      outfile: temporary,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // CommonJS packages that load files at run time stay outside the bundle.
      external: ['prismjs', 'esbuild'],
      logLevel: 'error',
    })
    fs.renameSync(temporary, bundleFile)
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require(bundleFile) as typeof Library
  return loaded
}
