/**
 * Search on a generated 1,000-page handbook (the index its build wrote, the
 * build large-handbook.test.ts asks for too): queries made from titles and headings, typed the way a
 * person types them, find their section in the first three results, and the
 * index stays small enough to load on first use. Figures go to
 * test-results/search-index.json; `npm run bench` measures 100 to 5,000 pages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import { benchSearch, type SearchFigures } from '../../scripts/bench/search'
import { generatedSite } from '../support/generated-site'

const PAGES = 1000
let figures: SearchFigures

beforeAll(async () => {
  const { site } = await generatedSite(PAGES)
  expect(site.build.code).toBe(0)
  figures = await benchSearch(site.publicDir)
  fs.mkdirSync(path.join(projectRoot, 'test-results'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, 'test-results', 'search-index.json'), `${JSON.stringify(figures, null, 2)}\n`)
})

describe('search on a 1,000-page handbook', () => {
  it('finds the right section in the first three results', () => {
    expect(figures.relevance.misses).toEqual([])
    expect(figures.relevance.cases).toBe(40)
  })

  it('keeps the index small, and what the first query needs smaller', () => {
    const kb = (bytes: number) => bytes / 1024
    expect(figures.pages).toBe(PAGES)
    // Everything, gzip: ~239 KB per 100 pages of generated text. Snippet text is three quarters of it, one small
    // file per page (a result shown fetches its page's, ~1.8 KB), which compress less well in all; the term files
    // are FlexSearch's exported entries with each slot's ids as differences (~0.5 MB at 1,000 pages; a query
    // fetches one or two of them).
    expect(kb(figures.gzipBytes) / (PAGES / 100)).toBeLessThan(260)
    // Opening search fetches the manifest and the core file only.
    expect(kb(figures.openGzipBytes)).toBeLessThan(120)
    // The first query adds the term shards of its words and the text of the results shown.
    expect(kb(figures.firstQueryGzipBytes)).toBeLessThan(250)
  })

  it('answers as you type', () => {
    // Generous bounds for a shared machine; the figures themselves are in test-results/search-index.json.
    expect(figures.openAndFirstQueryMs).toBeLessThan(1000)
    expect(figures.keystrokeP95Ms).toBeLessThan(100)
  })
})
