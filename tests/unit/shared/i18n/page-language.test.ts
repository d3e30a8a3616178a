import { describe, expect, it } from 'vitest'
import { pageLanguage } from '../../../../src/shared/i18n'

describe('pageLanguage', () => {
  it('is the page’s own lang, else the site’s', () => {
    expect(pageLanguage({ lang: 'ja' }, { lang: 'en' })).toBe('ja')
    expect(pageLanguage({ lang: null }, { lang: 'de' })).toBe('de')
    expect(pageLanguage({}, { lang: 'fr' })).toBe('fr')
    expect(pageLanguage(undefined, { lang: 'pt-BR' })).toBe('pt-BR')
  })
})
