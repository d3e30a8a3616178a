import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scanContent } from '../../../src/content/load/content-files'
import { readContent } from '../../../src/content/load/read-content'

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-files-'))
  const files: Record<string, string> = {
    'README.md': '# Home',
    'b.mdx': '# B',
    'a/Notes.MARKDOWN': '# Notes',
    'a/image.png': 'png',
    'a/deep/data.csv': 'x',
    // macOS writes names decomposed (NFD); the page's path must be NFC.
    'Cafe\u0301.md': '# Café',
    '.git/HEAD': 'ref',
    '.github/pr.md': '# hidden',
    '.draft.md': '# hidden',
    'node_modules/pkg/readme.md': '# dependency',
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('scanContent', () => {
  it('finds pages with their format and relative, forward-slash, NFC paths', () => {
    const { pages } = scanContent(dir)
    expect(pages.map((p) => [p.sourcePath, p.format]).sort()).toEqual(
      [
        ['Caf\u00e9.md', 'md'],
        ['README.md', 'md'],
        ['a/Notes.MARKDOWN', 'md'],
        ['b.mdx', 'mdx'],
      ].sort(),
    )
    for (const page of pages) expect(fs.existsSync(page.absolutePath), page.sourcePath).toBe(true)
  })

  it('lists the other files', () => {
    expect([...scanContent(dir).files].sort()).toEqual(['a/deep/data.csv', 'a/image.png'])
  })

  it('skips hidden files and folders and node_modules', () => {
    const { pages, files } = scanContent(dir)
    const all = [...pages.map((p) => p.sourcePath), ...files]
    expect(all.filter((p) => p.startsWith('.') || p.includes('/.') || p.includes('node_modules'))).toEqual([])
  })
})

describe('readContent', () => {
  it("reads each page's text with its file, and no sidebars file where there is none", () => {
    const content = readContent(dir)
    expect(content.pages.map((p) => [p.file.sourcePath, p.text]).sort()).toEqual(
      [
        ['Caf\u00e9.md', '# Café'],
        ['README.md', '# Home'],
        ['a/Notes.MARKDOWN', '# Notes'],
        ['b.mdx', '# B'],
      ].sort(),
    )
    expect(content.files).toEqual(scanContent(dir).files)
    expect(content.sidebarsFile).toBeUndefined()
  })

  it("reads the sidebars file's text, which stays out of the pages", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-read-'))
    try {
      fs.writeFileSync(path.join(folder, 'index.md'), '# Home')
      fs.writeFileSync(path.join(folder, 'sidebars.yml'), 'Guide:\n  - index.md\n')
      const content = readContent(folder)
      expect(content.sidebarsFile).toEqual({ path: 'sidebars.yml', text: 'Guide:\n  - index.md\n' })
      expect(content.pages.map((p) => p.file.sourcePath)).toEqual(['index.md'])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('people and teams data', () => {
  let data: string

  beforeAll(() => {
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-data-'))
    const files: Record<string, string> = {
      'index.md': '# Home',
      'people.yml': 'a:\n  name: A\n',
      'teams.yml': 't:\n  name: T\n',
      '_people/b.yml': 'name: B\n',
      '_people/README.md': '# For editors',
      'guide/_people/c.md': '# Under a _ folder: not a page',
      'guide/_includes/snippet.md': 'Included text',
      'guide/_partial.md': 'A partial',
      'guide/_index.md': '# Guide: a section index page',
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(data, file)), { recursive: true })
      fs.writeFileSync(path.join(data, file), text)
    }
  })

  afterAll(() => fs.rmSync(data, { recursive: true, force: true }))

  it('never become pages, even a Markdown file in _people/', () => {
    expect(
      scanContent(data)
        .pages.map((p) => p.sourcePath)
        .sort(),
    ).toEqual(['guide/_index.md', 'index.md'])
  })

  it('files under a folder whose name starts with _, and _-named files other than _index.md, exist to be included: plain files, not pages', () => {
    const { files } = scanContent(data)
    expect([...files].filter((f) => f.startsWith('guide/')).sort()).toEqual(['guide/_includes/snippet.md', 'guide/_partial.md', 'guide/_people/c.md'])
  })

  it('reads a file for an include once, from the pages already read or from disk', () => {
    const content = readContent(data)
    expect(content.readText?.('guide/_includes/snippet.md')).toBe('Included text')
    expect(content.readText?.('index.md')).toBe('# Home')
    expect(content.readText?.('guide/missing.md')).toBeUndefined()
  })

  it('are read once, in path order', () => {
    expect(readContent(data).peopleData.map((d) => [d.path, d.text])).toEqual([
      ['_people/b.yml', 'name: B\n'],
      ['people.yml', 'a:\n  name: A\n'],
      ['teams.yml', 't:\n  name: T\n'],
    ])
  })
})
