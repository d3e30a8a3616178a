/**
 * The relevance benchmark's arithmetic (scripts/bench/scoring.ts): result
 * links to pages, ranks, hits@k and MRR@5, percentiles, the tables.
 */
import { describe, expect, it } from 'vitest'
import { pageUrlOf, percentile, queryTable, rankOf, rankedPages, score, summaryTable, type EngineRun, type QueryOutcome } from '../../../../scripts/bench/scoring'

describe('pageUrlOf', () => {
  it('keeps the page of a section link, without anchor, prefix, index.html or trailing slash', () => {
    expect(pageUrlOf('/handbook/people/time-off#holidays')).toBe('/handbook/people/time-off')
    expect(pageUrlOf('/northwind/handbook/people/time-off#holidays', '/northwind')).toBe('/handbook/people/time-off')
    expect(pageUrlOf('http://127.0.0.1:9/northwind/editing/', '/northwind/')).toBe('/editing')
    expect(pageUrlOf('/handbook/people/time-off/')).toBe('/handbook/people/time-off')
    expect(pageUrlOf('/handbook/index.html')).toBe('/handbook')
    expect(pageUrlOf('/')).toBe('/')
    expect(pageUrlOf('/northwind', '/northwind')).toBe('/')
  })

  it('decodes percent-encoded paths (Japanese URLs), and tolerates bad escapes', () => {
    expect(pageUrlOf('/handbook/offices/%E6%9D%B1%E4%BA%AC#x')).toBe('/handbook/offices/東京')
    expect(pageUrlOf('/a/%E0%A4%A')).toBe('/a/%E0%A4%A')
  })

  it('does not take a prefix that is only the start of a segment', () => {
    expect(pageUrlOf('/northwinds/a', '/northwind')).toBe('/northwinds/a')
  })

  it('drops the link to the results page', () => {
    expect(pageUrlOf('/search?q=vacation')).toBeUndefined()
    expect(pageUrlOf('/northwind/search?q=pto', '/northwind')).toBeUndefined()
  })
})

describe('ranks', () => {
  it('counts a page once, where its first section is', () => {
    const pages = rankedPages(['/a#one', '/a#two', '/b', '/search?q=x', '/c#three', '/a'])
    expect(pages).toEqual(['/a', '/b', '/c'])
    expect(rankOf(pages, ['/c', '/b'])).toBe(2)
    expect(rankOf(pages, ['/z'])).toBeNull()
    expect(rankOf([], ['/a'])).toBeNull()
  })
})

describe('score', () => {
  it('hits@1, hits@3 and MRR counting ranks 1 to 5 only', () => {
    const s = score([{ rank: 1 }, { rank: 2 }, { rank: 3 }, { rank: 5 }, { rank: 6 }, { rank: null }])
    expect(s.queries).toBe(6)
    expect(s.hits1).toBe(1)
    expect(s.hits3).toBe(3)
    expect(s.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 3 + 1 / 5) / 6, 10)
  })

  it('is zero for no queries', () => {
    expect(score([])).toEqual({ queries: 0, hits1: 0, hits3: 0, mrr: 0 })
  })
})

describe('percentile', () => {
  it('is the nearest-rank percentile', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 95)).toBe(10)
    expect(percentile(values, 0)).toBe(1)
    expect(percentile([], 50)).toBe(0)
  })
})

describe('tables', () => {
  const outcome = (kind: QueryOutcome['kind'], query: string, rank: number | null, gzipBytes: number, latencyMs: number): QueryOutcome => ({
    kind,
    query,
    answers: ['/a'],
    pages: rank ? ['/a'] : [],
    rank,
    gzipBytes,
    requests: 3,
    latencyMs,
  })
  const runs: EngineRun[] = [
    { label: 'ours', outcomes: [outcome('typo', 'vacaton', null, 2048, 3), outcome('exact', 'a|b', 1, 4096, 5)] },
    { label: 'Pagefind', outcomes: [outcome('typo', 'vacaton', 2, 1024, 300), outcome('exact', 'a|b', 1, 1024, 400)] },
  ]

  it('puts the engines side by side, per kind and overall', () => {
    const table = summaryTable(runs)
    expect(table.split('\n')[0]).toBe('| | ours | Pagefind |')
    expect(table).toContain('| typo (1): MRR@5 | 0.00 | 0.50 |')
    expect(table).toContain('| exact (1): hits@1 | 1/1 (1.00) | 1/1 (1.00) |')
    expect(table).toContain('| **all** (2): MRR@5 | 0.50 | 0.75 |')
    expect(table).toContain('| "No results" shown | 1 | 0 |')
    expect(table).not.toContain('partial')
  })

  it('lists every query with rank, KB and ms per engine, pipes escaped', () => {
    const table = queryTable(runs)
    expect(table).toContain('| typo | vacaton | – | 2.0 | 3 | 2 | 1.0 | 300 |')
    expect(table).toContain('| exact | a\\|b | 1 | 4.0 | 5 | 1 | 1.0 | 400 |')
  })
})
