#!/usr/bin/env node
/**
 * `npm test`: everything, in order of speed, stopping at the first failure.
 * lint (Biome's rules and formatting, biome.jsonc) → typecheck → unit →
 * build (fixture handbooks built with Gatsby) → browser (built sites driven
 * in Debian's Chromium, installed here when missing).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { withV8Pool } from './v8-pool.mjs'

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)

// Every process the tests start, with V8's background pool sized to the cores (v8-pool.mjs): on two cores the
// unit project took 76 s instead of 85 s, and each fixture build is the faster build measured in bench-results.
const nodeOptions = withV8Pool(process.env.NODE_OPTIONS)
if (nodeOptions) process.env.NODE_OPTIONS = nodeOptions

const RESULTS = path.resolve('test-results')
/** One row per step: what the summary at the end prints. */
const rows = []

function run(label, command, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = (Date.now() - started) / 1000
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed after ${seconds.toFixed(1)} s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${label} passed in ${seconds.toFixed(1)} s`)
  return seconds
}

/** Runs one vitest project; its test count comes from vitest's JSON report, its `expect` count from tests/support/count-expects.ts. */
function runProject(label, project, extraArgs = [], env = {}) {
  const report = path.join(RESULTS, `${project}.json`)
  const expects = path.join(RESULTS, 'expects', `${project}.txt`)
  fs.rmSync(report, { force: true })
  fs.rmSync(expects, { force: true })
  const seconds = run(label, process.execPath, [...vitest, '--project', project, ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env)
  const tests = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')).numTotalTests : undefined
  const calls = fs.existsSync(expects)
    ? fs
        .readFileSync(expects, 'utf8')
        .split('\n')
        .filter(Boolean)
        .reduce((sum, n) => sum + Number(n), 0)
    : undefined
  rows.push({ label, seconds, tests, calls })
}

/** Gatsby runs the fixture-site harness started (tests/support/fixture-site.ts logs each): the builds not read from its cache. */
function gatsbyRuns() {
  const log = path.join(RESULTS, 'gatsby-runs.jsonl')
  if (!fs.existsSync(log)) return { count: 0, seconds: 0 }
  const runs = fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  return { count: runs.length, seconds: runs.reduce((sum, run) => sum + run.seconds, 0) }
}

function summary(total) {
  const width = Math.max(...rows.map((row) => row.label.length))
  console.log('\nstep'.padEnd(width + 1), '   wall s   tests  expects')
  for (const row of rows) {
    console.log(row.label.padEnd(width), String(row.seconds.toFixed(1)).padStart(8), String(row.tests ?? '').padStart(7), String(row.calls ?? '').padStart(8))
  }
  console.log('total'.padEnd(width), String(total.toFixed(1)).padStart(8))
  const runs = gatsbyRuns()
  console.log(`Gatsby runs started: ${runs.count} (${runs.seconds.toFixed(0)} s of builds; the rest came from the fixture-site cache)`)
}

function findChromium() {
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate))
}

/** Debian's chromium, installed with apt-get when missing and we are root (CI); never a downloaded browser. */
function ensureChromium() {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error('Chromium is needed for the browser tests: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROMIUM_PATH.')
    process.exit(1)
  }
  run('install chromium', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'])
  const installed = findChromium()
  if (!installed) {
    console.error('apt-get installed chromium but no chromium binary was found.')
    process.exit(1)
  }
  return installed
}

const vitest = ['node_modules/vitest/vitest.mjs', 'run']
const BUILD_SLOTS = Number(process.env.HANDBOOK_TEST_BUILD_SLOTS ?? '2') || 2
const started = Date.now()
fs.rmSync(path.join(RESULTS, 'gatsby-runs.jsonl'), { force: true })
rows.push({ label: 'lint', seconds: run('lint', process.execPath, ['node_modules/@biomejs/biome/bin/biome', 'check', '--error-on-warnings']) })
const chromium = ensureChromium()
rows.push({ label: 'typecheck', seconds: run('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '-b']) })
// Vitest runs cores − 1 files at once: one on a 2-core machine, where two halve the unit project's wall time
// (104 s → 58 s measured on this project's 2-core machine).
// One module graph per worker (vitest.config.ts): the files that mock modules run apart, isolated.
runProject('unit tests', 'unit', ['--no-isolate', `--maxWorkers=${Math.max(2, os.availableParallelism() - 1)}`])
runProject('unit tests (mocking)', 'unit-isolated')
// Two fixture builds at once, each in its own copy of the project (HANDBOOK_TEST_BUILD_SLOTS, see
// tests/support/fixture-site.ts; one when unset): a small Gatsby build keeps 1.35 cores busy, and two
// together took the build project from 256 s to 184 s on the 2-core machine, both runs from an empty cache.
// No file mocks a module or changes the environment, so each worker keeps one module graph (--no-isolate): the
// harness and the content library it imports were loaded again for every file (build project from its cache:
// collect 29.5 s → 7.1 s, 95 s → 81 s).
runProject('build tests', 'build', ['--no-isolate', `--maxWorkers=${BUILD_SLOTS}`], { HANDBOOK_TEST_BUILD_SLOTS: String(BUILD_SLOTS) })
// Two files at once, but the files that time keystrokes and frames alone after them, which a second file's load
// would skew: most of a browser test waits on pages (two at once: 162 s → 137 s; the 2,000-card filter test failed
// its one-frame budget beside another file).
runProject('browser tests', 'e2e', ['--no-isolate', '--maxWorkers=2'], { CHROMIUM_PATH: chromium })
runProject('browser tests (timed, alone)', 'e2e-timed', ['--no-isolate', '--no-file-parallelism'], { CHROMIUM_PATH: chromium })
summary((Date.now() - started) / 1000)
console.log('\nAll tests passed.')
