/**
 * The reader-facing JavaScript of production pages: small vanilla modules from
 * src/client, bundled by esbuild. Pages do not load Gatsby's React runtime
 * (see gatsby-ssr.tsx), so this is all the JavaScript a page carries; code
 * needed only on demand (search) is split into chunks loaded when used.
 */
import fs from 'fs'
import path from 'path'
import { buildSync } from 'esbuild'
import { OUTPUT_FOLDER } from '../shared/output'
import { projectRoot } from './settings'

let built: string | undefined

/** Builds the client bundle into public/ and returns the entry's URL path (without prefix). */
export function buildClientBundle(): string {
  if (built) return built
  const outdir = path.join(projectRoot, 'public', OUTPUT_FOLDER)
  // Hashed names change with the code: clear the bundles of earlier builds.
  fs.rmSync(outdir, { recursive: true, force: true })
  const result = buildSync({
    entryPoints: { handbook: path.join(projectRoot, 'src', 'client', 'entry.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: projectRoot,
    // Search needs FlexSearch's Index with import/export only: its compact build is half the size of the full one.
    alias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
    // Class fields as constructor assignments: no helper shared between the page script and the search chunk
    // (which esbuild would put in a third file, loaded by every page).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  })
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)
  if (!entry) throw new Error('esbuild produced no entry for src/client/entry.ts')
  built = `/${OUTPUT_FOLDER}/${path.basename(entry[0])}`
  return built
}
