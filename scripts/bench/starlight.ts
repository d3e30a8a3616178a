/**
 * `npm run bench -- --peer starlight`: the same generated handbooks built by
 * us and by Starlight (starlight-project.ts), side by side with ratios (ours
 * ÷ Starlight's: below 1 is better for us). Not part of `npm test`.
 *
 *   npm run bench -- --peer starlight                        # 1,000 and 5,000 pages, 3 runs
 *   BENCH_SIZES=100 BENCH_RUNS=1 npm run bench -- --peer starlight
 *
 * Per run and side, taken in turn (ours, Starlight's, ours, …) so the shared
 * machine's noise falls on both alike: a cold build (ours in a fresh project
 * copy, Starlight's with its caches removed), the same one-paragraph body edit
 * to the same page, a rebuild; then, from cold again, the dev server started
 * until that page is served, and a save until the saved text is served
 * (starlight-develop.ts). Peak memory is GNU time's maximum resident set of
 * the largest single process in the build's process tree (%M: for us the
 * Gatsby process or one of its workers, whichever is largest; for Starlight
 * Astro's process or Pagefind's), the larger of the cold build and rebuild.
 * Figures are medians over BENCH_RUNS (default 3). Results go to
 * bench-results/starlight.{json,md}.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHandbook } from '../lib/generate-handbook'
import { buildSite, createSiteCopy, DEFAULT_TODAY, GATSBY_CLI, projectRoot, removeSite, type BuildResult } from '../lib/site'
import { urlFromSourcePath } from '../../src/content/links/url'
import { starlightRoute } from './starlight-convert'
import { measureDevelop, type DevelopFigures, type DevelopServer } from './starlight-develop'
import { ASTRO_ENV, ASTRO_VERSION, buildStarlight, htmlFilesIn, installStarlight, loadHandbook, STARLIGHT_VERSION, type StarlightSite } from './starlight-project'

/** What bench.ts already does, handed over rather than written twice. */
export interface BenchHelpers {
  typicalPageOf(files: readonly string[]): string
  mustSucceed(label: string, result: BuildResult): BuildResult
}

interface Run {
  coldSeconds: number
  rebuildSeconds: number
  peakRssMb: number | null
  developStartSeconds: number
  developSaveSeconds: number
  developLaterSaveSeconds: number
  /** HTML files in the output folder. */
  htmlFiles: number
  /** Generated pages with an HTML page of their own in the output. */
  pagesFound: number
}

interface SizeResult {
  pages: number
  typicalPage: string
  ours: Run[]
  starlight: Run[]
}

/** The same body edit on both sides: a paragraph appended to the page. */
export const EDIT = '\n\nOne more paragraph, added by the benchmark to measure a rebuild after a one-page edit.\n'
const startMarker = (run: number) => `Benchmark develop marker ${run} before start.`
const savedMarker = (run: number) => `Benchmark develop marker ${run} after saving.`

/** A dev server measured on `file`: the start marker written into it first, then measureDevelop's wait, save and wait. */
function developOn(file: string, run: number, server: Omit<DevelopServer, 'file'>): Promise<DevelopFigures> {
  fs.appendFileSync(file, `\n\n${startMarker(run)}\n`)
  return measureDevelop({ ...server, file }, startMarker(run), savedMarker(run))
}

/** Our `develop` in the project copy `siteDir` on `content`: until `page` is served, and from its save until the saved text is. */
export function developOurs(siteDir: string, content: string, page: string, run: number, env: Record<string, string> = {}): Promise<DevelopFigures> {
  const url = urlFromSourcePath(page)
  return developOn(path.join(content, page), run, {
    command: process.execPath,
    args: [GATSBY_CLI, 'develop', '--host', '127.0.0.1', '--port', '{port}'],
    cwd: siteDir,
    // Not CI=true: Gatsby then turns query-on-demand off and writes every page's data first, which no editor's develop does.
    env: { HANDBOOK_TODAY: DEFAULT_TODAY, ...env, HANDBOOK_CONTENT_DIR: content, GATSBY_TELEMETRY_DISABLED: '1', CI: '', NO_COLOR: '1' },
    urlPath: encodeURI(`/page-data${url === '/' ? '/index' : url}/page-data.json`),
  })
}

/** `astro dev` on the Starlight project's pages, measured the same way. */
export function developStarlight(site: StarlightSite, page: string, run: number): Promise<DevelopFigures> {
  const route = starlightRoute(page)
  return developOn(path.join(site.docsDir, page), run, {
    command: process.execPath,
    args: [site.astroCli, 'dev', '--host', '127.0.0.1', '--port', '{port}'],
    cwd: site.dir,
    env: ASTRO_ENV,
    urlPath: encodeURI(route ? `/${route}/` : '/'),
  })
}

const log = (text: string) => process.stdout.write(text)
const seconds = (ms: number) => ms / 1000
const peakOf = (...builds: BuildResult[]) => {
  const peaks = builds.map((build) => build.peakRssKb ?? 0)
  return Math.max(...peaks) > 0 ? Math.round(Math.max(...peaks) / 1024) : null
}

/** `<route>/index.html` or `<route>.html` in an output folder. */
function hasPage(outputDir: string, route: string): boolean {
  const parts = route.split('/').filter(Boolean)
  if (fs.existsSync(path.join(outputDir, ...parts, 'index.html'))) return true
  return parts.length > 0 && fs.existsSync(path.join(outputDir, ...parts.slice(0, -1), `${parts.at(-1)!}.html`))
}

function freshContent(pristine: string, label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-starlight-${label}-`))
  fs.cpSync(pristine, dir, { recursive: true })
  return dir
}

async function runOurs(helpers: BenchHelpers, pristine: string, files: readonly string[], typical: string, run: number): Promise<Run> {
  const content = freshContent(pristine, 'ours')
  const site = createSiteCopy('bench-starlight-ours')
  const devSite = createSiteCopy('bench-starlight-ours-develop')
  try {
    log('  ours: cold build… ')
    const cold = helpers.mustSucceed('our cold build', await buildSite(site, { HANDBOOK_CONTENT_DIR: content }))
    log(`${seconds(cold.durationMs).toFixed(1)} s; rebuild… `)
    fs.appendFileSync(path.join(content, typical), EDIT)
    const warm = helpers.mustSucceed('our rebuild', await buildSite(site, { HANDBOOK_CONTENT_DIR: content }))
    log(`${seconds(warm.durationMs).toFixed(1)} s; develop… `)
    const htmlFiles = htmlFilesIn(site.publicDir).length
    const pagesFound = files.filter((file) => hasPage(site.publicDir, urlFromSourcePath(file))).length
    removeSite(site)

    fs.cpSync(pristine, content, { recursive: true })
    const develop = await developOurs(devSite.dir, content, typical, run)
    log(`${develop.startSeconds.toFixed(1)} s, save ${develop.saveSeconds.toFixed(2)} s, later saves ${develop.laterSaveSeconds.toFixed(2)} s\n`)
    return figures(cold, warm, develop, htmlFiles, pagesFound)
  } finally {
    removeSite(site)
    removeSite(devSite)
    fs.rmSync(content, { recursive: true, force: true })
  }
}

async function runStarlight(helpers: BenchHelpers, site: StarlightSite, pristine: string, files: readonly string[], typical: string, run: number): Promise<Run> {
  log('  Starlight: cold build… ')
  loadHandbook(site, pristine)
  const cold = helpers.mustSucceed('Starlight cold build', await buildStarlight(site))
  log(`${seconds(cold.durationMs).toFixed(1)} s; rebuild… `)
  fs.appendFileSync(path.join(site.docsDir, typical), EDIT)
  const warm = helpers.mustSucceed('Starlight rebuild', await buildStarlight(site))
  log(`${seconds(warm.durationMs).toFixed(1)} s; develop… `)
  const htmlFiles = htmlFilesIn(site.publicDir).length
  const pagesFound = files.filter((file) => hasPage(site.publicDir, starlightRoute(file))).length

  loadHandbook(site, pristine)
  const develop = await developStarlight(site, typical, run)
  log(`${develop.startSeconds.toFixed(1)} s, save ${develop.saveSeconds.toFixed(2)} s, later saves ${develop.laterSaveSeconds.toFixed(2)} s\n`)
  return figures(cold, warm, develop, htmlFiles, pagesFound)
}

function figures(cold: BuildResult, warm: BuildResult, develop: DevelopFigures, htmlFiles: number, pagesFound: number): Run {
  return {
    coldSeconds: seconds(cold.durationMs),
    rebuildSeconds: seconds(warm.durationMs),
    peakRssMb: peakOf(cold, warm),
    developStartSeconds: develop.startSeconds,
    developSaveSeconds: develop.saveSeconds,
    developLaterSaveSeconds: develop.laterSaveSeconds,
    htmlFiles,
    pagesFound,
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function table(result: SizeResult, runs: number): string {
  const med = (side: Run[], key: keyof Run) => {
    const values = side.map((run) => run[key]).filter((value): value is number => typeof value === 'number')
    return values.length > 0 ? median(values) : null
  }
  const row = (label: string, key: keyof Run, format: (value: number) => string) => {
    const ours = med(result.ours, key)
    const theirs = med(result.starlight, key)
    const ratio = ours !== null && theirs ? `${(ours / theirs).toFixed(2)}×` : 'n/a'
    const show = (value: number | null) => (value === null ? 'n/a' : format(value))
    return `| ${label} | ${show(ours)} | ${show(theirs)} | ${ratio} |`
  }
  const s = (value: number) => `${value.toFixed(1)} s`
  const gb = (mb: number) => `${(mb / 1024).toFixed(2)} GB`
  const count = (value: number) => value.toLocaleString('en')
  return [
    `### ${result.pages.toLocaleString('en')} generated pages (medians of ${runs} run${runs === 1 ? '' : 's'} taken in turn; edited page \`${result.typicalPage}\`)`,
    '',
    `| | ours | Starlight ${STARLIGHT_VERSION} (Astro ${ASTRO_VERSION}) | ratio |`,
    '|---|---:|---:|---:|',
    row('cold build', 'coldSeconds', s),
    row('rebuild after a one-page edit', 'rebuildSeconds', s),
    row('peak memory (largest process)', 'peakRssMb', gb),
    row('`develop`: start until the page is served', 'developStartSeconds', s),
    row('`develop`: save until the edit is served (1 s after the first page)', 'developSaveSeconds', (value) => `${value.toFixed(2)} s`),
    row('`develop`: later saves, settled (median of 3, 3 s apart)', 'developLaterSaveSeconds', (value) => `${value.toFixed(2)} s`),
    row('pages built (HTML files written)', 'htmlFiles', count),
    row(`generated pages with their own HTML page (of ${count(result.pages)})`, 'pagesFound', count),
  ].join('\n')
}

export async function benchStarlight(helpers: BenchHelpers): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,5000')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
  const runs = Number(process.env.BENCH_RUNS ?? '3')
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive whole number, got "${process.env.BENCH_RUNS}"`)
  const site = installStarlight(log)
  const results: SizeResult[] = []
  for (const pages of sizes) {
    const pristine = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-starlight-${pages}-`))
    try {
      const generated = generateHandbook(pristine, { pages })
      const typical = helpers.typicalPageOf(generated.files)
      const result: SizeResult = { pages, typicalPage: typical, ours: [], starlight: [] }
      for (let run = 1; run <= runs; run++) {
        log(`${pages} pages, run ${run}/${runs}\n`)
        result.ours.push(await runOurs(helpers, pristine, generated.files, typical, run))
        result.starlight.push(await runStarlight(helpers, site, pristine, generated.files, typical, run))
      }
      results.push(result)
    } finally {
      fs.rmSync(pristine, { recursive: true, force: true })
    }
  }
  const outDir = path.join(projectRoot, 'bench-results')
  fs.mkdirSync(outDir, { recursive: true })
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
  const date = new Date().toISOString()
  fs.writeFileSync(path.join(outDir, 'starlight.json'), `${JSON.stringify({ date, machine, starlight: STARLIGHT_VERSION, astro: ASTRO_VERSION, runs, results }, null, 2)}\n`)
  const markdown = `# Benchmark: us and Starlight\n\n${date.slice(0, 10)}, ${machine}. Ratio: ours ÷ Starlight's.\n\n${results.map((result) => table(result, runs)).join('\n\n')}\n`
  fs.writeFileSync(path.join(outDir, 'starlight.md'), markdown)
  log(`\n${markdown}\nWritten to bench-results/starlight.json and bench-results/starlight.md\n`)
}
