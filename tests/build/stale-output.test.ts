/**
 * Two handbooks built in turn in one project folder (issue 30): the second
 * build leaves nothing of the first in public/ (its pages and their data,
 * redirect pages, Markdown copies, search entries, linked images). The first
 * is the Hugo fixture's build, which the migration tests read (pages,
 * aliases, an image); its public/ is copied, never changed, so their cached
 * build stays as it was whatever the order of the test files. The second is
 * built as after a project upgrade, where Gatsby forgets its own pages of the
 * first (fixtureSiteAfter): everything of the first that goes, the
 * handbook's build removes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HUGO_SITE } from '../support/fixture-settings'
import { fixtureSite, fixtureSiteAfter, type FixtureSite } from '../support/fixture-site'

let first: FixtureSite
let second: FixtureSite

beforeAll(async () => {
  first = await fixtureSite('hugo', { env: HUGO_SITE })
  second = await fixtureSiteAfter(first, 'check-clean')
  if (second.build.code !== 0) console.error(second.build.output)
})

afterAll(() => second?.dispose())

/** Every file under `folder`, relative to it, with forward slashes. */
function filesOf(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

/** The text files of a built site (pages, data, copies, search index, site files) that hold one of `words`. */
function holding(site: FixtureSite, words: string[]): string[] {
  return filesOf(site.publicDir)
    .filter((file) => /\.(html|json|md|txt|xml)$/.test(file) || file === '_redirects')
    .filter((file) => {
      const text = fs.readFileSync(path.join(site.publicDir, file), 'utf8')
      return words.some((word) => text.includes(word))
    })
}

/** The old URLs the first build's `_redirects` lists, without the leading slash. */
function redirectedUrls(site: FixtureSite): string[] {
  return fs
    .readFileSync(path.join(site.publicDir, '_redirects'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => decodeURI(line.split(' ')[0] ?? '').replace(/^\/+/, ''))
}

describe('a handbook built after another in the same project folder', () => {
  it('builds, and says how many files of the earlier build it removed', () => {
    expect(second.build.code).toBe(0)
    expect(second.build.output).toMatch(/handbook: \d+ files of an earlier build removed/)
  })

  it('has its own pages and linked files', () => {
    expect([...second.pages().keys()].sort()).toEqual(['/', '/404', '/changes', '/guide', '/guide/first', '/guide/second', '/search'])
    expect(second.exists('guide/square.svg')).toBe(true)
    expect(second.exists('guide/first.md')).toBe(true)
  })

  it('keeps none of the earlier pages, their data and Markdown copies, nor its redirect pages', () => {
    const secondUrls = new Set(second.pages().keys())
    const gone = [...first.pages().keys()].filter((url) => !secondUrls.has(url))
    expect(gone.length).toBeGreaterThan(5)
    for (const url of gone) {
      expect(second.exists(`${url}/index.html`), url).toBe(false)
      expect(second.exists(`page-data${url}/page-data.json`), url).toBe(false)
      expect(second.exists(`${url}.md`), url).toBe(false)
    }
    const redirects = redirectedUrls(first)
    expect(redirects.sort()).toEqual(['about/history', 'history', 'holidays'])
    for (const old of redirects) {
      expect(first.exists(`${old}/index.html`), old).toBe(true)
      expect(second.exists(`${old}/index.html`), old).toBe(false)
    }
    expect(first.exists('product/images/wireframe.png')).toBe(true)
    expect(second.exists('product/images/wireframe.png')).toBe(false)
  })

  it('has no file that still holds the earlier handbook’s words or addresses', () => {
    // Words only the Hugo handbook has: any page, copy, redirect page or search shard of it would hold one.
    const earlier = ['28 days of paid time off', 'working-here/time-off', 'wireframe']
    for (const words of earlier) expect(holding(first, [words]).length, words).toBeGreaterThan(0)
    expect(filesOf(second.publicDir).some((file) => file.startsWith('_handbook/search/'))).toBe(true)
    expect(holding(second, earlier)).toEqual([])
  })
})
