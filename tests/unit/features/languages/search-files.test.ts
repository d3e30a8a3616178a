import { describe, expect, it } from 'vitest'
import type { Page } from '../../../../src/content/handbook'
import { buildSearchFiles } from '../../../../src/content/features/search/build'
import { searchIndexFilesOf, searchIndexJobs } from '../../../../src/content/features/search/index-jobs'
import { languagesOf } from '../../../../src/content/features/languages/languages'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})

const page = (sourcePath: string, url: string, text: string) =>
  ({
    sourcePath,
    url,
    title: text.split(' ')[0],
    description: '',
    frontmatter: {},
    sidebar: 'main',
    format: 'md',
    source: text,
    searchSections: [{ anchor: '', heading: '', depth: 0, text, code: '' }],
  }) as unknown as Page

const handbook = { pages: [page('a.md', '/a', 'toolchain install guide'), page('ja/a.md', '/ja/a', '開発環境をインストールしてください')], sidebars: [] }

describe('search per language', () => {
  it('writes one index per language, the default one where it is without languages', () => {
    const { files, stats } = searchIndexFilesOf(searchIndexJobs(handbook, languages))
    const inJa = files.filter((file) => file.path.startsWith('_handbook/search/ja/'))
    const atRoot = files.filter((file) => !file.path.startsWith('_handbook/search/ja/'))
    expect(inJa.some((file) => file.path === '_handbook/search/ja/manifest.json')).toBe(true)
    expect(atRoot.some((file) => file.path === '_handbook/search/manifest.json')).toBe(true)
    expect(inJa.some((file) => file.contents.includes('開発環境'))).toBe(true)
    expect(atRoot.some((file) => file.contents.includes('開発環境'))).toBe(false)
    expect(atRoot.some((file) => file.contents.includes('toolchain'))).toBe(true)
    expect(inJa.some((file) => file.contents.includes('toolchain'))).toBe(false)
    expect(stats.pages).toBe(2)
  })

  it('is the one index without languages', () => {
    expect(searchIndexFilesOf(searchIndexJobs(handbook, [])).files).toEqual(buildSearchFiles(handbook).files)
  })
})
