/**
 * Gatsby's CLI as `npm run build`, `npm run develop` and `npm run serve` (and
 * the tests' and the bench's builds) run it:
 *
 * - with its line logger when the output is not a terminal. Its default
 *   logger (ink) redraws a live region; written to a pipe or a file
 *   (`npm run build 2>&1 | tee build.log`, an editor's task panel), every
 *   redraw stays, so the page table at the end of a build came twice, among
 *   the escape codes of each redraw. In CI Gatsby picks the line logger
 *   itself; GATSBY_LOGGER, when set, is kept.
 * - with gatsby-node.ts and gatsby-config.ts compiled by esbuild
 *   (gatsby-compile.cjs), and without our build code among the files
 *   searched for queries (gatsby-query-files.cjs), here and in the server
 *   process `develop` starts, where a saved page's changed nodes are acted
 *   on after 20 ms instead of 500 (gatsby-mutation-batch.cjs), and the
 *   GraphQL schema is built again only when a type inferred from nodes
 *   changed (gatsby-schema-rebuild.cjs); `gatsby build` renders the HTML
 *   in the workers that ran the queries (gatsby-worker-reuse.cjs), and
 *   the CPU cores are counted once per process (gatsby-cpu-count.cjs), and
 *   the worker processes exit when the pool ends them instead of being
 *   killed a second later (gatsby-worker-exit.cjs); a small handbook's
 *   build starts none, and runs its queries and writes its HTML itself
 *   (gatsby-lazy-workers.cjs).
 * - with V8's background threads sized to the machine's cores, in this
 *   process and those it starts (v8-pool.mjs): the script starts itself
 *   again with the size where Node's default is too many.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { relaunchedWithV8Pool } from './v8-pool.mjs'

if (!relaunchedWithV8Pool(fileURLToPath(import.meta.url))) startGatsby()

function startGatsby() {
  const require = createRequire(import.meta.url)
  const patches = [
    './gatsby-compile.cjs',
    './gatsby-query-files.cjs',
    './gatsby-mutation-batch.cjs',
    './gatsby-schema-rebuild.cjs',
    './gatsby-worker-reuse.cjs',
    './gatsby-cpu-count.cjs',
    './gatsby-worker-exit.cjs',
    './gatsby-lazy-workers.cjs',
  ].map((file) => fileURLToPath(new URL(file, import.meta.url)))

  if (!process.stdout.isTTY && !process.env.GATSBY_LOGGER) process.env.GATSBY_LOGGER = 'yurnalist'
  process.env.GATSBY_TELEMETRY_DISABLED ??= '1'
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, ...patches.map((file) => `--require ${JSON.stringify(file)}`)].filter(Boolean).join(' ')
  for (const file of patches) require(file)
  require('gatsby/cli.js')
}
