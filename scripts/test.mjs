#!/usr/bin/env node
/**
 * `npm test`: everything, in order of speed, stopping at the first failure.
 * typecheck → unit → build (fixture handbooks built with Gatsby) → browser
 * (built sites driven in Debian's Chromium, installed here when missing).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)

function run(label, command, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed after ${seconds} s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${label} passed in ${seconds} s`)
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
const chromium = ensureChromium()
run('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '-b'])
run('unit tests', process.execPath, [...vitest, '--project', 'unit'])
run('build tests', process.execPath, [...vitest, '--project', 'build', '--no-file-parallelism'])
run('browser tests', process.execPath, [...vitest, '--project', 'e2e', '--no-file-parallelism'], { CHROMIUM_PATH: chromium })
console.log('\nAll tests passed.')
