import { describe, expect, it } from 'vitest'
import { languageOfLink, pageSearchFolder, sidebarsOfLanguage, type LanguageLinkView } from '../../../src/shared/languages'
import { messagesFor } from '../../../src/shared/i18n'

const links = (current: string): LanguageLinkView[] => [
  { code: 'en', label: 'English', url: '/', current: current === 'en', isDefault: true, translated: true },
  { code: 'ja', label: '日本語', url: '/ja', current: current === 'ja', isDefault: false, translated: true },
]

describe('the page’s language in the chrome', () => {
  it('fetches search from its language’s folder: none for the default language or with one language', () => {
    expect(pageSearchFolder(links('ja'))).toBe('ja/')
    expect(pageSearchFolder(links('en'))).toBe('')
    expect(pageSearchFolder(undefined)).toBe('')
  })

  it('tells a URL’s language by its folder', () => {
    expect(languageOfLink('/ja/guide', links('en'))).toBe('ja')
    expect(languageOfLink('/ja', links('en'))).toBe('ja')
    expect(languageOfLink('/japan', links('en'))).toBe('en')
  })

  it('keeps the home page’s sections to its own language', () => {
    const sidebars = new Map([
      ['guide', { items: [{ url: '/guide/setup' }] }],
      ['ja', { items: [{ url: '/ja/guide/setup' }] }],
      ['empty', { items: [] }],
    ])
    const first = (sidebar: { items: readonly { url?: string }[] }) => sidebar.items[0]?.url
    expect([...sidebarsOfLanguage(sidebars, links('en'), first).keys()]).toEqual(['guide', 'empty'])
    expect([...sidebarsOfLanguage(sidebars, links('ja'), first).keys()]).toEqual(['ja', 'empty'])
    expect([...sidebarsOfLanguage(sidebars, [], first).keys()]).toEqual(['guide', 'ja', 'empty'])
  })
})

describe('the languages’ interface strings (in the catalogue)', () => {
  const notice = (lang: string, language: string, fallback: string) => messagesFor(lang).text('untranslatedNotice', { language, fallback })

  it('names the reader’s language and the default one in the notice, English for a language not shipped', () => {
    expect(notice('ja', '日本語', 'English')).toBe('このページはまだ日本語に翻訳されていません。Englishのページを表示しています。')
    expect(notice('de-CH', 'Deutsch', 'English')).toBe('Diese Seite ist noch nicht auf Deutsch übersetzt; hier ist die Seite auf English.')
    expect(messagesFor('ko').text('languageSwitcher')).toBe('Language')
  })
})
