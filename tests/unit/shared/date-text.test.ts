import { describe, expect, it } from 'vitest'
import { dateText } from '../../../src/shared/date-text'

describe('dateText', () => {
  it('writes a calendar date in the language, never moved by a time zone', () => {
    expect(dateText('2026-05-01', 'en')).toBe('May 1, 2026')
    expect(dateText('2026-05-01T00:00:00Z', 'en')).toBe('May 1, 2026')
    expect(dateText('2026-05-01', 'de')).toBe('1. Mai 2026')
  })

  it('takes Intl options, always at UTC', () => {
    expect(dateText('2026-05-01T23:30:00Z', 'en', { timeStyle: 'short' })).toBe('11:30 PM')
    expect(dateText('2026-05-01', 'en', { dateStyle: 'full' })).toBe('Friday, May 1, 2026')
  })

  it('shows the date as written for a language Intl does not accept', () => {
    expect(dateText('2026-05-01T10:00:00Z', 'not a language!')).toBe('2026-05-01')
    expect(dateText('2026-05-02', 'not a language!')).toBe('2026-05-02')
  })

  it('formats each date with the options asked, however often a language is asked for', () => {
    for (const day of ['2026-05-01', '2026-12-31', '2027-02-28']) {
      expect(dateText(day, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day)))
      expect(dateText(day, 'fr', { dateStyle: 'medium' })).toBe(new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(day)))
    }
    expect(dateText('not a date', 'en')).toBe('not a date')
  })
})
