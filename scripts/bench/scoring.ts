/**
 * The relevance benchmark's arithmetic, pure: result links to page URLs,
 * the rank of the first right page, hits@1, hits@3 and MRR@5 per kind and
 * overall, medians and p95s, and the Markdown tables (one column group per
 * engine, side by side).
 */
import { QUERY_KINDS, type BenchQuery } from './query-set'

/** What one engine did for one query, measured in the browser. */
export interface QueryOutcome extends BenchQuery {
  /** Distinct page URLs of the results, in the order shown. */
  pages: string[]
  /** 1-based rank of the first right page, or null when none is shown. */
  rank: number | null
  /** gzip bytes of every response from focusing search to settled results. */
  gzipBytes: number
  requests: number
  /** Last keystroke → results (or "no results") shown. */
  latencyMs: number
}

export interface Score {
  queries: number
  hits1: number
  hits3: number
  /** Mean reciprocal rank, counting ranks 1-5 only. */
  mrr: number
}

export interface EngineRun {
  label: string
  outcomes: QueryOutcome[]
}

/**
 * The page a result link points at, as the query sets write it: the path
 * without the site's path prefix, #anchor, query, `index.html` or trailing
 * slash, percent-decoded. The link to the results page (`/search?q=`) is no
 * page of the handbook: undefined.
 */
export function pageUrlOf(href: string, pathPrefix = ''): string | undefined {
  const url = new URL(href, 'http://bench.invalid/')
  let pathname = url.pathname
  const prefix = pathPrefix.replace(/\/+$/, '')
  if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) pathname = pathname.slice(prefix.length)
  pathname = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '')
  if (pathname.length > 1) pathname = pathname.replace(/\/+$/, '')
  let page: string
  try {
    page = decodeURIComponent(pathname) || '/'
  } catch {
    page = pathname || '/'
  }
  if (page === '/search' && url.search) return undefined
  return page
}

/** Distinct pages of result links, in order (a page with three sections counts once, where its first section is). */
export function rankedPages(hrefs: readonly string[], pathPrefix = ''): string[] {
  const pages: string[] = []
  for (const href of hrefs) {
    const page = pageUrlOf(href, pathPrefix)
    if (page !== undefined && !pages.includes(page)) pages.push(page)
  }
  return pages
}

export function rankOf(pages: readonly string[], answers: readonly string[]): number | null {
  const index = pages.findIndex((page) => answers.includes(page))
  return index < 0 ? null : index + 1
}

export function score(outcomes: readonly Pick<QueryOutcome, 'rank'>[]): Score {
  const n = outcomes.length
  const hits = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length
  const mrr = n === 0 ? 0 : outcomes.reduce((sum, o) => sum + (o.rank !== null && o.rank <= 5 ? 1 / o.rank : 0), 0) / n
  return { queries: n, hits1: hits(1), hits3: hits(3), mrr }
}

/** Nearest-rank percentile (p in 0-100); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${Math.round(value)} ms`
const fraction = (count: number, of: number) => (of === 0 ? 'n/a' : `${count}/${of} (${(count / of).toFixed(2)})`)

/** Rows: MRR@5, hits@1 and hits@3 per kind and overall; bytes and latency median and p95. Columns: the engines. */
export function summaryTable(runs: readonly EngineRun[]): string {
  const rows: string[][] = []
  const kinds = [...QUERY_KINDS.filter((kind) => runs.some((run) => run.outcomes.some((o) => o.kind === kind))), 'all'] as const
  for (const kind of kinds) {
    const scores = runs.map((run) => score(run.outcomes.filter((o) => kind === 'all' || o.kind === kind)))
    const label = kind === 'all' ? `**all** (${scores[0]?.queries ?? 0})` : `${kind} (${scores[0]?.queries ?? 0})`
    rows.push([`${label}: MRR@5`, ...scores.map((s) => s.mrr.toFixed(2))])
    rows.push([`${label}: hits@1`, ...scores.map((s) => fraction(s.hits1, s.queries))])
    rows.push([`${label}: hits@3`, ...scores.map((s) => fraction(s.hits3, s.queries))])
  }
  const stat = (pick: (o: QueryOutcome) => number, p: number, format: (v: number) => string) => runs.map((run) => format(percentile(run.outcomes.map(pick), p)))
  rows.push(['gzip fetched, focus → settled (median)', ...stat((o) => o.gzipBytes, 50, kb)])
  rows.push(['gzip fetched, focus → settled (p95)', ...stat((o) => o.gzipBytes, 95, kb)])
  rows.push(['last keystroke → results (median)', ...stat((o) => o.latencyMs, 50, ms)])
  rows.push(['last keystroke → results (p95)', ...stat((o) => o.latencyMs, 95, ms)])
  rows.push(['"No results" shown', ...runs.map((run) => String(run.outcomes.filter((o) => o.pages.length === 0).length))])
  const header = `| | ${runs.map((run) => run.label).join(' | ')} |`
  const rule = `|---|${runs.map(() => '---:').join('|')}|`
  return [header, rule, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

/** One row per query: its kind, then rank, bytes and latency of each engine. */
export function queryTable(runs: readonly EngineRun[]): string {
  const first = runs[0]?.outcomes ?? []
  const header = `| kind | query | ${runs.map((run) => `${run.label}: rank | KB | ms`).join(' | ')} |`
  const rule = `|---|---|${runs.map(() => '---:|---:|---:').join('|')}|`
  const lines = first.map((outcome, i) => {
    const cells = runs.map((run) => {
      const o = run.outcomes[i]
      if (!o) return '| |'
      return `${o.rank ?? '–'} | ${(o.gzipBytes / 1024).toFixed(1)} | ${Math.round(o.latencyMs)}`
    })
    return `| ${outcome.kind} | ${outcome.query.replace(/\|/g, '\\|')} | ${cells.join(' | ')} |`
  })
  return [header, rule, ...lines].join('\n')
}
