/**
 * Writes a generated handbook for load tests and benchmarks:
 *
 *     npx tsx scripts/generate-handbook.ts <targetDir> <pages> [seed]
 *
 * The same pages and seed always give the same files. The target folder must
 * be empty or not exist yet, so a real content folder is never mixed up with
 * generated pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { generateHandbook } from './lib/generate-handbook'

const USAGE = 'Usage: npx tsx scripts/generate-handbook.ts <targetDir> <pages> [seed]'

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(1)
}

function integerArgument(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value) || Number(value) < min) fail(`${name} must be an integer of at least ${min}, got "${value}".`)
  return Number(value)
}

const [targetArg, pagesArg, seedArg, ...rest] = process.argv.slice(2)
if (!targetArg || !pagesArg || rest.length > 0) fail('Expected a target folder and a page count.')
const pages = integerArgument(pagesArg, 'pages', 1)!
const seed = integerArgument(seedArg, 'seed', 0)
const target = path.resolve(targetArg)

if (fs.existsSync(target)) {
  if (!fs.statSync(target).isDirectory()) fail(`${target} exists and is not a folder.`)
  if (fs.readdirSync(target).length > 0) fail(`${target} is not empty; refusing to write into it.`)
}

const started = performance.now()
const result = generateHandbook(target, seed === undefined ? { pages } : { pages, seed })
const seconds = ((performance.now() - started) / 1000).toFixed(2)
const folders = new Set(result.files.map((file) => path.posix.dirname(file))).size
console.log(`Generated ${result.pageCount} pages in ${folders} folders (seed ${seed ?? 42}) into ${result.dir} in ${seconds} s.`)
