/**
 * The relevance benchmark's query sets are valid: all five kinds, enough
 * queries, none twice, and every answer is a page that exists: in the
 * starter handbook (contents/), and in the generated handbook of 1,000 pages
 * (whose plan is the one generateHandbook writes), and in the real 18F
 * handbook (../shared/corpora/18f-handbook, when it is beside the project).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveSettings } from '../../../../src/content/settings'
import { loadHandbook } from '../../../../src/content'
import { generateHandbook } from '../../../../scripts/lib/generate-handbook'
import { REAL_CORPUS } from '../../../../scripts/bench/real-handbook'
import { QUERY_KINDS, generatedPlan, generatedQueries, generatedQueryRules, realQueries, starterQueries, type BenchQuery } from '../../../../scripts/bench/query-set'

function wellFormed(queries: readonly BenchQuery[]): void {
  expect(queries.length).toBeGreaterThanOrEqual(30)
  for (const kind of QUERY_KINDS) expect(queries.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(5)
  const texts = queries.map((q) => q.query.toLowerCase())
  expect(new Set(texts).size, 'no query twice').toBe(texts.length)
}

describe('the starter query set', () => {
  it('has every kind and no query twice', () => wellFormed(starterQueries()))

  it('answers only with pages of the starter handbook', () => {
    const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(__dirname, '..', '..', '..', '..', 'contents') }, process.cwd())
    const urls = new Set(loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' }).pages.map((page) => page.url))
    const missing = starterQueries().flatMap((q) => q.answers.filter((url) => !urls.has(url)).map((url) => `${q.query} → ${url}`))
    expect(missing).toEqual([])
  }, 60_000)
})

describe('the generated query set', () => {
  it('has every kind and no query twice', () => wellFormed(generatedQueryRules().map((rule) => ({ ...rule, answers: [] }))))

  it('has answers for every query at 1,000 pages, all of them pages of that handbook', () => {
    const queries = generatedQueries(1000)
    expect(queries.map((q) => q.query)).toEqual(generatedQueryRules().map((rule) => rule.query))
    const urls = new Set(generatedPlan(1000).map((page) => page.url))
    for (const q of queries) for (const url of q.answers) expect(urls.has(url), `${q.query} → ${url}`).toBe(true)
  })

  it('plans the pages generateHandbook writes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-queries-'))
    try {
      const written = generateHandbook(dir, { pages: 300 })
      expect(
        generatedPlan(300)
          .map((page) => page.sourcePath)
          .sort(),
      ).toEqual(written.files)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the real 18F query set', () => {
  it('has every kind and no query twice', () => wellFormed(realQueries()))

  it.skipIf(!fs.existsSync(path.join(REAL_CORPUS, 'pages')))(
    'answers only with pages of the 18F handbook',
    () => {
      const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: path.join(REAL_CORPUS, 'pages') }, process.cwd())
      const urls = new Set(loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' }).pages.map((page) => page.url))
      const missing = realQueries().flatMap((q) => q.answers.filter((url) => !urls.has(url)).map((url) => `${q.query} → ${url}`))
      expect(missing).toEqual([])
    },
    // Loading 246 real pages: 20 s on a quiet machine.
    180_000,
  )
})
