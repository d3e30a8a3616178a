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
  it('are the default language’s pages another language has no page for (.md and .mdx, not those written in that language)', () => {
    expect(fallbacksOf(pages, languages).map((fallback) => [fallback.url, fallback.page.sourcePath])).toEqual([
      ['/ja', 'index.md'],
      ['/ja/guide/travel', 'guide/travel.md'],
      ['/ja/guide/form', 'guide/form.mdx'],
    ])
    expect(fallbacksOf(pages, [])).toEqual([])
  })

  it('are found by links at the source path their translation would have', () => {
    expect(fallbackRoutes(pages, languages)).toEqual([
      { sourcePath: 'ja/index.md', url: '/ja' },
      { sourcePath: 'ja/guide/travel.md', url: '/ja/guide/travel' },
      { sourcePath: 'ja/guide/form.mdx', url: '/ja/guide/form' },
    ])
  })

  it('show the default language’s content, marked as the page they show and its lang, kept out of search', () => {
    const made = fallbackPages(pages, languages)
    const travel = made.find((page) => page.url === '/ja/guide/travel')!
    expect(travel.kind).toBe(FALLBACK_KIND)
    expect(travel.html).toBe('<p>/guide/travel</p>')
    expect(travel.untranslated).toEqual({ url: '/guide/travel', lang: 'en' })
    expect(travel.format).toBeUndefined()
    expect(travel.sections).toEqual([])
    expect(travel.noindex).toBe(true)
    expect(travel.dataFile).toBe('guide/travel.md')
    // An .mdx page's: its body compiled from its file, at the stand-in's URL; the page's language the default's when it names none.
    const form = made.find((page) => page.url === '/ja/guide/form')!
    expect(form).toMatchObject({ format: 'mdx', dataFile: 'guide/form.mdx', untranslated: { url: '/guide/form', lang: 'en' } })
  })

  it('sit under the pages above them in their language, up to its home', () => {
    expect(fallbackParents('/ja/guide/travel')).toEqual(['/ja/guide', '/ja'])
    expect(fallbackParents('/ja')).toEqual([])
  })
})
