/**
 * The search-quality part of `npm run bench`: the relevance benchmark
 * (relevance.ts) on the starter handbook and on each generated handbook the
 * bench builds, written to bench-results/search-quality<label>.md and .json.
 *
 *     npm run bench -- --search-only [--peer pagefind]   # starter + BENCH_SIZES (default 1000), nothing else
 *     npm run bench -- --peer pagefind                   # the whole bench, search quality included
 *
 * In the whole bench, bench.ts hands each generated site to
 * addSearchQuality before removing it; writeSearchQuality adds the starter.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateHandbook } from '../lib/generate-handbook'
import { buildSite, createSiteCopy, projectRoot, removeSite } from '../lib/site'
import { generatedQueries, starterQueries, type BenchQuery } from './query-set'
import { measureSearchQuality, peersOf, qualityMarkdown, type QualityReport } from './relevance'

const reports: QualityReport[] = []

export async function addSearchQuality(title: string, publicDir: string, queries: readonly BenchQuery[], argv: readonly string[]): Promise<void> {
  process.stdout.write(`search quality: ${title}\n`)
  reports.push(await measureSearchQuality(title, publicDir, queries, { peers: peersOf(argv) }))
}

/** Builds a content folder in a fresh site copy, measures it, removes the copy. */
async function buildAndMeasure(title: string, contentDir: string, queries: readonly BenchQuery[], argv: readonly string[]): Promise<void> {
  const site = createSiteCopy('bench-search')
  try {
    process.stdout.write(`${title}: build… `)
    const build = await buildSite(site, { HANDBOOK_CONTENT_DIR: contentDir }, ['build'])
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
  await writeSearchQuality(argv)
}
