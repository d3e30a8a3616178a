/**
 * The reader-facing JavaScript of production pages: small vanilla modules from
 * src/client, bundled by esbuild. Pages do not load Gatsby's React runtime
 * (see gatsby-ssr.tsx), so this is all the JavaScript a page carries; code
 * needed only on demand (search) is split into chunks loaded when used.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'
import { OUTPUT_FOLDER } from '../shared/output'
import { projectRoot, publicDir } from './project-root'

let built: string | undefined

/**
 * Hashed names change with the code: the bundles of earlier builds go. Only
 * those: the folder also holds the search index and sidebar data, which the
 * build rewrites only where they changed.
 */
function removeEarlierBundles(outdir: string, current: readonly string[]): void {
  const keep = new Set(current)
  for (const name of fs.readdirSync(outdir)) {
    if (/^(handbook|chunk)-[^/]+\.js$/.test(name) && !keep.has(name)) fs.rmSync(path.join(outdir, name), { force: true })
  }
}

/** The browsers our script is compiled for; esbuild-modules.ts compiles our components for the same. */
export const BROWSER_TARGET = 'es2020'

/** Builds the client bundle into public/ and returns the entry's URL path (without prefix). */
export function buildClientBundle(): string {
  if (built) return built
  const outdir = path.join(publicDir, OUTPUT_FOLDER)
  const entryFile = path.join(projectRoot, 'src', 'client', 'entry.ts')
  const result = buildSync({
    entryPoints: { handbook: entryFile },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: [BROWSER_TARGET],
    minify: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: projectRoot,
    // Class fields as constructor assignments: no helper shared between the page script and the search chunk
    // (which esbuild would put in a third file, loaded by every page).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    // FlexSearch's compact build (~10.7 KB gzip against the full build's ~17.6): search needs its Index, import and search,
    // not the Resolver, Document, workers or storage (see src/shared/search/flex.ts). Its package exports name only the full build.
    alias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
  })
  removeEarlierBundles(
    outdir,
    Object.keys(result.metafile.outputs).map((output) => path.basename(output)),
  )
  // The page script's own output: a module imported dynamically is an entry point of its chunk too.
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined && path.resolve(projectRoot, output.entryPoint) === entryFile)
  if (!entry) throw new Error('esbuild produced no entry for src/client/entry.ts')
  built = `/${OUTPUT_FOLDER}/${path.basename(entry[0])}`
  return built
}
