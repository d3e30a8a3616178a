import { describe, expect, it } from 'vitest'
import { languageLinks, withLanguageLinks } from '../../../../src/content/features/languages/alternates'
import { languagesOf } from '../../../../src/content/features/languages/languages'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
  ],
})
const [en, ja] = languages

describe('a page’s links to its languages', () => {
  const urls = { translated: new Set(['/', '/a', '/ja/a', '/b', '/ja']), fallback: new Set(['/ja/b']) }

  it('lead to the same page in each language, the current one marked', () => {
    expect(languageLinks('/a', en, languages, urls)).toEqual([
      { code: 'en', label: 'English', url: '/a', current: true, isDefault: true, translated: true },
      { code: 'ja', label: '日本語', url: '/ja/a', current: false, isDefault: false, translated: true },
    ])
  })

  it('lead to an untranslated page, which is no translation', () => {
    expect(languageLinks('/b', en, languages, urls)[1]).toEqual({ code: 'ja', label: '日本語', url: '/ja/b', current: false, isDefault: false, translated: false })
    expect(languageLinks('/ja/b', ja, languages, urls).map((link) => [link.url, link.translated])).toEqual([
      ['/b', true],
      ['/ja/b', false],
    ])
  })

  it('lead to the language’s home when it has no such page', () => {
    expect(languageLinks('/people', en, languages, urls)[1]?.url).toBe('/ja')
    expect(languageLinks('/ja/only', ja, languages, urls)[0]?.url).toBe('/')
  })

  it('are none with one language', () => {
    const pages = [{ url: '/a', sourcePath: 'a.md' }]
    expect(withLanguageLinks(pages, [], [], 'fallback').pages).toEqual(pages)
  })

  it('give the wings’ pages the language of their URL', () => {
    const made = withLanguageLinks(
      [{ url: '/a', sourcePath: 'a.md' }],
      [
        { url: '/ja/a', kind: 'fallback' },
        { url: '/people', kind: 'people' },
      ],
      languages,
      'fallback',
    )
    expect(made.generated.map((page) => page.lang)).toEqual(['ja', 'en'])
    expect(made.pages[0]?.languages?.[1]).toMatchObject({ url: '/ja/a', translated: false })
  })
})
