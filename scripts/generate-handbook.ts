/**
 * Writes a generated handbook for load tests and benchmarks:
 *
 *     npx tsx scripts/generate-handbook.ts <targetDir> <pages> [seed] [--people N] [--people-folder]
 *
 * `--people N` adds a company of N people (people.yml and teams.yml, and a
 * few pages that mention them); with `--people-folder` the people are
 * written one per file, as _people/<id>.yml.
 *
 * The same pages and seed always give the same files. The target folder must
 * be empty or not exist yet, so a real content folder is never mixed up with
 * generated pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { generateHandbook } from './lib/generate-handbook'

const USAGE = 'Usage: npx tsx scripts/generate-handbook.ts <targetDir> <pages> [seed] [--people N] [--people-folder]'

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(1)
}

function integerArgument(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value) || Number(value) < min) fail(`${name} must be an integer of at least ${min}, got "${value}".`)
  return Number(value)
}

const positional: string[] = []
let peopleArg: string | undefined
let peopleFolder = false
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!
  if (arg === '--people') {
    peopleArg = args[++i]
    if (peopleArg === undefined) fail('--people needs a number of people.')
  } else if (arg.startsWith('--people=')) peopleArg = arg.slice('--people='.length)
  else if (arg === '--people-folder') peopleFolder = true
  else if (arg.startsWith('--')) fail(`Unknown option ${arg}.`)
  else positional.push(arg)
}
const [targetArg, pagesArg, seedArg, ...rest] = positional
if (!targetArg || !pagesArg || rest.length > 0) fail('Expected a target folder and a page count.')
const pages = integerArgument(pagesArg, 'pages', 1)!
const seed = integerArgument(seedArg, 'seed', 0)
const people = integerArgument(peopleArg, 'people', 0) ?? 0
if (peopleFolder && people === 0) fail('--people-folder needs --people N.')
const target = path.resolve(targetArg)

if (fs.existsSync(target)) {
  if (!fs.statSync(target).isDirectory()) fail(`${target} exists and is not a folder.`)
  if (fs.readdirSync(target).length > 0) fail(`${target} is not empty; refusing to write into it.`)
}

const started = performance.now()
const result = generateHandbook(target, { pages, ...(seed === undefined ? {} : { seed }), people, peopleLayout: peopleFolder ? 'folder' : 'file' })
const seconds = ((performance.now() - started) / 1000).toFixed(2)
const folders = new Set(result.files.map((file) => path.posix.dirname(file))).size
const company = result.peopleCount > 0 ? `, ${result.peopleCount} people in ${result.teamCount} teams (${peopleFolder ? '_people/' : 'people.yml'})` : ''
console.log(`Generated ${result.pageCount} pages in ${folders} folders${company} (seed ${seed ?? 42}) into ${result.dir} in ${seconds} s.`)
