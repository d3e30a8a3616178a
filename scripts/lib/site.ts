/**
 * Builds handbook sites for tests and benchmarks, each in its own copy of
 * the project (sharing node_modules), so builds never clobber each other's
 * .cache/public or the developer's own build.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** What a copy of the project holds besides node_modules (a symlink): everything a build reads. */
export const PROJECT_FILES = [
  'package.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.build.json',
  'tsconfig.ui.json',
  'tsconfig.tests.json',
  'gatsby-config.ts',
  'gatsby-node.ts',
  'gatsby-ssr.tsx',
  'gatsby-browser.tsx',
  'handbook.config.ts',
  'src',
  'static',
]

export interface SiteCopy {
  dir: string
  publicDir: string
}

/** A fresh copy of the project in a temporary folder. */
export function createSiteCopy(label = 'site'): SiteCopy {
  return copyProjectTo(fs.mkdtempSync(path.join(os.tmpdir(), `handbook-${label}-`)))
}

/** Copies the project into `dir` (made if missing), node_modules linked, not copied. */
export function copyProjectTo(dir: string): SiteCopy {
  fs.mkdirSync(dir, { recursive: true })
  for (const entry of PROJECT_FILES) {
    fs.cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true, preserveTimestamps: true })
  }
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return { dir, publicDir: path.join(dir, 'public') }
}

/** How the tests and the bench run Gatsby: as `npm run build` and `npm run develop` do (scripts/gatsby.mjs). */
export const GATSBY_CLI = path.join(projectRoot, 'scripts', 'gatsby.mjs')

export interface BuildResult {
  code: number
  /** stdout and stderr together, without colour codes. */
  output: string
  durationMs: number
  peakRssKb?: number
}

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/**
 * The "today" of test and benchmark builds, so review dates never turn stale
 * as the calendar moves. The caller's environment (process.env, then `env`)
 * wins. `npm start` does not come through here: it uses the real clock.
 */
export const DEFAULT_TODAY = '2026-12-01'

/**
 * Runs `gatsby build --prefix-paths` (or `cli` with `command`, e.g. Astro's for the Starlight bench) in a site copy with the given
 * environment. `nodeArgs` go to Node before the CLI (the bench's `--cpu-prof`: Node refuses it in NODE_OPTIONS).
 */
export function buildSite(site: SiteCopy, env: Record<string, string>, command = ['build', '--prefix-paths'], cli = GATSBY_CLI, nodeArgs: readonly string[] = []): Promise<BuildResult> {
  const started = Date.now()
  const gatsby = cli
  // GNU time reports the peak memory of the whole process tree's largest member when available.
  const timeBinary = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
  const args = timeBinary ? ['-f', 'PEAK_RSS_KB=%M', process.execPath, ...nodeArgs, gatsby, ...command] : [...nodeArgs, gatsby, ...command]
  return new Promise((resolve, reject) => {
    const child = spawn(timeBinary ?? process.execPath, args, {
      cwd: site.dir,
      env: { HANDBOOK_TODAY: DEFAULT_TODAY, ...process.env, GATSBY_TELEMETRY_DISABLED: '1', CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const clean = output.replace(ANSI, '')
      const peak = /PEAK_RSS_KB=(\d+)/.exec(clean)
      resolve({
        code: code ?? 1,
        output: clean,
        durationMs: Date.now() - started,
        ...(peak ? { peakRssKb: Number(peak[1]) } : {}),
      })
    })
  })
}

export function removeSite(site: SiteCopy): void {
  fs.rmSync(site.dir, { recursive: true, force: true })
}
