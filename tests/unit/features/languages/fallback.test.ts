import { describe, expect, it } from 'vitest'
import type { Page } from '../../../../src/content/handbook'
import { fallbackPages, fallbackParents, fallbackRoutes, fallbacksOf, FALLBACK_KIND } from '../../../../src/content/features/languages/fallback'
import { languagesOf } from '../../../../src/content/features/languages/languages'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})

const page = (sourcePath: string, url: string, more: Partial<Page> = {}) =>
  ({ sourcePath, url, format: 'md', title: url, description: '', html: `<p>${url}</p>`, toc: [], anchors: [], ...more }) as unknown as Page

const pages = [
  page('index.md', '/'),
  page('guide/setup.md', '/guide/setup'),
  page('guide/travel.md', '/guide/travel', { lang: 'en' }),
  page('guide/form.mdx', '/guide/form', { format: 'mdx' }),
  page('offices/tokyo.md', '/offices/tokyo', { lang: 'ja' }),
  page('ja/guide/setup.md', '/ja/guide/setup'),
]

describe('pages not yet translated', () => {
  it('are the default language’s pages another language has no page for (.md only, and not those written in that language)', () => {
    expect(fallbacksOf(pages, languages).map((fallback) => [fallback.url, fallback.page.sourcePath])).toEqual([
      ['/ja', 'index.md'],
      ['/ja/guide/travel', 'guide/travel.md'],
    ])
    expect(fallbacksOf(pages, [])).toEqual([])
  })

  it('are found by links at the source path their translation would have', () => {
    expect(fallbackRoutes(pages, languages)).toEqual([
      { sourcePath: 'ja/index.md', url: '/ja' },
      { sourcePath: 'ja/guide/travel.md', url: '/ja/guide/travel' },
    ])
  })

  it('show the default language’s content, marked with its lang, under a notice in the reader’s language, kept out of search', () => {
    const travel = fallbackPages(pages, languages).find((made) => made.url === '/ja/guide/travel')!
    expect(travel.kind).toBe(FALLBACK_KIND)
    expect(travel.html).toBe(
      '<p class="untranslated-notice" role="note" data-language-fallback>このページはまだ日本語に翻訳されていません。Englishのページを表示しています。</p><div lang="en" data-fallback-content><p>/guide/travel</p></div>',
    )
    expect(travel.sections).toEqual([])
    expect(travel.noindex).toBe(true)
    expect(travel.dataFile).toBe('guide/travel.md')
  })

  it('sit under the pages above them in their language, up to its home', () => {
    expect(fallbackParents('/ja/guide/travel')).toEqual(['/ja/guide', '/ja'])
    expect(fallbackParents('/ja')).toEqual([])
  })
})
