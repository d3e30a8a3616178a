/**
 * tests/unit mirrors the source, so the tests of a module sit in one known
 * place and a test left behind by a move shows. Every folder under
 * tests/unit is the folder of the code it tests:
 *   shared/…   is src/shared/…
 *   node/…     is src/node/…
 *   scripts/…  is scripts/…
 *   any other  is src/content/… (checks/ is src/content/checks/, features/search/ is src/content/features/search/)
 * except two suites about no one folder, each flat: architecture/ (the
 * layout of the code itself) and security/ (hostile input, across the
 * code). No file sits at the root of tests/unit.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(__dirname, '..', '..', '..')
const UNIT = path.join(ROOT, 'tests', 'unit')

/** Suites that test no one folder of the source. */
const SUITES = ['architecture', 'security']

/** The first folder of a test's path → the source folder it stands for; any other first folder is one of src/content. */
const WORLDS: Record<string, string> = { shared: 'src/shared', node: 'src/node', scripts: 'scripts' }

/** The source folder a folder of tests/unit (relative, `/`-separated, not a suite's) stands for. */
function sourceFolderOf(testFolder: string): string {
  const [first, ...rest] = testFolder.split('/') as [string, ...string[]]
  const world = WORLDS[first]
  return world ? [world, ...rest].join('/') : `src/content/${testFolder}`
}

/** The folders of tests/unit with no counterpart in the source, each with the folder it would need. */
function misplacedFolders(testFolders: readonly string[], isSourceFolder: (folder: string) => boolean): string[] {
  return testFolders.flatMap((folder) => {
    const [first, ...rest] = folder.split('/') as [string, ...string[]]
    if (SUITES.includes(first)) return rest.length ? [`tests/unit/${folder}: ${first}/ is a suite, it has no folders`] : []
    const source = sourceFolderOf(folder)
    return isSourceFolder(source) ? [] : [`tests/unit/${folder}: no ${source}`]
  })
}

const entries = fs.readdirSync(UNIT, { withFileTypes: true, recursive: true })
const testFolders = entries.filter((entry) => entry.isDirectory()).map((entry) => path.relative(UNIT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
const isSourceFolder = (folder: string) => fs.statSync(path.join(ROOT, folder), { throwIfNoEntry: false })?.isDirectory() ?? false

describe('tests/unit mirrors the source', () => {
  it('has a source folder for every folder of tests', () => {
    expect(testFolders.length).toBeGreaterThan(20)
    expect(misplacedFolders(testFolders, isSourceFolder)).toEqual([])
  })

  it('keeps no file at its root', () => {
    expect(entries.filter((entry) => entry.isFile() && entry.parentPath === UNIT).map((entry) => entry.name)).toEqual([])
  })
})

describe('sourceFolderOf and misplacedFolders', () => {
  it('map each world, and src/content by default', () => {
    expect(sourceFolderOf('checks')).toBe('src/content/checks')
    expect(sourceFolderOf('features/search')).toBe('src/content/features/search')
    expect(sourceFolderOf('shared/search')).toBe('src/shared/search')
    expect(sourceFolderOf('shared')).toBe('src/shared')
    expect(sourceFolderOf('node')).toBe('src/node')
    expect(sourceFolderOf('scripts/bench')).toBe('scripts/bench')
  })

  it('name a folder of an old layout, a misspelt world and a folder inside a suite', () => {
    const source = new Set(['src/content/checks', 'src/content/features/search', 'src/shared/search', 'scripts/bench'])
    const folders = ['checks', 'features/search', 'shared/search', 'scripts/bench', 'security', 'search', 'people', 'shared/serch', 'security/old']
    expect(misplacedFolders(folders, (folder) => source.has(folder))).toEqual([
      'tests/unit/search: no src/content/search',
      'tests/unit/people: no src/content/people',
      'tests/unit/shared/serch: no src/shared/serch',
      'tests/unit/security/old: security/ is a suite, it has no folders',
    ])
  })
})
