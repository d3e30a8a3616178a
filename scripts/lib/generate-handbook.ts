/**
 * Deterministic generator of large, realistic Markdown handbooks, for load
 * tests and benchmarks. The same seed and page count always give the same
 * bytes: all randomness comes from a seeded mulberry32, never Math.random or
 * the clock.
 *
 * The handbook looks like a company's: top-level sections (company,
 * people-ops, engineering...) with team and topic folders under them, each
 * folder with an `index.md`. The people section is `people-ops/`, not
 * `people/`, so that /people and /teams stay free for the generated people
 * directory and team pages. Pages mix frontmatter styles, prose, lists, tables, code,
 * quotes, images, a few Japanese pages, and 3-6 internal links each, in the
 * forms editors write them. Every link and anchor resolves: heading ids and
 * URLs are computed with the site's own functions.
 *
 * With `people`, it also writes a company of that many people and about
 * one team per fifteen of them (people.yml, or _people/<id>.yml with
 * `peopleLayout: 'folder'`, and teams.yml), and a few pages mention people
 * and show teams. People come from their own seeded generator, so the pages
 * are the same bytes with or without them except for those few additions.
 *
 * The parts live in handbook-generator/: the vocabulary as data
 * (words.json, people.json), the folder plan, the page plan, the company
 * plan, and the writers of prose, blocks, links, whole pages and the people
 * files. This file puts them together and writes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Random } from './handbook-generator/random'
import { buildFolders } from './handbook-generator/folders'
import { planPages, type PagePlan } from './handbook-generator/pages'
import { writePage } from './handbook-generator/page'
import type { Writer } from './handbook-generator/writer'
import { planCompany } from './handbook-generator/people'
import { companyFiles, type PeopleLayout } from './handbook-generator/people-files'
import { peopleBlocks } from './handbook-generator/people-blocks'

export type { PeopleLayout } from './handbook-generator/people-files'

export interface GenerateOptions {
  pages: number
  /** Seed of the pseudo-random generator; default 42. */
  seed?: number
  /** People in the company (people.yml or _people/, and teams.yml); default 0: no people files. */
  people?: number
  /** `file`: one people.yml (the default); `folder`: _people/<id>.yml, one person each. */
  peopleLayout?: PeopleLayout
}

export interface GeneratedHandbook {
  /** Absolute path of the generated content folder. */
  dir: string
  pageCount: number
  /** Relative paths of the pages (forward slashes), sorted. */
  files: string[]
  peopleCount: number
  teamCount: number
  /** Relative paths of the people and teams files, sorted; empty without people. */
  dataFiles: string[]
}

/** Seed of the people's own generator, apart from the pages' so adding people leaves the pages as they were. */
const peopleSeed = (seed: number) => (Math.imul(seed ^ 0x5eed, 0x9e3779b1) ^ 0x2c1b3c6d) >>> 0

/**
 * Writes a handbook of exactly `options.pages` Markdown pages into
 * `targetDir` (created if missing). It does not empty the folder first:
 * give it an empty one, or the page count on disk will not be `pages`.
 */
export function generateHandbook(targetDir: string, options: GenerateOptions): GeneratedHandbook {
  const { pages: count, seed = 42, people: peopleCount = 0, peopleLayout = 'file' } = options
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`pages must be a positive integer, got ${count}`)
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  if (!Number.isInteger(peopleCount) || peopleCount < 0) throw new RangeError(`people must be a whole number, got ${peopleCount}`)
  if (peopleLayout !== 'file' && peopleLayout !== 'folder') throw new RangeError(`peopleLayout must be "file" or "folder", got ${String(peopleLayout)}`)
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

  const peopleRandom = new Random(peopleSeed(seed))
  const company = peopleCount > 0 ? planCompany(peopleCount, peopleRandom, pages) : undefined
  const data = company ? companyFiles(company, peopleLayout) : []
  if (company) for (const [i, text] of peopleBlocks(company, pages, peopleRandom)) contents[i] += `\n${text}\n`

  const folders = new Set<string>([dir])
  for (const page of pages) folders.add(path.dirname(path.join(dir, page.sourcePath)))
  for (const img of writer.images) folders.add(path.dirname(path.join(dir, img.path)))
  for (const file of data) folders.add(path.dirname(path.join(dir, file.path)))
  for (const folder of [...folders].sort()) fs.mkdirSync(folder, { recursive: true })
  pages.forEach((page, i) => {
    fs.writeFileSync(path.join(dir, page.sourcePath), contents[i]!)
  })
  for (const img of writer.images) fs.writeFileSync(path.join(dir, img.path), img.svg)
  for (const file of data) fs.writeFileSync(path.join(dir, file.path), file.text)

  return {
    dir,
    pageCount: pages.length,
    files: pages.map((p) => p.sourcePath).sort(),
    peopleCount: company?.people.length ?? 0,
    teamCount: company?.teams.length ?? 0,
    dataFiles: data.map((file) => file.path).sort(),
  }
}
