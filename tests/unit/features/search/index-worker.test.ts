/**
 * The search index built on a worker while Gatsby builds (index-worker.ts):
 * the same files as built on this thread, for every language, whether the
 * worker runs or cannot start; the wing starts it for a large enough
 * handbook only, and says in its log line where the index was built.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, type Handbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { buildSearchFiles } from '../../../../src/content/features/search/build'
import { searchIndexFilesOf, searchIndexJobs } from '../../../../src/content/features/search/index-jobs'
import { SEARCH_INDEX_AHEAD_FROM, searchIndexOnWorker } from '../../../../src/content/features/search/index-worker'
import { searchWing } from '../../../../src/content/features/search/wing'
import { inLanguageFolders, languageParts } from '../../../../src/content/features/languages/search-files'
import { languagesOf } from '../../../../src/content/features/languages/languages'
import { generateHandbook } from '../../../../scripts/lib/generate-handbook'
import { projectRoot } from '../../../../scripts/lib/site'
import { contentLibraryFile } from '../../../../src/node/library'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-worker-'))
const content = path.join(dir, 'content')
generateHandbook(content, { pages: SEARCH_INDEX_AHEAD_FROM })
fs.mkdirSync(path.join(content, 'ja'), { recursive: true })
fs.writeFileSync(path.join(content, 'ja', 'index.md'), '# ようこそ\n\n## 休暇\n\n有給休暇は年に二十日です。\n')
const settings = resolveSettings(
  {
    contentDir: content,
    languages: [
      { code: 'en', label: 'English' },
      { code: 'ja', label: '日本語' },
    ],
  },
  {},
  projectRoot,
)
const languages = languagesOf(settings)
const entry = () => ({ script: contentLibraryFile() })

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the search index built on a worker', () => {
  let handbook: Handbook
  beforeAll(() => {
    handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', searchSections: true })
  })

  it('is, file for file, the index of every language built on this thread', async () => {
    const jobs = searchIndexJobs(handbook, languages)
    expect(jobs.map((job) => job.folder)).toEqual(['', 'ja/'])
    // Each language's part of the handbook indexed whole, as one index is.
    const here = inLanguageFolders(languageParts(handbook, languages).map((part) => ({ folder: part.folder, ...buildSearchFiles(part.handbook) })))
    expect(searchIndexFilesOf(jobs)).toEqual(here)
    expect(here.files.some((file) => file.path.startsWith('_handbook/search/ja/') && file.contents.includes('有給休暇'))).toBe(true)
    const onWorker = await searchIndexOnWorker(jobs, entry())
    expect(onWorker.on).toBe('worker')
    expect(onWorker.built).toEqual(here)
  }, 60_000)

  it('is built on this thread, the same, when the worker cannot start', async () => {
    const jobs = searchIndexJobs(handbook, languages)
    const result = await searchIndexOnWorker(jobs, { script: path.join(dir, 'no-such-script.js') })
    expect(result.on).toBe('this thread')
    expect(result.built).toEqual(searchIndexFilesOf(jobs))
  })

  it('keeps, in every language, the names of the files the index published in public/ before has the same', async () => {
    const publicDir = path.join(dir, 'public')
    const publish = (files: { path: string; contents: string }[]) => {
      fs.rmSync(publicDir, { recursive: true, force: true })
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(publicDir, file.path)), { recursive: true })
        fs.writeFileSync(path.join(publicDir, file.path), file.contents)
      }
    }
    const names = (files: { path: string }[]) => files.map((file) => file.path).sort()
    const first = searchIndexFilesOf(searchIndexJobs(handbook, languages, publicDir)).files
    publish(first)
    // Built again over what it published, on the worker as a build does: every name and file the same.
    const again = await searchIndexOnWorker(searchIndexJobs(handbook, languages, publicDir), entry())
    expect(again.on).toBe('worker')
    expect(again.built.files).toEqual(first)
    // The Japanese page edited: its index renames its text file and the term files of the new word; the default language's keeps every name.
    const edited = {
      ...handbook,
      pages: handbook.pages.map((page) => (page.url === '/ja' ? { ...page, searchSections: page.searchSections?.map((section) => ({ ...section, text: `${section.text} 新しい` })) } : page)),
    }
    const next = searchIndexFilesOf(searchIndexJobs(edited, languages, publicDir)).files
    const renamed = names(next).filter((name) => !names(first).includes(name))
    expect(renamed.length).toBeGreaterThan(0)
    expect(renamed.every((name) => name.startsWith('_handbook/search/ja/'))).toBe(true)
    expect(renamed.length).toBeLessThan(next.filter((file) => file.path.startsWith('_handbook/search/ja/')).length)
  }, 60_000)

  it('is started by the wing once a build has loaded a large handbook, and taken up by its outputs', async () => {
    const input = (one: Handbook) => ({ handbook: one, settings, production: true, hrefPrefix: '', documentOf: () => undefined })
    expect(handbook.pages.length).toBeGreaterThanOrEqual(SEARCH_INDEX_AHEAD_FROM)
    searchWing.startOutputs!({ handbook, settings, entry: entry() })
    const ahead = (await searchWing.outputs!(input(handbook)))!
    // A handbook whose index was not started (a small one: the wing starts none) is indexed here, the same.
    const small = { ...handbook, pages: handbook.pages.slice(0, SEARCH_INDEX_AHEAD_FROM - 1) }
    searchWing.startOutputs!({ handbook: small, settings, entry: entry() })
    const inline = (await searchWing.outputs!(input({ ...handbook })))!
    expect(ahead.files).toEqual(inline.files)
    expect(ahead.summary('all 3', 40)).toMatch(/^search index of \d+ pages, \d+ sections: all 3 files rewritten, \d+ KB, in 40 ms \(built on a worker during the build, in \d+ ms\)$/)
    expect(inline.summary('all 3', 40)).toMatch(/ KB, in 40 ms$/)
    expect((await searchWing.outputs!(input(small)))!.summary('all 3', 40)).toMatch(/ KB, in 40 ms$/)
  }, 60_000)
})
