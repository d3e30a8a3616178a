/**
 * Search figures of a built site (its public folder) or of a content folder
 * (indexed here, without Gatsby): index bytes raw and gzip (in all, per 100
 * pages, and what the first query downloads), index load + first query
 * time, and latency p50/p95 of queries typed one character at a time, over
 * a fixed list of realistic queries. Also how often the right section is in
 * the first three results for queries made from page titles and headings.
 *
 * The engine is the one that runs in the browser (src/shared/search/engine.ts),
 * reading the files from disk: times are CPU time without the network.
 *
 *     npx tsx scripts/bench/search.ts <public-or-content-dir>
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { pathToFileURL } from 'node:url'
import { loadHandbook } from '../../src/content'
import { resolveSettings } from '../../src/content/settings'
import { buildSearchIndex, searchIndexFiles, searchPages } from '../../src/content/features/search/build'
import { SearchEngine, type SearchResults } from '../../src/shared/search/engine'
import { SEARCH_FOLDER, SEARCH_MANIFEST } from '../../src/shared/search/format'

/**
 * What people type into a handbook's search: topics, prefixes of them (as
 * typed), two-word questions, accented and unaccented words, tool names,
 * Japanese. Works on the starter and on generated handbooks alike.
 */
export const BENCH_QUERIES: readonly string[] = [
  'onboarding',
  'onb',
  'expenses',
  'expense report',
  'vacation policy',
  'time off',
  'on-call',
  'oncall escalation',
  'incident review',
  'security',
  'password',
  'laptop',
  'hiring manager',
  'interview',
  'promotion',
  'feedback',
  'compensation',
  'salary bands',
  'budget approval',
  'travel',
  'cafe',
  'café budget',
  'resume screening',
  'zurich trip',
  'remote work',
  'meeting notes',
  'okr',
  'roadmap planning',
  '1password',
  'slack channel',
  'github',
  'who approves',
  'first week',
  'checklist for the first day',
  'customer success',
  'renewal',
  'data pipeline',
  'accessibility',
  '東京',
  'オフィス',
]

export interface SearchFigures {
  pages: number
  sections: number
  files: number
  rawBytes: number
  gzipBytes: number
  /** Opening search: the manifest and the core file. */
  openGzipBytes: number
  /** Everything the first query of the list fetched (open, term shards, text shards for snippets). */
  firstQueryGzipBytes: number
  openMs: number
  /** Opening plus the first query with its snippets, from a cold engine. */
  openAndFirstQueryMs: number
  /** Each query typed a character at a time, each keystroke a search with snippets. */
  keystrokeP50Ms: number
  keystrokeP95Ms: number
  /** Whole queries on a warm engine. */
  queryP50Ms: number
  queryP95Ms: number
  relevance: { cases: number; top3: number; misses: string[] }
}

type FileReader = (name: string) => Buffer

const gzip = (data: Buffer) => zlib.gzipSync(data).length

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

const round = (value: number) => Math.round(value * 100) / 100

/** Reads the index from a built site, or builds it from a content folder. */
function indexSource(dir: string): { read: FileReader; names: string[] } {
  const folder = path.join(dir, SEARCH_FOLDER)
  if (fs.existsSync(path.join(folder, SEARCH_MANIFEST))) {
    return { read: (name) => fs.readFileSync(path.join(folder, name)), names: fs.readdirSync(folder) }
  }
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, process.cwd())
  const pages = searchPages(loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' }))
  const files = new Map(searchIndexFiles(buildSearchIndex(pages)).map((file) => [path.basename(file.path), Buffer.from(file.contents)]))
  return {
    read: (name) => {
      const data = files.get(name)
      if (!data) throw new Error(`no search file ${name}`)
      return data
    },
    names: [...files.keys()],
  }
}

/** An engine over the files, counting what it reads. Every read parses afresh (the engine decodes in place). */
async function openEngine(read: FileReader): Promise<{ engine: SearchEngine; fetched: Set<string> }> {
  const fetched = new Set<string>()
  const engine = await SearchEngine.open(async (name) => {
    fetched.add(name)
    return JSON.parse(read(name).toString('utf8')) as unknown
  })
  return { engine, fetched }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

async function searchWithSnippets(engine: SearchEngine, query: string): Promise<SearchResults> {
  return engine.addSnippets(await engine.search(query, { pages: 8, sectionsPerPage: 3 }))
}

export interface RelevanceCase {
  query: string
  /** Any of these `url#anchor` (or `url` for a page's top) counts as right. */
  expected: string[]
}

export interface TitledPage {
  url: string
  title: string
  sections: ReadonlyArray<{ anchor: string; heading: string }>
}

/** Pages with their section headings, as the index has them (every text shard is loaded). */
export async function titledPages(engine: SearchEngine): Promise<TitledPage[]> {
  return Promise.all(engine.pages.map(async ([url, title], page) => ({ url, title, sections: await engine.sectionsOf(page) })))
}

/**
 * Queries a reader would type to find a page or a section they know of:
 * the words of its title or heading, the last one cut short as if still
 * being typed. Only titles and headings of two words or more that no other
 * page or section shares ("Examples" under forty pages has no right answer).
 */
export function relevanceCases(pages: readonly TitledPage[], count = 40): RelevanceCase[] {
  const targets = pages.flatMap((page) => [
    { text: page.title, at: page.url },
    ...page.sections.filter((section) => section.heading).map((section) => ({ text: section.heading, at: `${page.url}#${section.anchor}` })),
  ])
  const uses = new Map<string, number>()
  for (const target of targets) uses.set(target.text.toLowerCase(), (uses.get(target.text.toLowerCase()) ?? 0) + 1)
  const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]{2}/u.test(word))
  const candidates = targets.filter((target) => uses.get(target.text.toLowerCase()) === 1 && words(target.text).length >= 2)
  const step = Math.max(1, Math.floor(candidates.length / count))
  const cases: RelevanceCase[] = []
  for (let i = 0; i < candidates.length && cases.length < count; i += step) {
    const target = candidates[i]!
    const typed = words(target.text)
    const last = typed[typed.length - 1]!
    typed[typed.length - 1] = last.length > 4 ? last.slice(0, Math.ceil(last.length * 0.7)) : last
    // Typed up to where it tells its target from the others ("All hands glossa" could be any of three glossaries).
    const short = typed.join(' ').toLowerCase()
    const ambiguous = targets.some((other) => other !== target && other.text.toLowerCase().startsWith(short))
    cases.push({ query: ambiguous ? words(target.text).join(' ') : typed.join(' '), expected: [target.at] })
  }
  return cases
}

export async function evaluateRelevance(engine: SearchEngine, cases: readonly RelevanceCase[]): Promise<SearchFigures['relevance']> {
  let top3 = 0
  const misses: string[] = []
  for (const testCase of cases) {
    const results = await engine.search(testCase.query, { pages: 3, sectionsPerPage: 3 })
    // The first three results as the list shows them: pages best first, each with its best sections.
    const found = results.pages.flatMap((page) => page.sections.map((section) => (section.anchor ? `${page.url}#${section.anchor}` : page.url))).slice(0, 3)
    if (found.some((at) => testCase.expected.includes(at))) top3++
    else misses.push(`${testCase.query} → ${found.join(', ') || 'nothing'} (wanted ${testCase.expected.slice(0, 2).join(', ')})`)
  }
  return { cases: cases.length, top3, misses }
}

/** All figures of the index in `dir`: a built site's public folder, or a content folder. */
export async function benchSearch(dir: string, queries: readonly string[] = BENCH_QUERIES): Promise<SearchFigures> {
  const source = indexSource(dir)
  const names = source.names.filter((name) => name.endsWith('.json'))
  const sizes = new Map(
    names.map((name) => {
      const data = source.read(name)
      return [name, { raw: data.length, gzip: gzip(data) }] as const
    }),
  )
  const gzipOf = (files: Iterable<string>) => [...files].reduce((sum, name) => sum + (sizes.get(name)?.gzip ?? 0), 0)

  // Cold: open, then the first query of the list with its snippets.
  const [{ engine, fetched }, openMs] = await timed(() => openEngine(source.read))
  const openGzipBytes = gzipOf(fetched)
  const [, firstQueryMs] = await timed(() => searchWithSnippets(engine, queries[0] ?? 'onboarding'))
  const firstQueryGzipBytes = gzipOf(fetched)

  // Typing: every prefix of every query, on a fresh engine (shards load as the words need them).
  const typing = (await openEngine(source.read)).engine
  const keystrokes: number[] = []
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      if (query[length - 1] === ' ') continue
      const [, ms] = await timed(() => searchWithSnippets(typing, query.slice(0, length)))
      keystrokes.push(ms)
    }
  }
  // Warm: whole queries again.
  const whole: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const query of queries) whole.push((await timed(() => searchWithSnippets(typing, query)))[1])
  }

  const pages = engine.pageCount
  return {
    pages,
    sections: engine.manifest.sections,
    files: names.length,
    rawBytes: [...sizes.values()].reduce((sum, size) => sum + size.raw, 0),
    gzipBytes: [...sizes.values()].reduce((sum, size) => sum + size.gzip, 0),
    openGzipBytes,
    firstQueryGzipBytes,
    openMs: round(openMs),
    openAndFirstQueryMs: round(openMs + firstQueryMs),
    keystrokeP50Ms: round(percentile(keystrokes, 50)),
    keystrokeP95Ms: round(percentile(keystrokes, 95)),
    queryP50Ms: round(percentile(whole, 50)),
    queryP95Ms: round(percentile(whole, 95)),
    relevance: await evaluateRelevance(engine, relevanceCases(await titledPages((await openEngine(source.read)).engine))),
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Flat, labelled figures for the `npm run bench` table (scripts/bench.ts). */
export async function measureSearch(dir: string): Promise<Record<string, number | string>> {
  const f = await benchSearch(dir)
  const per100 = (bytes: number) => (bytes / Math.max(1, f.pages)) * 100
  return {
    'index raw / gzip': `${kb(f.rawBytes)} / ${kb(f.gzipBytes)} in ${f.files} files`,
    'index per 100 pages (raw / gzip)': `${kb(per100(f.rawBytes))} / ${kb(per100(f.gzipBytes))}`,
    'downloaded on open (gzip)': kb(f.openGzipBytes),
    'downloaded by the first query (gzip)': kb(f.firstQueryGzipBytes),
    'index load + first query': `${f.openAndFirstQueryMs} ms`,
    'query p50 / p95 (as typed)': `${f.keystrokeP50Ms} / ${f.keystrokeP95Ms} ms`,
    'query p50 / p95 (whole, warm)': `${f.queryP50Ms} / ${f.queryP95Ms} ms`,
    'right section in top 3 (title and heading queries)': `${f.relevance.top3}/${f.relevance.cases}`,
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('Usage: npx tsx scripts/bench/search.ts <public-or-content-dir>')
    process.exit(1)
  }
  benchSearch(path.resolve(dir)).then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
