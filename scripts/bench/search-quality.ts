/**
 * The search-quality part of `npm run bench`: the relevance benchmark
 * (relevance.ts) on the starter handbook and on each generated handbook the
 * bench builds, written to bench-results/search-quality<label>.md and .json.
 *
 *     npm run bench -- --search-only [--peer pagefind]   # starter + BENCH_SIZES (default 1000) + the real 18F handbook, nothing else
 *     npm run bench -- --peer pagefind                   # the whole bench, search quality included
 *
 * In the whole bench, bench.ts hands each generated site to
 * addSearchQuality before removing it; writeSearchQuality adds the starter.
 *
 * `--search-only` also measures the real 18F handbook (../shared/corpora/18f-handbook,
 * copied first; skipped with a note when missing) with its own query set
 * (queries/18f.json), built as bench/real-handbook.ts builds it: its pages/
 * folder with the shortcode mapping tests/fixtures/18f-handbook.yml as
 * pages/handbook.yml, and its own broken links reported as warnings.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHandbook } from '../lib/generate-handbook'
import { buildSite, createSiteCopy, projectRoot, removeSite } from '../lib/site'
import { generatedQueries, realQueries, starterQueries, type BenchQuery } from './query-set'
import { REAL_CORPUS } from './real-handbook'
import { measureSearchQuality, peersOf, qualityMarkdown, type QualityReport } from './relevance'

const reports: QualityReport[] = []

export async function addSearchQuality(title: string, publicDir: string, queries: readonly BenchQuery[], argv: readonly string[]): Promise<void> {
  process.stdout.write(`search quality: ${title}\n`)
  reports.push(await measureSearchQuality(title, publicDir, queries, { peers: peersOf(argv) }))
}

/** Builds a content folder in a fresh site copy, measures it, removes the copy. */
async function buildAndMeasure(title: string, contentDir: string, queries: readonly BenchQuery[], argv: readonly string[], env: Record<string, string> = {}): Promise<void> {
  const site = createSiteCopy('bench-search')
  try {
    process.stdout.write(`${title}: build… `)
    const build = await buildSite(site, { ...env, HANDBOOK_CONTENT_DIR: contentDir }, ['build'])
    if (build.code !== 0) {
      process.stderr.write(build.output.slice(-4000))
      throw new Error(`${title}: build failed`)
    }
    process.stdout.write(`${(build.durationMs / 1000).toFixed(1)} s\n`)
    await addSearchQuality(title, site.publicDir, queries, argv)
  } finally {
    removeSite(site)
  }
}

/** Measures the starter, then writes every report gathered. */
export async function writeSearchQuality(argv: readonly string[]): Promise<void> {
  await buildAndMeasure('Starter handbook', path.join(projectRoot, 'contents'), starterQueries(), argv)
  const outDir = path.join(projectRoot, 'bench-results')
  fs.mkdirSync(outDir, { recursive: true })
  const label = process.env.BENCH_LABEL ? `-${process.env.BENCH_LABEL}` : ''
  const machine = `${os.cpus().length} cores, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
  const ordered = [...reports.filter((r) => r.title.startsWith('Starter')), ...reports.filter((r) => !r.title.startsWith('Starter'))]
  const markdown = `## Search quality${label ? ` (${process.env.BENCH_LABEL})` : ''}\n\n${new Date().toISOString().slice(0, 10)}, ${machine}\n\n${ordered.map(qualityMarkdown).join('\n')}`
  fs.writeFileSync(path.join(outDir, `search-quality${label}.md`), markdown)
  fs.writeFileSync(path.join(outDir, `search-quality${label}.json`), `${JSON.stringify({ date: new Date().toISOString(), machine, reports: ordered }, null, 2)}\n`)
  process.stdout.write(`\n${markdown}\nWritten to bench-results/search-quality${label}.md and .json\n`)
}

/** `--search-only`: the generated handbooks of BENCH_SIZES (default 1000) and the starter, no other figures. */
export async function runSearchOnly(argv: readonly string[]): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000')
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((n) => n > 0)
  for (const pages of sizes) {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-bench-search-${pages}-`))
    try {
      generateHandbook(content, { pages })
      await buildAndMeasure(`Generated handbook, ${pages.toLocaleString('en')} pages`, content, generatedQueries(pages), argv)
    } finally {
      fs.rmSync(content, { recursive: true, force: true })
    }
  }
  await measureReal(argv)
  await writeSearchQuality(argv)
}

/** The real 18F handbook with its own query set, in a copy (the corpus is read-only). */
async function measureReal(argv: readonly string[]): Promise<void> {
  if (!fs.existsSync(path.join(REAL_CORPUS, 'pages'))) {
    process.stdout.write(`Real handbook: skipped, ${path.relative(projectRoot, REAL_CORPUS)} is missing.\n`)
    return
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-bench-search-18f-'))
  try {
    fs.cpSync(REAL_CORPUS, copy, { recursive: true })
    fs.copyFileSync(path.join(projectRoot, 'tests', 'fixtures', '18f-handbook.yml'), path.join(copy, 'pages', 'handbook.yml'))
    await buildAndMeasure('Real handbook (18F)', path.join(copy, 'pages'), realQueries(), argv, { HANDBOOK_BROKEN_LINKS: 'warn' })
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
  }
}
