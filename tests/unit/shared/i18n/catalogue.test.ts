import { describe, expect, it } from 'vitest'
import { CATALOGUES, MESSAGE_KEYS, SHIPPED_LANGUAGES, messagesFor, placeholdersOf, shippedLanguageOf } from '../../../../src/shared/i18n'
import { en } from '../../../../src/shared/i18n/messages/en'

describe('every UI string has every shipped language', () => {
  it('ships English, Japanese, German, French, Spanish and Portuguese', () => {
    expect(SHIPPED_LANGUAGES).toEqual(['en', 'ja', 'de', 'fr', 'es', 'pt'])
  })

  for (const language of SHIPPED_LANGUAGES) {
    const catalogue: Record<string, unknown> = CATALOGUES[language]
    it(`${language}: has each key of English, and no other`, () => {
      expect(Object.keys(catalogue).sort()).toEqual([...MESSAGE_KEYS].sort())
    })

    it(`${language}: each message has English's placeholders, and a form for each plural category it uses`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      for (const key of MESSAGE_KEYS) {
        const message = CATALOGUES[language][key]
        expect({ key, placeholders: placeholdersOf(message) }).toEqual({ key, placeholders: placeholdersOf(en[key]) })
        expect({ key, empty: (typeof message === 'string' ? [message] : Object.values(message)).some((text) => text.trim() === '') }).toEqual({ key, empty: false })
        if (typeof message === 'string') continue
        // `one` where the language has it (1 page), `other` always; `many` (French 1 000 000) falls back to `other`.
        const needed = categories.filter((category) => category === 'one' || category === 'other')
        for (const category of needed) expect({ key, category, has: category in message }).toEqual({ key, category, has: true })
      }
    })

    if (language !== 'en') {
      it(`${language}: is translated, not English copied`, () => {
        const same = MESSAGE_KEYS.filter((key) => JSON.stringify(CATALOGUES[language][key]) === JSON.stringify(en[key]))
        // A few words are the same in both (Menu, Video, No, Sections): most are not.
        expect(same.length).toBeLessThan(MESSAGE_KEYS.length / 10)
      })
    }
  }
})

describe('messagesFor', () => {
  it('chooses the catalogue by the primary subtag of the language tag', () => {
    expect(shippedLanguageOf('pt-BR')).toBe('pt')
    expect(shippedLanguageOf('ja-JP')).toBe('ja')
    expect(shippedLanguageOf('DE')).toBe('de')
    expect(shippedLanguageOf('it')).toBeUndefined()
    expect(messagesFor('pt-BR').text('onThisPage')).toBe('Nesta página')
    expect(messagesFor('ja-JP').text('onThisPage')).toBe('このページの内容')
    expect(messagesFor('fr').text('search')).toBe('Rechercher')
  })

  it('gives English, with English numbers, for a language it does not ship', () => {
    const messages = messagesFor('it')
    expect(messages.language).toBe('en')
    expect(messages.lang).toBe('en')
    expect(messages.text('onThisPage')).toBe('On this page')
    expect(messages.text('pageCount', { count: 1234 })).toBe('1,234 pages')
  })

  it('keeps the full tag for Intl', () => {
    expect(messagesFor('pt-BR').lang).toBe('pt-BR')
  })

  it('fills placeholders, and chooses the plural form by count with Intl.PluralRules', () => {
    expect(messagesFor('en').text('pageCount', { count: 1 })).toBe('1 page')
    expect(messagesFor('en').text('pageCount', { count: 2 })).toBe('2 pages')
    expect(messagesFor('fr').text('morePages', { count: 1 })).toBe('1 page de plus')
    // French counts 0 as singular.
    expect(messagesFor('fr').text('morePages', { count: 0 })).toBe('0 page de plus')
    expect(messagesFor('de').text('pageCount', { count: 1200 })).toBe('1.200 Seiten')
    expect(messagesFor('ja').text('pageCount', { count: 1 })).toBe('1 ページ')
    expect(messagesFor('es').text('noResultsFor', { query: 'vacaciones' })).toBe('No hay resultados para «vacaciones».')
  })

  it('takes the handbook’s own wording for its language, and only for it', () => {
    const overrides = { en: { onThisPage: 'Contents' }, ja: { onThisPage: '目次', pageCount: { other: '全 {count} 頁' } } }
    expect(messagesFor('en-GB', overrides).text('onThisPage')).toBe('Contents')
    expect(messagesFor('ja', overrides).text('onThisPage')).toBe('目次')
    expect(messagesFor('ja', overrides).text('pageCount', { count: 3 })).toBe('全 3 頁')
    expect(messagesFor('de', overrides).text('onThisPage')).toBe('Auf dieser Seite')
    // An overridden key leaves the others as the catalogue words them.
    expect(messagesFor('en', overrides).text('search')).toBe('Search')
  })

  it('splits a message at the placeholders not given, for elements', () => {
    expect(messagesFor('en').parts('lastUpdated')).toEqual(['Last updated ', { placeholder: 'date' }])
    expect(messagesFor('ja').parts('allPagesOf', { count: 12 })).toEqual([{ placeholder: 'section' }, 'の全 12 ページ'])
  })
})
