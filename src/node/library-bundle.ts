/**
 * The library bundle and what went into it. esbuild reports every file it
 * read (its metafile's inputs: src/content, src/shared, the packages under
 * node_modules); their content hashes are stored beside the bundle. The
 * bundle is current when it was made the same way (esbuild version and
 * options) from inputs that are all unchanged, and its version, a hash of
 * exactly that, changes whenever the library's code does. Hashing the
 * ~500 inputs takes a few milliseconds.
 */
import fs from 'node:fs'
import path from 'node:path'
import { buildSync, version as esbuildVersion, type BuildOptions } from 'esbuild'
import { hashOf } from '../content/common/hash'
import { writeFileAtomically } from '../content/load/write-file'

export interface BundleRequest {
  projectRoot: string
  /** The entry, relative to the project root. */
  entry: string
  /** Where the bundle goes; its record is written beside it (`.json` instead of `.js`). */
  bundleFile: string
  options: Pick<BuildOptions, 'platform' | 'format' | 'target' | 'external' | 'packages' | 'alias'>
}

/** What the bundle was made from: the recipe's hash, and each input's content hash. */
interface BundleRecord {
  recipe: string
  inputs: Record<string, string>
}

function recordFileOf(bundleFile: string): string {
  return bundleFile.replace(/\.c?js$/, '') + '.json'
}

function recipeOf(request: BundleRequest): string {
  return hashOf(esbuildVersion, request.entry, JSON.stringify(request.options))
}

/** Inside the project, relative to it (copies of the project share node_modules, and so the bundle); outside, absolute. */
function inputKey(projectRoot: string, input: string): string {
  const absolute = path.resolve(projectRoot, input)
  const relative = path.relative(projectRoot, absolute)
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
}

function hashOfFile(projectRoot: string, key: string): string | undefined {
  try {
    return hashOf(fs.readFileSync(path.resolve(projectRoot, key), 'utf8'))
  } catch {
    return undefined
  }
}

function versionOf(record: BundleRecord): string {
  return hashOf(
    record.recipe,
    ...Object.keys(record.inputs)
      .sort()
      .map((key) => `${key}:${record.inputs[key]}`),
  )
}

function readRecord(file: string): BundleRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BundleRecord
  } catch {
    return undefined
  }
}

/** The record, when the bundle exists and every input still has the content it was bundled with. */
function currentRecord(request: BundleRequest): BundleRecord | undefined {
  const record = readRecord(recordFileOf(request.bundleFile))
  if (!record || record.recipe !== recipeOf(request) || !fs.existsSync(request.bundleFile)) return undefined
  for (const [key, hash] of Object.entries(record.inputs)) {
    if (hashOfFile(request.projectRoot, key) !== hash) return undefined
  }
  return record
}

function build(request: BundleRequest): BundleRecord {
  const result = buildSync({
    ...request.options,
    entryPoints: [request.entry],
    absWorkingDir: request.projectRoot,
    bundle: true,
    write: false,
    outfile: request.bundleFile,
    metafile: true,
    logLevel: 'error',
  })
  const inputs: Record<string, string> = {}
  for (const input of Object.keys(result.metafile.inputs)) {
    const key = inputKey(request.projectRoot, input)
    inputs[key] = hashOfFile(request.projectRoot, key) ?? ''
  }
  const record: BundleRecord = { recipe: recipeOf(request), inputs }
  fs.mkdirSync(path.dirname(request.bundleFile), { recursive: true })
  // The bundle first: a reader that sees the new bundle with the old record only bundles once more.
  writeFileAtomically(request.bundleFile, result.outputFiles[0]!.contents)
  writeFileAtomically(recordFileOf(request.bundleFile), JSON.stringify(record))
  return record
}

/** Bundles the library again if it is not current; returns its version. */
export function ensureBundle(request: BundleRequest): string {
  return versionOf(currentRecord(request) ?? build(request))
}

/** Where the project's bundles go: a .js file each, for the reason given in ./library.ts. */
export function bundlePath(projectRoot: string, name: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'handbook', `${name}.js`)
}

/** The bundle, made current, loaded (once per process, as require caches it), with its version. */
export function requireBundle<T>(request: BundleRequest): { module: T; version: string } {
  const version = ensureBundle(request)
  return { module: require(request.bundleFile) as T, version }
}
