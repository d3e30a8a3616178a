import { describe, expect, it } from 'vitest'
import { baseUrl, defaultLanguage, homeOf, languageOfPath, languageOfUrl, languagesOf, sourcePathIn, translatedPage, urlIn } from '../../../../src/content/features/languages/languages'

const languages = languagesOf({
  languages: [
    { code: 'en', label: 'English' },
    { code: 'ja', label: '日本語' },
    { code: 'pt-BR', label: 'Português' },
  ],
})
const [en, ja, pt] = languages as [NonNullable<(typeof languages)[0]>, NonNullable<(typeof languages)[0]>, NonNullable<(typeof languages)[0]>]

describe('the languages of a handbook', () => {
  it('takes the first as the default unless one says default: true', () => {
    expect(defaultLanguage(languages)?.code).toBe('en')
    expect(
      defaultLanguage(
        languagesOf({
          languages: [
            { code: 'en', label: 'English' },
            { code: 'ja', label: '日本語', default: true },
          ],
        }),
      )?.code,
    ).toBe('ja')
  })

  it('has none with one language or none: nothing changes', () => {
    expect(languagesOf({ languages: [] })).toEqual([])
    expect(languagesOf({ languages: [{ code: 'ja', label: '日本語' }] })).toEqual([])
    expect(languageOfPath('ja/a.md', [])).toBeUndefined()
  })
})

describe('a page’s language', () => {
  it('is its top-level folder’s when a language’s code names it, else the default', () => {
    expect(languageOfPath('ja/guide/setup.md', languages)).toBe(ja)
    expect(languageOfPath('ja/index.md', languages)).toBe(ja)
    expect(languageOfPath('guide/ja/setup.md', languages)).toBe(en)
    expect(languageOfPath('ja.md', languages)).toBe(en)
    expect(languageOfPath('japan/a.md', languages)).toBe(en)
    expect(languageOfPath('pt-BR/a.md', languages)).toBe(pt)
    // A folder of the default language's code is no language folder: its pages are the default's all the same.
    expect(languageOfPath('en/a.md', languages)).toBe(en)
  })

  it('of a URL is its first segment’s', () => {
    expect(languageOfUrl('/ja', languages)).toBe(ja)
    expect(languageOfUrl('/ja/guide', languages)).toBe(ja)
    expect(languageOfUrl('/pt-br/x', languages)).toBe(pt)
    expect(languageOfUrl('/', languages)).toBe(en)
    expect(languageOfUrl('/japan', languages)).toBe(en)
  })
})

describe('URLs across languages', () => {
  it('adds and takes away the language folder; the default language has none', () => {
    expect(urlIn('/guide/setup', ja, languages)).toBe('/ja/guide/setup')
    expect(urlIn('/ja/guide/setup', en, languages)).toBe('/guide/setup')
    expect(urlIn('/', ja, languages)).toBe('/ja')
    expect(urlIn('/ja', en, languages)).toBe('/')
    expect(urlIn('/ja/x', pt, languages)).toBe('/pt-br/x')
    expect(baseUrl('/ja/a/b', languages)).toBe('/a/b')
    expect(homeOf(ja)).toBe('/ja')
    expect(homeOf(en)).toBe('/')
  })

  it('finds the source path a translation would have', () => {
    expect(sourcePathIn('guide/setup.md', ja, languages)).toBe('ja/guide/setup.md')
    expect(sourcePathIn('ja/guide/setup.md', en, languages)).toBe('guide/setup.md')
  })
})

describe('the page a translation translates', () => {
  const pages = new Set(['people/values.md', 'index.md', 'ja/people/values.md', 'ja/only-here.md'])
  const exists = (path: string) => pages.has(path)

  it('is the same path outside the language folder, when that page exists', () => {
    expect(translatedPage('ja/people/values.md', languages, exists)).toBe('people/values.md')
    expect(translatedPage('ja/only-here.md', languages, exists)).toBeUndefined()
  })

  it('is none for a page of the default language, or without languages', () => {
    expect(translatedPage('people/values.md', languages, exists)).toBeUndefined()
    expect(translatedPage('ja/people/values.md', [], exists)).toBeUndefined()
  })
})
