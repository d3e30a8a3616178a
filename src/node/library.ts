/**
 * Loads the build-time library (src/content) for Gatsby's handlers and for
 * `npm run check`.
 *
 * Gatsby compiles gatsby-node.ts and gatsby-config.ts to CommonJS with Parcel,
 * leaving node_modules as require() calls, and the unified ecosystem is
 * ESM-only: require('unified') fails on Node 20. So the library is bundled
 * with esbuild into a CommonJS file (its ESM dependencies inlined), bundled
 * again only when a file that went into it changed (see ./library-bundle.ts).
 */
import path from 'node:path'
import type * as Library from '../content'
import { bundlePath, requireBundle } from './library-bundle'
import { projectRoot } from './project-root'

// CommonJS in a .js file (no package.json up to node_modules says otherwise): tsx, which runs `npm run check`,
// rewrites every .cjs file it loads, seconds for this 2 MB bundle, while it leaves CommonJS .js files as they are.
const bundleFile = bundlePath(projectRoot, 'content-library')

/** The manifest of routes the MDX plugins resolve links against (written when sourcing). */
export const routeManifestFile = path.join(projectRoot, '.cache', 'handbook', 'routes.json')

let loaded: typeof Library | undefined
let version: string | undefined

/** The bundle itself: also the entry of the render workers (see src/content/pipeline/render-workers.ts). */
export function contentLibraryFile(): string {
  contentLibrary()
  return bundleFile
}

/** Changes whenever the library's code does: rendered pages cached by an older version are not reused. */
export function contentLibraryVersion(): string {
  contentLibrary()
  return version!
}

export function contentLibrary(): typeof Library {
  if (loaded) return loaded
  const bundle = requireBundle<typeof Library>({
    projectRoot,
    entry: 'src/content/index.ts',
    bundleFile,
    // CommonJS packages that load files at run time stay outside the bundle; so do Mermaid and the browser that draws it, imported only when a page has a diagram (features/diagrams).
    // hast-util-is-element's tests are converted once per test, not once per call (common/hast-is-element.ts).
    options: {
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['prismjs', 'esbuild', 'typescript', 'mermaid', 'mermaid-isomorphic', 'dompurify', 'playwright', 'playwright-core'],
      alias: { 'hast-util-is-element': './src/content/common/hast-is-element.ts' },
    },
  })
  version = bundle.version
  loaded = bundle.module
  return loaded
}
