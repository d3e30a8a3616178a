/**
 * Deterministic generator of large, realistic Markdown handbooks, for load
 * tests and benchmarks. The same seed and page count always give the same
 * bytes: all randomness comes from a seeded mulberry32, never Math.random or
 * the clock.
 *
 * The handbook looks like a company's: top-level sections (company, people,
 * engineering...) with team and topic folders under them, each folder with an
 * `index.md`. Pages mix frontmatter styles, prose, lists, tables, code,
 * quotes, images, a few Japanese pages, and 3-6 internal links each, in the
 * forms editors write them. Every link and anchor resolves: heading ids and
 * URLs are computed with the site's own functions.
 *
 * The parts live in handbook-generator/: the vocabulary as data
 * (words.json), the folder plan, the page plan, and the writers of prose,
 * blocks, links and whole pages. This file puts them together and writes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Random } from './handbook-generator/random'
import { buildFolders } from './handbook-generator/folders'
import { planPages, type PagePlan } from './handbook-generator/pages'
import { writePage } from './handbook-generator/page'
import type { Writer } from './handbook-generator/writer'

export interface GenerateOptions {
  pages: number
  /** Seed of the pseudo-random generator; default 42. */
  seed?: number
}

export interface GeneratedHandbook {
  /** Absolute path of the generated content folder. */
  dir: string
  pageCount: number
  /** Relative paths of the pages (forward slashes), sorted. */
  files: string[]
}

/**
 * Writes a handbook of exactly `options.pages` Markdown pages into
 * `targetDir` (created if missing). It does not empty the folder first:
 * give it an empty one, or the page count on disk will not be `pages`.
 */
export function generateHandbook(targetDir: string, options: GenerateOptions): GeneratedHandbook {
  const { pages: count, seed = 42 } = options
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`pages must be a positive integer, got ${count}`)
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  const random = new Random(seed)
  const sections = count > 1 ? buildFolders(count, random) : []
  const pages = planPages(sections, random)
  if (pages.length !== count) throw new Error(`internal error: planned ${pages.length} pages instead of ${count}`)

  const bySection = new Map<string, PagePlan[]>()
  for (const page of pages) {
    const key = page.sourcePath.split('/')[0]!
    const list = bySection.get(key) ?? []
    list.push(page)
    bySection.set(key, list)
  }
  const children = new Map<string, PagePlan[]>()
  const addChild = (folder: string, page: PagePlan) => {
    const list = children.get(folder) ?? []
    list.push(page)
    children.set(folder, list)
  }
  for (const page of pages) {
    if (page.isRoot) continue
    if (page.isIndex) addChild(page.folder.path.split('/').slice(0, -1).join('/'), page)
  }
  for (const page of pages) if (!page.isIndex) addChild(page.folder.path, page)
  const writer: Writer = { random, pages, bySection, children, imageCount: 0, images: [] }
  const dir = path.resolve(targetDir)
  const contents = pages.map((page) => writePage(writer, page))

  const folders = new Set<string>([dir])
  for (const page of pages) folders.add(path.dirname(path.join(dir, page.sourcePath)))
  for (const img of writer.images) folders.add(path.dirname(path.join(dir, img.path)))
  for (const folder of [...folders].sort()) fs.mkdirSync(folder, { recursive: true })
  pages.forEach((page, i) => fs.writeFileSync(path.join(dir, page.sourcePath), contents[i]!))
  for (const img of writer.images) fs.writeFileSync(path.join(dir, img.path), img.svg)

  return { dir, pageCount: pages.length, files: pages.map((p) => p.sourcePath).sort() }
}
