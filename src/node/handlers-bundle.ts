/**
 * The handlers of src/node as one CommonJS file made by esbuild, loaded by
 * gatsby-node.ts and gatsby-config.ts. Gatsby compiled those two files, and
 * everything they import, with Parcel, which took 10 to 28 s of a cold build
 * on these handlers: esbuild bundles them in a fraction of a second, again
 * only when a file that went in changed (./library-bundle.ts). The two files
 * themselves are compiled by esbuild too (scripts/gatsby-compile.cjs).
 * Packages stay require() calls, as Parcel left them.
 */
import type * as Handlers from './index'
import { bundlePath, requireBundle } from './library-bundle'
import { projectRoot } from './project-root'

/** Beside the content library's bundle. */
export const handlersBundleFile = bundlePath(projectRoot, 'gatsby-handlers')

let loaded: typeof Handlers | undefined

export function handlers(): typeof Handlers {
  if (loaded) return loaded
  loaded = requireBundle<typeof Handlers>({
    projectRoot,
    entry: 'src/node/index.ts',
    bundleFile: handlersBundleFile,
    options: { platform: 'node', format: 'cjs', target: 'node20', packages: 'external' },
  }).module
  return loaded
}
