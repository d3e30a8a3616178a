/**
 * The two index designs of issue 35 measured side by side on the same
 * pages, without a Gatsby build: our postings (term shards, what the browser
 * fetches today) against FlexSearch 0.8 indexes (one `Index` per field,
 * our tokenizer as its `encode`, a custom `score` that files each hit by
 * BM25's term-frequency part, so BM25 survives FlexSearch keeping no term
 * frequencies), exported and their `map` chunks regrouped by the same
 * two-character term keys, as the issue's design would ship them.
 *
 *     node --import tsx scripts/bench/flexsearch-size.ts [pages=1000] [--content <dir>]
 *
 * Prints gzip KB: everything but the snippet text, and the median over the
 * generated query set of what a query fetches before its results (our engine's
 * own loads; for FlexSearch the core plus the key groups of the query's terms;
 * FlexSearch's keys are not split, ours are when large, and our typo
 * corrections load more keys).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import FlexSearch from 'flexsearch'
import { generateHandbook } from '../lib/generate-handbook'
import { contentLibrary } from '../../src/node/library'
import { fieldTerms } from '../../src/content/features/search/build'
import { SHARDED_FIELDS, shardKey } from '../../src/shared/search/format'
import { SearchEngine } from '../../src/shared/search/engine'
import { queryTerms } from '../../src/shared/search/tokenize'
import { generatedQueryRules } from './query-set'
import { bm25Tf } from '../../src/shared/search/ranking'

const gzip = (text: string) => zlib.gzipSync(text).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** Resolution slots: a hit's BM25 term-frequency part, best first (slot 0). */
const RESOLUTION = 9

async function main(argv: string[]): Promise<void> {
  const pages = Number(argv.find((arg) => /^\d+$/.test(arg)) ?? 1000)
  const at = argv.indexOf('--content')
  let content = at >= 0 ? argv[at + 1]! : ''
  const temporary = !content
  if (temporary) {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-flexsearch-size-'))
    generateHandbook(content, { pages })
  }
  try {
    // The content library bundle (as `npm run check` loads it): src/content's CommonJS dependencies need it under tsx.
    const library = contentLibrary()
    const settings = library.resolveSettings({}, { HANDBOOK_CONTENT_DIR: content }, process.cwd())
    const handbook = library.loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: true })
    const searched = library.searchPages(handbook)
    const files = library.buildSearchFiles(handbook).files
    const core = files.find((file) => /\/core-/.test(file.path))!
    const ourShards = files.filter((file) => /\/terms-/.test(file.path)).map((file) => gzip(file.contents))
    const ourAll = files.filter((file) => !/\/text-/.test(file.path)).reduce((sum, file) => sum + gzip(file.contents), 0)

    // FlexSearch: one Index per sharded field, section numbers as ids.
    const byKey = new Map<string, Array<[string, unknown]>>()
    let flexAll = 0
    for (const field of SHARDED_FIELDS) {
      const lengths: number[] = []
      const index = new FlexSearch.Index({
        encode: (text: string) => fieldTerms(field, text),
        resolution: RESOLUTION,
        score: (content: string[], term: string) => {
          const tf = content.filter((t) => t === term).length
          const part = bm25Tf(field, tf, content.length, 40) / 2.2
          return Math.max(0, Math.min(RESOLUTION - 1, Math.round((1 - part) * (RESOLUTION - 1))))
        },
      })
      let id = 0
      for (const page of searched) {
        for (const section of page.sections) {
          const text = field === 'heading' ? section.heading : field === 'text' ? section.text : section.code
          if (text) index.add(id, text)
          lengths.push(text.length)
          id++
        }
      }
      const chunks: Array<[string, string]> = []
      await index.export((key: string, data: string) => {
        chunks.push([key, data])
      })
      for (const [key, data] of chunks) {
        if (!key.endsWith('map')) {
          flexAll += gzip(data)
          continue
        }
        for (const entry of JSON.parse(data) as Array<[string, unknown]>) {
          const group = byKey.get(shardKey(entry[0])) ?? []
          group.push([`${field}:${entry[0]}`, entry[1]])
          byKey.set(shardKey(entry[0]), group)
        }
      }
    }
    const flexKeyBytes = new Map([...byKey].map(([key, group]) => [key, gzip(JSON.stringify(group))]))
    const flexShards = [...flexKeyBytes.values()]
    // Per query of the generated set: what each design fetches before results (text shards aside).
    const byName = new Map(files.map((file) => [file.path.split('/').pop()!, file.contents]))
    const ours: number[] = []
    const flex: number[] = []
    for (const { query } of generatedQueryRules()) {
      let fetched = 0
      const engine = await SearchEngine.open(async (name) => {
        if (!name.startsWith('text-')) fetched += gzip(byName.get(name)!)
        return JSON.parse(byName.get(name)!) as unknown
      })
      await engine.search(query, { sectionNames: false })
      ours.push(fetched)
      const keys = new Set(queryTerms(query).map((term) => shardKey(term.term)))
      flex.push(gzip(core.contents) + [...keys].reduce((sum, key) => sum + (flexKeyBytes.get(key) ?? 0), 0))
    }
    flexAll += flexShards.reduce((a, b) => a + b, 0) + gzip(core.contents)
    const coreGzip = gzip(core.contents)
    process.stdout.write(
      [
        `${searched.length} pages, ${searched.reduce((sum, page) => sum + page.sections.length, 0)} sections`,
        `| | all but text | key files | core | median query (generated set), before text |`,
        `|---|---|---|---|---|`,
        `| ours (postings) | ${kb(ourAll)} | ${ourShards.length} | ${kb(coreGzip)} | ${kb(median(ours))} |`,
        `| FlexSearch map by key | ${kb(flexAll)} | ${flexShards.length} | ${kb(coreGzip)} | ${kb(median(flex))} |`,
        '',
      ].join('\n'),
    )
  } finally {
    if (temporary) fs.rmSync(content, { recursive: true, force: true })
  }
}

main(process.argv.slice(2)).catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(1)
})
