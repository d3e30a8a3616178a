/**
 * The search benchmark without a Gatsby build or a browser: the index is
 * built from the loaded handbook (as the search wing builds it) and the
 * real engine answers each query of the frozen sets in Node, as the header
 * search asks it (every keystroke, then the snippets of the results shown),
 * on a fresh engine per query. Cheaper than `npm run bench -- --search-only`
 * on a loaded machine, and the same engine code the browser runs.
 *
 *     node --import tsx scripts/bench/offline-search.ts [--sets starter,generated,18f] [--pages 1000] [--sizes 5000]
 *         [--json out.json] [--against earlier.json --label name]
 *
 * Prints, per set: MRR@5 per kind (./scoring.ts), typos in the top 3, and
 * the gzip KB of the index files fetched from opening search to settled
 * results (the search code chunk, fetched once, is not in them); latency is
 * the last key's search in Node. `--sizes` adds more generated handbooks.
 * `--json` keeps the outcomes; `--against` puts an earlier run's (another
 * branch's, say) beside them, column by column.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { performance } from 'node:perf_hooks'
import { generateHandbook } from '../lib/generate-handbook'
import { contentLibrary } from '../../src/node/library'
import { SearchEngine } from '../../src/shared/search/engine'
import { generatedQueries, realQueries, starterQueries, type BenchQuery } from './query-set'
import { rankOf, rankedPages, summaryTable, type EngineRun, type QueryOutcome } from './scoring'
import { REAL_CORPUS } from './real-handbook'

/** As the header search asks (src/client/search/combobox.ts). */
const RESULT_PAGES = 8
const SECTIONS_PER_PAGE = 3

const gzipSize = (text: string) => Math.min(Buffer.byteLength(text), zlib.gzipSync(text).length)

/** Builds the search files of a content folder in memory: name → contents. */
function searchFilesOf(contentDir: string, env: Record<string, string> = {}): Map<string, string> {
  const library = contentLibrary()
  const settings = library.resolveSettings({}, { ...env, HANDBOOK_CONTENT_DIR: contentDir }, process.cwd())
  const handbook = library.loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: true })
  return new Map(library.buildSearchFiles(handbook).files.map((file) => [path.basename(file.path), file.contents]))
}

/** One query as the header search runs it, typed key by key on a fresh page: its ranked pages, bytes and last key → results time. */
async function runQuery(files: ReadonlyMap<string, string>, q: BenchQuery): Promise<QueryOutcome> {
  let bytes = 0
  let requests = 0
  const engine = await SearchEngine.open(async (name) => {
    const contents = files.get(name)
    if (contents === undefined) throw new Error(`${name}: not in the index`)
    bytes += gzipSize(contents)
    requests++
    return JSON.parse(contents) as unknown
  })
  const options = { pages: RESULT_PAGES, sectionsPerPage: SECTIONS_PER_PAGE, sectionNames: false }
  for (let end = 1; end < q.query.length; end++) await engine.search(q.query.slice(0, end), options)
  const start = performance.now()
  const results = await engine.search(q.query, options)
  const latencyMs = performance.now() - start
  await engine.addSnippets(results)
  const pages = rankedPages(results.pages.map((page) => page.url))
  return { ...q, pages, rank: rankOf(pages, q.answers), gzipBytes: bytes, requests, latencyMs }
}

type Outcomes = Record<string, QueryOutcome[]>

const typosTop3 = (outcomes: readonly QueryOutcome[]) => {
  const typos = outcomes.filter((outcome) => outcome.kind === 'typo')
  return `${typos.filter((outcome) => outcome.rank !== null && outcome.rank <= 3).length} of ${typos.length}`
}

/** A set's table: this run's outcomes, beside an earlier run's when given. */
function report(title: string, outcomes: QueryOutcome[], label: string, earlier?: { label: string; outcomes: QueryOutcome[] }): string {
  const runs: EngineRun[] = [...(earlier ? [earlier] : []), { label, outcomes }]
  return [`### ${title}`, '', summaryTable(runs), `| typos in the top 3 | ${runs.map((run) => typosTop3(run.outcomes)).join(' | ')} |`, ''].join('\n')
}

function withTemporary<T>(prefix: string, run: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return run(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }))
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const sets = (option('--sets') ?? 'starter,generated,18f').split(',')
  const pages = Number(option('--pages') ?? 1000)
  const sizes = (option('--sizes') ?? '').split(',').filter(Boolean).map(Number)
  const label = option('--label') ?? 'this branch'
  const againstFile = option('--against')
  const earlier = againstFile ? (JSON.parse(fs.readFileSync(againstFile, 'utf8')) as { label: string; outcomes: Outcomes }) : undefined
  const all: Outcomes = {}
  const measure = async (title: string, files: ReadonlyMap<string, string>, queries: readonly BenchQuery[]) => {
    const outcomes: QueryOutcome[] = []
    for (const q of queries) outcomes.push(await runQuery(files, q))
    all[title] = outcomes
    const before = earlier?.outcomes[title]
    process.stdout.write(`${report(title, outcomes, label, before ? { label: earlier!.label, outcomes: before } : undefined)}\n`)
  }
  process.stdout.write(
    `Load average at start: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}\n\n`,
  )
  if (sets.includes('starter')) await measure('starter', searchFilesOf(path.resolve('contents')), starterQueries())
  const generated = async (size: number) =>
    withTemporary('offline-search-', async (dir) => {
      generateHandbook(dir, { pages: size })
      await measure(`generated ${size} pages`, searchFilesOf(dir), generatedQueries(size))
    })
  if (sets.includes('generated')) await generated(pages)
  if (sets.includes('18f') && fs.existsSync(REAL_CORPUS)) {
    await withTemporary('offline-search-18f-', async (dir) => {
      fs.cpSync(REAL_CORPUS, dir, { recursive: true })
      fs.copyFileSync(path.resolve('tests/fixtures/18f-handbook.yml'), path.join(dir, 'pages', 'handbook.yml'))
      await measure('18F handbook', searchFilesOf(path.join(dir, 'pages'), { HANDBOOK_TODAY: '2026-12-01' }), realQueries())
    })
  }
  for (const size of sizes) await generated(size)
  process.stdout.write(
    `Load average at end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}\n`,
  )
  const jsonFile = option('--json')
  if (jsonFile) fs.writeFileSync(jsonFile, `${JSON.stringify({ label, outcomes: all })}\n`)
}

main(process.argv.slice(2)).catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(1)
})
