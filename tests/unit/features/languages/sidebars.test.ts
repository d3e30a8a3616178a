import { describe, expect, it } from 'vitest'
import { languageSidebarsFiles, resolveWithLanguageSidebars } from '../../../../src/content/features/languages/sidebars'
import { languagesOf } from '../../../../src/content/features/languages/languages'
import { fallbacksOf } from '../../../../src/content/features/languages/fallback'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})
const ja = languages[1]!

const page = (sourcePath: string, url: string, title: string) => ({ sourcePath, url, title, format: 'md' as const })
const pages = [
  page('index.md', '/', 'Home'),
  page('guide/setup.md', '/guide/setup', 'Setup'),
  page('guide/travel.md', '/guide/travel', 'Travel'),
  page('ja/index.md', '/ja', 'ホーム'),
  page('ja/guide/setup.md', '/ja/guide/setup', 'セットアップ'),
]
const ROOT = 'Handbook:\n  - index.md\n  - autogenerate: guide\n'

function resolved(jaText: string) {
  const own = [{ language: ja, path: 'ja/sidebars.yml', text: jaText }]
  return resolveWithLanguageSidebars({ file: { path: 'sidebars.yml', text: ROOT }, pages, defaultSidebar: 'Handbook' }, own, languages, fallbacksOf(pages, languages))
}

describe("a language's own sidebars file", () => {
  it('is found in the language’s folder', () => {
    const files = new Set(['ja/sidebars.yml', 'sidebars.yml', 'de/sidebars.yml'])
    expect(languageSidebarsFiles(languages, files, (path) => `text of ${path}`)).toEqual([{ language: ja, path: 'ja/sidebars.yml', text: 'text of ja/sidebars.yml' }])
  })

  it('places the language’s pages by paths from its folder, an untranslated page as its stand-in; the others keep sidebars.yml', () => {
    const result = resolved('ガイド:\n  - index.md\n  - guide/setup.md\n  - guide/travel.md\n')
    expect(result.diagnostics).toEqual([])
    expect(result.sidebars.map((sidebar) => sidebar.name)).toEqual(['Handbook', 'ガイド'])
    expect(result.sidebars[1]!.items.map((item) => [item.label, item.url])).toEqual([
      ['ホーム', '/ja'],
      ['セットアップ', '/ja/guide/setup'],
      ['Travel', '/ja/guide/travel'],
    ])
    expect(result.sidebarOf.get('ja/guide/setup.md')).toBe('ガイド')
    expect(result.sidebarOf.get('guide/setup.md')).toBe('Handbook')
  })

  it('reports its mistakes at its lines, a page no sidebar lists at the page (not the language’s home), and a sidebar name another language uses', () => {
    const result = resolved('Handbook:\n  - guide/setpu.md\n')
    expect(result.diagnostics.map((found) => [found.severity, found.file, found.line])).toEqual([
      ['error', 'ja/sidebars.yml', 1],
      ['error', 'ja/sidebars.yml', 2],
      ['warning', 'ja/guide/setup.md', 1],
    ])
    expect(result.diagnostics[0]!.message).toContain('each language\'s sidebars have their own names. Rename it, e.g. "Handbook (日本語)"')
  })
})
