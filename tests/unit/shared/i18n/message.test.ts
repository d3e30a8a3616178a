import { describe, expect, it } from 'vitest'
import { formatMessage, formOf, numberText, placeholdersOf } from '../../../../src/shared/i18n/message'

describe('messages', () => {
  it('names the placeholders of every form once', () => {
    expect(placeholdersOf({ one: '{shown} of {count} person', other: '{shown} of {count} people' })).toEqual(['count', 'shown'])
    expect(placeholdersOf('Menu')).toEqual([])
  })

  it('chooses the form of the language’s plural category, else other', () => {
    expect(formOf({ one: 'a', other: 'b' }, 'en', 1)).toBe('a')
    expect(formOf({ one: 'a', other: 'b' }, 'en', 0)).toBe('b')
    expect(formOf({ one: 'a', other: 'b' }, 'fr', 0)).toBe('a')
    // Japanese has no `one`.
    expect(formOf({ one: 'a', other: 'b' }, 'ja', 1)).toBe('b')
    expect(formOf({ one: 'a', other: 'b' }, 'not a tag!', 1)).toBe('b')
  })

  it('writes numbers for the language', () => {
    expect(numberText(1234567, 'en')).toBe('1,234,567')
    expect(numberText(1234567, 'de')).toBe('1.234.567')
    expect(numberText(1234567, 'fr')).toBe('1\u202f234\u202f567')
  })

  it('leaves a placeholder not given as it is written', () => {
    expect(formatMessage('{a} and {b}', 'en', { a: 'x' })).toBe('x and {b}')
  })
})
