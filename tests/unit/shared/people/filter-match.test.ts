/** The directory filter's matching and wording (src/shared/people/filter-match.ts); the browser side is tests/e2e/people.test.ts. */
import { describe, expect, it } from 'vitest'
import { countText, fold, matches, queryWords } from '../../../../src/shared/people/filter-match'

describe('people filter', () => {
  it('folds case and accents alike on both sides', () => {
    expect(fold('Zofia Wiśniewska, Kraków')).toBe('zofia wisniewska, krakow')
    expect(fold('LUCÍA Fernández')).toBe('lucia fernandez')
    // Compatibility forms: full-width letters are typed as ordinary ones.
    expect(fold('ＴＯＫＹＯ')).toBe('tokyo')
    expect(fold('東京オフィス')).toBe('東京オフィス')
  })

  it('cuts the query into words, ignoring extra spaces', () => {
    expect(queryWords('  Platform   Berlin ')).toEqual(['platform', 'berlin'])
    expect(queryWords('')).toEqual([])
    expect(queryWords('   ')).toEqual([])
  })

  it('needs every word, anywhere and in part', () => {
    const text = fold('Lena Fischer Platform engineer Platform Hamburg, Germany Europe/Berlin')
    expect(matches(text, queryWords('eng plat'))).toBe(true)
    expect(matches(text, queryWords('berlin lena'))).toBe(true)
    expect(matches(text, queryWords('lena tokyo'))).toBe(false)
    expect(matches(text, [])).toBe(true)
  })

  it('says how many match, or that no one does', () => {
    expect(countText(25, 25, '')).toBe('')
    expect(countText(4, 25, 'platform')).toBe('4 of 25 people')
    expect(countText(1, 1, 'ana')).toBe('1 of 1 person')
    expect(countText(0, 25, ' zzz ')).toBe('No one matches “zzz”')
  })
})
