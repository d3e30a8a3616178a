/**
 * Search quality of a built site, measured in Chromium through the served
 * site's own search UI (see browser-search.ts), optionally side by side
 * with Pagefind on the same built pages:
 *
 *     npx tsx scripts/bench/relevance.ts <public-dir> [--set starter|generated] [--pages N]
 *         [--peer pagefind] [--prefix /path] [--start /page] [--out report.md]
 *
 * `--set generated` needs `--pages N`: the page count the generated
 * handbook was made with (seed 42), which decides the answers. The default
 * set is the starter's. `--prefix` is the path prefix the site was built
 * with (none by default). Prints the summary table and the per-query table.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launch, runQueries } from './browser-search'
import { indexWithPagefind, type PagefindIndex } from './pagefind'
import { generatedQueries, starterQueries, type BenchQuery } from './query-set'
import { queryTable, summaryTable, type EngineRun } from './scoring'
import { serveStatic } from '../lib/static-server'

export const PEERS = ['pagefind'] as const
export type Peer = (typeof PEERS)[number]

export interface QualityReport {
  title: string
  runs: EngineRun[]
  pagefind?: Omit<PagefindIndex, 'dir'>
}

export interface QualityOptions {
  peers?: readonly Peer[]
  pathPrefix?: string
  startPath?: string
  log?: (line: string) => void
}

export async function measureSearchQuality(title: string, publicDir: string, queries: readonly BenchQuery[], options: QualityOptions = {}): Promise<QualityReport> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const pagefind = options.peers?.includes('pagefind') ? await indexWithPagefind(publicDir) : undefined
  if (pagefind) log(`pagefind indexed ${pagefind.pages} pages in ${pagefind.seconds.toFixed(1)} s (${(pagefind.bytes / 1024).toFixed(0)} KB)`)
  const server = await serveStatic(publicDir, (options.pathPrefix ?? '').replace(/\/+$/, ''), { mounts: pagefind ? { '/pagefind': pagefind.dir } : {} })
  const browser = await launch()
  try {
    const common = { startPath: options.startPath, pathPrefix: options.pathPrefix, log }
    const runs: EngineRun[] = [{ label: 'ours', outcomes: await runQueries(browser, 'ours', server.url, queries, common) }]
    if (pagefind) runs.push({ label: 'Pagefind', outcomes: await runQueries(browser, 'pagefind', server.url, queries, common) })
    const report: QualityReport = { title, runs }
    if (pagefind) report.pagefind = { pages: pagefind.pages, seconds: pagefind.seconds, bytes: pagefind.bytes }
    return report
  } finally {
    await browser.close()
    await server.close()
    if (pagefind) fs.rmSync(pagefind.dir, { recursive: true, force: true })
  }
}

export function qualityMarkdown(report: QualityReport): string {
  const queries = report.runs[0]?.outcomes.length ?? 0
  const peer = report.pagefind ? `\n\nPagefind ${report.pagefind.pages} pages indexed (article region only), ${(report.pagefind.bytes / 1024).toFixed(0)} KB written.` : ''
  return [
    `### ${report.title}: ${queries} queries, each on a fresh page load, typed at 40 ms a key${peer}`,
    '',
    summaryTable(report.runs),
    '',
    '<details><summary>Per query: rank of the first right page (– none in the results), gzip KB fetched, ms from the last key to results</summary>',
    '',
    queryTable(report.runs),
    '',
    '</details>',
    '',
  ].join('\n')
}

/** `--peer X` (repeatable, or comma-separated) values this benchmark knows; other peers are someone else's. */
export function peersOf(argv: readonly string[]): Peer[] {
  const named: string[] = []
  argv.forEach((arg, i) => {
    if (arg === '--peer' && argv[i + 1]) named.push(...argv[i + 1]!.split(','))
    else if (arg.startsWith('--peer=')) named.push(...arg.slice('--peer='.length).split(','))
  })
  return PEERS.filter((peer) => named.includes(peer))
}

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name)
  return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1)
}

async function main(argv: readonly string[]): Promise<void> {
  const publicDir = argv[0] && !argv[0].startsWith('--') ? path.resolve(argv[0]) : undefined
  if (!publicDir || !fs.existsSync(path.join(publicDir, 'index.html')))
    throw new Error('Usage: npx tsx scripts/bench/relevance.ts <public-dir> [--set starter|generated] [--pages N] [--peer pagefind] [--prefix /path] [--out report.md]')
  const set = option(argv, '--set') ?? 'starter'
  const pages = Number(option(argv, '--pages'))
  if (set === 'generated' && !(pages > 0)) throw new Error('--set generated needs --pages N, the page count the handbook was generated with')
  const queries = set === 'generated' ? generatedQueries(pages) : starterQueries()
  const title = set === 'generated' ? `Generated handbook, ${pages.toLocaleString('en')} pages` : 'Starter handbook'
  const report = await measureSearchQuality(title, publicDir, queries, { peers: peersOf(argv), pathPrefix: option(argv, '--prefix'), startPath: option(argv, '--start') })
  const markdown = qualityMarkdown(report)
  process.stdout.write(`\n${markdown}`)
  const out = option(argv, '--out')
  if (out) {
    fs.writeFileSync(out, markdown)
    fs.writeFileSync(out.replace(/\.md$/, '') + '.json', `${JSON.stringify(report, null, 2)}\n`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((cause: unknown) => {
    process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
    process.exit(1)
  })
}
