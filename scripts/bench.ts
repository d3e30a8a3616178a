/**
 * `npm run bench`: builds generated handbooks of 100, 1,000 and 5,000 pages
 * (deterministic, see scripts/lib/generate-handbook.ts) and writes what
 * readers and editors feel: build times, memory, page weight, search index
 * size and speed, check time. Results go to bench-results/bench.json and a
 * Markdown table in bench-results/bench.md.
 *
 *   npm run bench                     # 100, 1000, 5000 pages
 *   BENCH_SIZES=100,1000 npm run bench
 *   BENCH_PEOPLE=500 npm run bench    # the people figure with 500 people (default 2000; 0 skips it)
 *   npm run bench -- --search-only --peer pagefind   # search quality only (scripts/bench/search-quality.ts)
 *   npm run bench -- --peer starlight # side by side with Starlight (scripts/bench/starlight.ts), then the real handbook with Starlight too
 *   npm run bench -- --real           # only the real handbook (scripts/bench/real-handbook.ts)
 *   npm run bench -- --real --peer starlight --profile   # …beside Starlight, and a --cpu-prof profile of one cold build
 *
 * After the generated sizes, the real 18F handbook in ../shared/corpora/18f-handbook
 * (beside the project; skipped with a note when missing): cold build, stages,
 * one-page edit, check, memory, the load average, written to
 * bench-results/real-18f.{json,md}. While it does not build unedited, it is
 * measured with its shortcode mapping added (tests/fixtures/18f-handbook.yml), as listed.
 *
 * The people figure builds the handbook of the first size once more with
 * BENCH_PEOPLE people (one file each, _people/<id>.yml) and reports what
 * they add to the cold build (medians of BENCH_PEOPLE_RUNS, default 3, cold
 * builds taken in turn with and without them), and the weight of the people directory and
 * the org chart (the issue's budget: under 5 s and under 400 KB gzip at
 * 2,000 people).
 *
 * The machine is shared: compare figures from one run, as ratios.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { parse } from 'node-html-parser'
import { generateHandbook } from './lib/generate-handbook'
import { buildSite, createSiteCopy, projectRoot, removeSite, type BuildResult, type SiteCopy } from './lib/site'
import { urlFromSourcePath } from '../src/content/links/url'
import { generatedQueries } from './bench/query-set'
import { addSearchQuality, runSearchOnly, writeSearchQuality } from './bench/search-quality'
import { folderBytes } from './lib/folder-bytes'
import { timedCheck } from './bench/timed-check'

interface Figures {
  pages: number
  coldBuildSeconds: number
  warmRebuildSeconds: number
  peakRssMb: number | null
  outputMb: number
  checkSeconds: number
  typicalPage: {
    url: string
    htmlBytes: number
    htmlGzipBytes: number
    sidebarHtmlBytes: number
    sidebarHtmlGzipBytes: number
    firstLoadJsGzipBytes: number
    firstLoadCssGzipBytes: number
    scripts: string[]
  }
  search: Record<string, unknown> | null
}

interface PeopleFigures {
  pages: number
  people: number
  teams: number
  coldBuildSeconds: number
  /** Cold builds taken for each median, in turn without and with people. */
  runs: number
  /** The same handbook's cold build without people (median). */
  coldBuildWithoutSeconds: number
  addedSeconds: number
  directory: { url: string; htmlBytes: number; htmlGzipBytes: number; cards: number }
  orgChart: { url: string; htmlBytes: number; htmlGzipBytes: number }
}

/** The issue's budget for a directory of 2,000 people. */
const PEOPLE_BUDGET = { addedSeconds: 5, directoryGzipBytes: 400 * 1024 }

const gzipSize = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 }).length

function mustSucceed(label: string, result: BuildResult): BuildResult {
  if (result.code !== 0) {
    process.stderr.write(result.output.slice(-4000))
    throw new Error(`${label} failed`)
  }
  return result
}

/** A page deep in the handbook, with a sidebar and a table of contents: what a reader opens most. */
function typicalPageOf(files: readonly string[]): string {
  const pages = files.filter((file) => !/(^|\/)index\.md$/.test(file) && !file.includes('tokyo')).sort()
  return pages[Math.floor(pages.length / 2)]!
}

/** Bytes a page makes the browser fetch before it is usable: its HTML, its scripts (static imports too) and stylesheets. */
function pageWeight(site: SiteCopy, url: string): Figures['typicalPage'] {
  const file = path.join(site.publicDir, ...url.split('/').filter(Boolean), 'index.html')
  const html = fs.readFileSync(file, 'utf8')
  const root = parse(html, { blockTextElements: { script: true, style: true } })
  const local = (href: string) => path.join(site.publicDir, href.replace(/^\/+/, ''))
  const scripts = root.querySelectorAll('script[src], link[rel="modulepreload"]').map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
  // Static imports of a module are fetched before it runs: follow them.
  const seen = new Set<string>()
  const queue = [...scripts]
  let jsGzip = 0
  while (queue.length > 0) {
    const src = queue.shift()!
    if (seen.has(src) || !fs.existsSync(local(src))) continue
    seen.add(src)
    const code = fs.readFileSync(local(src), 'utf8')
    jsGzip += gzipSize(code)
    for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(src), match[1]!))
    }
  }
  const inlineJs = root.querySelectorAll('script:not([src])').reduce((sum, el) => sum + gzipSize(el.textContent), 0)
  const css = root.querySelectorAll('link[rel="stylesheet"]').reduce((sum, el) => sum + gzipSize(fs.readFileSync(local(el.getAttribute('href')!))), 0)
  const sidebar = root.querySelector('nav[data-sidebar]')?.outerHTML ?? ''
  return {
    url,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSize(html),
    sidebarHtmlBytes: Buffer.byteLength(sidebar),
    sidebarHtmlGzipBytes: gzipSize(sidebar),
    firstLoadJsGzipBytes: jsGzip + inlineJs,
    firstLoadCssGzipBytes: css,
    scripts: [...seen],
  }
}

async function searchFigures(publicDir: string): Promise<Record<string, unknown> | null> {
  const module = path.join(projectRoot, 'scripts', 'bench', 'search.ts')
  if (!fs.existsSync(module)) return null
  const { measureSearch } = (await import(module)) as { measureSearch: (publicDir: string) => Promise<Record<string, unknown>> }
  return measureSearch(publicDir)
}

async function benchmark(pages: number): Promise<Figures> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-${pages}-`))
  const generated = generateHandbook(content, { pages })
  const site = createSiteCopy(`bench-${pages}`)
  try {
    process.stdout.write(`${pages} pages: cold build… `)
    const cold = mustSucceed('cold build', await buildSite(site, { HANDBOOK_CONTENT_DIR: content }))
    process.stdout.write(`${(cold.durationMs / 1000).toFixed(1)} s; warm rebuild… `)
    const typical = typicalPageOf(generated.files)
    fs.appendFileSync(path.join(content, typical), '\n\nOne more paragraph, added by the benchmark to measure a rebuild after a one-page edit.\n')
    const warm = mustSucceed('warm rebuild', await buildSite(site, { HANDBOOK_CONTENT_DIR: content }))
    process.stdout.write(`${(warm.durationMs / 1000).toFixed(1)} s; check… `)
    const checkSeconds = timedCheck(content).seconds
    process.stdout.write(`${checkSeconds.toFixed(1)} s\n`)
    await addSearchQuality(`Generated handbook, ${pages.toLocaleString('en')} pages`, site.publicDir, generatedQueries(pages), process.argv.slice(2))
    return {
      pages,
      coldBuildSeconds: round(cold.durationMs / 1000),
      warmRebuildSeconds: round(warm.durationMs / 1000),
      peakRssMb: cold.peakRssKb ? Math.round(Math.max(cold.peakRssKb, warm.peakRssKb ?? 0) / 1024) : null,
      outputMb: round(folderBytes(site.publicDir) / 1024 / 1024),
      checkSeconds: round(checkSeconds),
      typicalPage: pageWeight(site, urlFromSourcePath(typical)),
      search: await searchFigures(site.publicDir),
    }
  } finally {
    removeSite(site)
    fs.rmSync(content, { recursive: true, force: true })
  }
}

/** The HTML file Gatsby writes for a URL: `<url>/index.html`, or `<url>.html` when trailing slashes are off. */
function htmlFileOf(publicDir: string, url: string): string {
  const parts = url.split('/').filter(Boolean)
  const asFolder = path.join(publicDir, ...parts, 'index.html')
  if (fs.existsSync(asFolder) || parts.length === 0) return asFolder
  return path.join(publicDir, ...parts.slice(0, -1), `${parts.at(-1)!}.html`)
}

/**
 * The handbook of `pages` pages again, with `people` people in the folder
 * layout: the cold build, and the directory and org chart it makes. The
 * generated pages are the same as without people but for a few blocks, so
 * the difference in build time is what the people cost.
 */
async function peopleBenchmark(pages: number, people: number): Promise<PeopleFigures> {
  const runs = Math.max(1, Number(process.env.BENCH_PEOPLE_RUNS ?? '3') || 3)
  const plain = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-${pages}-no-people-`))
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-${pages}-people-${people}-`))
  generateHandbook(plain, { pages })
  const generated = generateHandbook(content, { pages, people, peopleLayout: 'folder' })
  const sites: SiteCopy[] = []
  try {
    // Cold builds taken in turn, without and with the people, each in a fresh copy: the machine's noise falls on both alike.
    const times = { without: [] as number[], with: [] as number[] }
    let site: SiteCopy | undefined
    for (let run = 1; run <= runs; run++) {
      for (const variant of ['without', 'with'] as const) {
        const copy = createSiteCopy(`bench-${pages}-people-${variant}`)
        sites.push(copy)
        process.stdout.write(`${pages} pages ${variant} ${people} people, cold build ${run}/${runs}… `)
        const cold = mustSucceed(`cold build ${variant} people`, await buildSite(copy, { HANDBOOK_CONTENT_DIR: variant === 'with' ? content : plain }))
        process.stdout.write(`${(cold.durationMs / 1000).toFixed(1)} s\n`)
        times[variant].push(cold.durationMs / 1000)
        if (variant === 'with') site = copy
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    // The default addresses: a bench of a handbook with peopleUrl set would read it from the settings.
    const weigh = (url: string) => {
      const file = htmlFileOf(site!.publicDir, url)
      if (!fs.existsSync(file)) throw new Error(`the build wrote no page for ${url} (looked for ${path.relative(site!.publicDir, file)})`)
      const html = fs.readFileSync(file, 'utf8')
      return { url, html, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSize(html) }
    }
    const directory = weigh('/people')
    const orgChart = weigh('/people/org-chart')
    const ids = new Set(
      parse(directory.html)
        .querySelectorAll('main [id]')
        .map((el) => el.getAttribute('id')),
    )
    const cards = fs.readdirSync(path.join(content, '_people')).filter((file) => ids.has(file.replace(/\.yml$/, ''))).length
    const withSeconds = median(times.with)
    const withoutSeconds = median(times.without)
    return {
      pages,
      people: generated.peopleCount,
      teams: generated.teamCount,
      runs,
      coldBuildSeconds: round(withSeconds),
      coldBuildWithoutSeconds: round(withoutSeconds),
      addedSeconds: round(withSeconds - withoutSeconds),
      directory: { url: directory.url, htmlBytes: directory.htmlBytes, htmlGzipBytes: directory.htmlGzipBytes, cards },
      orgChart: { url: orgChart.url, htmlBytes: orgChart.htmlBytes, htmlGzipBytes: orgChart.htmlGzipBytes },
    }
  } finally {
    for (const copy of sites) removeSite(copy)
    fs.rmSync(content, { recursive: true, force: true })
    fs.rmSync(plain, { recursive: true, force: true })
  }
}

function peopleTable(f: PeopleFigures): string {
  const within = (ok: boolean) => (ok ? 'within budget' : '**over budget**')
  return [
    `| ${f.pages.toLocaleString('en')} pages, ${f.people.toLocaleString('en')} people in ${f.teams} teams | |`,
    '|---|---:|',
    `| Cold build with people / without (medians of ${f.runs}, taken in turn) | ${f.coldBuildSeconds} s / ${f.coldBuildWithoutSeconds} s |`,
    `| Added by the people (budget ${PEOPLE_BUDGET.addedSeconds} s) | ${f.addedSeconds} s, ${within(f.addedSeconds < PEOPLE_BUDGET.addedSeconds)} |`,
    `| \`${f.directory.url}\` HTML (raw / gzip; budget ${kb(PEOPLE_BUDGET.directoryGzipBytes)} gzip) | ${kb(f.directory.htmlBytes)} / ${kb(f.directory.htmlGzipBytes)}, ${within(f.directory.htmlGzipBytes < PEOPLE_BUDGET.directoryGzipBytes)} |`,
    `| …cards found by person id | ${f.directory.cards} of ${f.people} |`,
    `| \`${f.orgChart.url}\` HTML (raw / gzip) | ${kb(f.orgChart.htmlBytes)} / ${kb(f.orgChart.htmlGzipBytes)} |`,
  ].join('\n')
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function table(results: readonly Figures[]): string {
  const rows: [string, (f: Figures) => string][] = [
    ['Cold build', (f) => `${f.coldBuildSeconds} s`],
    ['Rebuild after a one-page edit', (f) => `${f.warmRebuildSeconds} s`],
    ['Peak memory (RSS)', (f) => (f.peakRssMb ? `${f.peakRssMb} MB` : 'n/a')],
    ['Output size', (f) => `${f.outputMb} MB`],
    ['`npm run check`', (f) => `${f.checkSeconds} s`],
    ['Typical page HTML (raw / gzip)', (f) => `${kb(f.typicalPage.htmlBytes)} / ${kb(f.typicalPage.htmlGzipBytes)}`],
    ['…of which sidebar (raw / gzip)', (f) => `${kb(f.typicalPage.sidebarHtmlBytes)} / ${kb(f.typicalPage.sidebarHtmlGzipBytes)}`],
    ['First-load JS (gzip)', (f) => kb(f.typicalPage.firstLoadJsGzipBytes)],
    ['First-load CSS (gzip)', (f) => kb(f.typicalPage.firstLoadCssGzipBytes)],
  ]
  const searchKeys = new Set(results.flatMap((f) => Object.keys(f.search ?? {}).filter((key) => typeof f.search![key] === 'number' || typeof f.search![key] === 'string')))
  for (const key of searchKeys) rows.push([`Search: ${key}`, (f) => String(f.search?.[key] ?? 'n/a')])
  const header = `| | ${results.map((f) => `${f.pages.toLocaleString('en')} pages`).join(' | ')} |`
  const rule = `|---|${results.map(() => '---:').join('|')}|`
  return [header, rule, ...rows.map(([label, value]) => `| ${label} | ${results.map(value).join(' | ')} |`)].join('\n')
}

async function main(): Promise<void> {
  const peer = process.argv.includes('--peer') ? process.argv[process.argv.indexOf('--peer') + 1] : undefined
  const real = async () => (await import('./bench/real-handbook')).benchRealHandbook({ typicalPageOf, mustSucceed }, { starlight: peer === 'starlight', profile: process.argv.includes('--profile') })
  if (process.argv.includes('--real')) return void (await real())
  if (peer === 'starlight') {
    await (await import('./bench/starlight')).benchStarlight({ typicalPageOf, mustSucceed })
    return void (await real())
  }
  if (process.argv.includes('--search-only')) return runSearchOnly(process.argv.slice(2))
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((n) => n > 0)
  const peopleCount = Number(process.env.BENCH_PEOPLE ?? '2000')
  if (!Number.isInteger(peopleCount) || peopleCount < 0) throw new Error(`BENCH_PEOPLE must be a whole number, got "${process.env.BENCH_PEOPLE}"`)
  const results: Figures[] = []
  let people: PeopleFigures | null = null
  for (const size of sizes) {
    const figures = await benchmark(size)
    results.push(figures)
    // Right after the build it is compared with, so both run on the machine in the same state.
    if (results.length === 1 && peopleCount > 0) people = await peopleBenchmark(size, peopleCount)
  }
  const outDir = path.join(projectRoot, 'bench-results')
  fs.mkdirSync(outDir, { recursive: true })
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
  const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : ''
  fs.writeFileSync(path.join(outDir, `bench${label}.json`), `${JSON.stringify({ date: new Date().toISOString(), machine, results, people }, null, 2)}\n`)
  const peopleSection = people ? `\n## People\n\n${peopleTable(people)}\n` : ''
  const markdown = `# Benchmark${label}\n\n${new Date().toISOString().slice(0, 10)}, ${machine}\n\n${table(results)}\n${peopleSection}`
  fs.writeFileSync(path.join(outDir, `bench${label}.md`), markdown)
  process.stdout.write(`\n${markdown}\nWritten to bench-results/bench${label}.json and bench-results/bench${label}.md\n`)
  await writeSearchQuality(process.argv.slice(2))
  await real()
}

main().catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(1)
})
