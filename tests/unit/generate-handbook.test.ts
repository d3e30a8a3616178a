import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, resolveSettings, type Handbook } from '../../src/content'
import { generateHandbook, type GeneratedHandbook } from '../../scripts/lib/generate-handbook'

const PAGES = 300
const temporary: string[] = []

function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-generated-${label}-`))
  temporary.push(dir)
  return dir
}

/** Every file under `dir` (pages and images), by relative path. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(folder, entry.name), rel)
      else files.set(rel, fs.readFileSync(path.join(folder, entry.name), 'utf8'))
    }
  }
  walk(dir, '')
  return files
}

function load(dir: string): Handbook {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, process.cwd())
  return loadHandbook(settings, { includeDrafts: true, hrefPrefix: '' })
}

/** Every link that does not land where it should, as "page: href (why)". */
function brokenLinks(handbook: Handbook, dir: string): string[] {
  const bySource = new Map(handbook.pages.map((page) => [page.sourcePath, page]))
  const problems: string[] = []
  for (const page of handbook.pages) {
    for (const use of page.links) {
      const where = `${page.sourcePath}: ${use.href}`
      const target = use.target
      switch (target.kind) {
        case 'broken':
          problems.push(`${where} (${target.reason})`)
          break
        case 'page': {
          const linked = bySource.get(target.route.sourcePath)
          if (!linked) problems.push(`${where} (no loaded page ${target.route.sourcePath})`)
          else if (target.anchor !== undefined && !linked.headings.some((h) => h.id === target.anchor)) {
            problems.push(`${where} (no heading #${target.anchor} on ${linked.sourcePath})`)
          }
          if (use.embedded) problems.push(`${where} (a page embedded as an image)`)
          break
        }
        case 'file':
          if (!fs.existsSync(path.join(dir, target.sourcePath))) problems.push(`${where} (missing file ${target.sourcePath})`)
          if (!use.embedded) problems.push(`${where} (a link to a file, expected a page)`)
          break
        case 'external':
          if (!/^https:\/\/(?:[a-z]+\.)?example\.(?:com|org)\//.test(target.href)) problems.push(`${where} (unexpected external link)`)
          break
        case 'same-page':
        case 'other':
          problems.push(`${where} (unexpected ${target.kind} link)`)
          break
      }
    }
  }
  return problems
}

function internalLinks(page: Handbook['pages'][number]) {
  return page.links.filter((use) => use.target.kind === 'page')
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true })
})

describe(`a generated handbook of ${PAGES} pages`, () => {
  let first: GeneratedHandbook
  let second: GeneratedHandbook
  let handbook: Handbook

  beforeAll(() => {
    first = generateHandbook(tempDir('a'), { pages: PAGES, seed: 42 })
    second = generateHandbook(tempDir('b'), { pages: PAGES, seed: 42 })
    handbook = load(first.dir)
  }, 120_000)

  it('is byte-identical for the same seed and page count', () => {
    expect(second.files).toEqual(first.files)
    const a = readTree(first.dir)
    const b = readTree(second.dir)
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [file, content] of a) expect(b.get(file), file).toBe(content)
  })

  it('uses 42 as the default seed, and another seed gives another handbook', () => {
    const byDefault = generateHandbook(tempDir('default'), { pages: PAGES })
    expect(readTree(byDefault.dir)).toEqual(readTree(first.dir))
    const other = generateHandbook(tempDir('other'), { pages: PAGES, seed: 7 })
    expect(other.pageCount).toBe(PAGES)
    expect(readTree(other.dir)).not.toEqual(readTree(first.dir))
  })

  it('has exactly the requested number of pages, an index page in every folder', () => {
    expect(first.pageCount).toBe(PAGES)
    expect(first.files).toHaveLength(PAGES)
    expect(new Set(first.files).size).toBe(PAGES)
    const onDisk = [...readTree(first.dir).keys()].filter((file) => file.endsWith('.md'))
    expect(onDisk.sort()).toEqual([...first.files].sort())
    expect(first.files).toContain('index.md')
    const folders = new Set(first.files.map((file) => path.posix.dirname(file)).filter((folder) => folder !== '.'))
    for (const folder of folders) expect(first.files, folder).toContain(`${folder}/index.md`)
    const images = [...readTree(first.dir).keys()].filter((file) => !file.endsWith('.md'))
    for (const image of images) expect(image).toMatch(/(?:^|\/)images\/diagram-\d+\.svg$/)
  })

  it('loads with the real library without a single diagnostic', () => {
    expect(handbook.diagnostics).toEqual([])
    expect(handbook.pages).toHaveLength(PAGES)
  })

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(handbook, first.dir)).toEqual([])
  })

  it('gives every page 3 to 6 internal links to other pages (the home page links to every section)', () => {
    for (const page of handbook.pages) {
      const links = internalLinks(page)
      for (const use of links) {
        if (use.target.kind === 'page') expect(use.target.route.sourcePath, page.sourcePath).not.toBe(page.sourcePath)
      }
      if (page.sourcePath === 'index.md') {
        const sections = handbook.pages.filter((p) => /^[^/]+\/index\.md$/.test(p.sourcePath))
        expect(links.length).toBe(sections.length)
      } else {
        expect(links.length, page.sourcePath).toBeGreaterThanOrEqual(3)
        expect(links.length, page.sourcePath).toBeLessThanOrEqual(6)
      }
    }
  })

  it('links in every form editors use: .md paths, .md with anchors, site URLs', () => {
    const hrefs = handbook.pages.flatMap((page) => internalLinks(page).map((use) => use.href))
    expect(hrefs.some((href) => /^\.\.\/.*\.md$/.test(href))).toBe(true)
    expect(hrefs.some((href) => /\.md#[^#]+$/.test(href))).toBe(true)
    expect(hrefs.some((href) => /^\/[^#]+$/.test(href) && !href.endsWith('.md'))).toBe(true)
    expect(hrefs.some((href) => /^\/[^#]+#.+$/.test(href))).toBe(true)
    const anchored = handbook.pages.flatMap((page) => internalLinks(page)).filter((use) => use.target.kind === 'page' && use.target.anchor)
    expect(anchored.length).toBeGreaterThan(PAGES / 3)
  })

  it('gives headings unique ids within each page', () => {
    for (const page of handbook.pages) {
      const ids = page.headings.map((h) => h.id)
      expect(new Set(ids).size, page.sourcePath).toBe(ids.length)
    }
  })

  it('has the variety of a real handbook', () => {
    const pages = handbook.pages
    const count = (test: (page: Handbook['pages'][number]) => boolean) => pages.filter(test).length
    // Titles from frontmatter, from a # heading, and from the file name.
    expect(count((p) => p.titleFrom === 'frontmatter')).toBeGreaterThan(PAGES * 0.7)
    expect(count((p) => p.titleFrom === 'heading')).toBeGreaterThan(PAGES * 0.04)
    expect(count((p) => p.titleFrom === 'file')).toBeGreaterThan(0)
    expect(count((p) => p.position !== undefined)).toBeGreaterThan(PAGES * 0.1)
    expect(count((p) => p.frontmatter.sidebar !== undefined)).toBe(0)
    // Japanese pages, in their own folder.
    const japanese = pages.filter((p) => p.lang === 'ja')
    expect(japanese.length).toBeGreaterThan(0)
    for (const page of japanese) expect(page.sourcePath).toMatch(/\/tokyo\//)
    expect(japanese.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(p.html))).toBe(true)
    // Tables, code, quotes, lists, images, external links.
    expect(count((p) => p.html.includes('<table'))).toBeGreaterThan(PAGES * 0.15)
    expect(count((p) => p.html.includes('<pre'))).toBeGreaterThan(PAGES * 0.15)
    expect(count((p) => p.html.includes('<blockquote') || p.html.includes('callout'))).toBeGreaterThan(0)
    expect(count((p) => p.html.includes('<ol'))).toBeGreaterThan(0)
    expect(count((p) => p.links.some((use) => use.embedded && use.target.kind === 'file'))).toBeGreaterThan(0)
    expect(count((p) => p.links.some((use) => use.target.kind === 'external'))).toBeGreaterThan(PAGES * 0.3)
    expect(pages.some((p) => /[éï]/.test(p.html))).toBe(true)
    // Folders two levels deep at least.
    expect(pages.some((p) => p.sourcePath.split('/').length >= 3)).toBe(true)
  })
})

describe('small generated handbooks', () => {
  it.each([1, 2, 5, 16, 57])('%i pages: exact count, clean load, every link resolves', (pages) => {
    const generated = generateHandbook(tempDir(`small-${pages}`), { pages, seed: 3 })
    expect(generated.pageCount).toBe(pages)
    const handbook = load(generated.dir)
    expect(handbook.diagnostics).toEqual([])
    expect(handbook.pages).toHaveLength(pages)
    expect(brokenLinks(handbook, generated.dir)).toEqual([])
  })

  it('rejects a page count that is not a positive integer', () => {
    expect(() => generateHandbook(tempDir('zero'), { pages: 0 })).toThrow(RangeError)
    expect(() => generateHandbook(tempDir('half'), { pages: 2.5 })).toThrow(RangeError)
  })
})
