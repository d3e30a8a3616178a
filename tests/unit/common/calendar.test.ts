/** Arithmetic on calendar dates: month-end clamping, leap years, weeks and days; the day of an instant. */
import { describe, expect, it } from 'vitest'
import { addInterval, daysBetween, formatDate, isCalendarDate, parseDate, parseInterval, utcDayOf } from '../../../src/content/common/calendar'

const add = (date: string, every: string) => formatDate(addInterval(parseDate(date)!, parseInterval(every)!))

describe('calendar dates', () => {
  it('reads real days only, as written', () => {
    expect(parseDate('2026-05-01')).toEqual({ year: 2026, month: 5, day: 1 })
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    for (const wrong of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-5-1', 'May 2026', '2026-05-01T10:00']) expect(parseDate(wrong), wrong).toBeUndefined()
  })

  it('reads intervals in days, weeks, months and years, singular or plural', () => {
    expect(parseInterval('6 months')).toEqual({ count: 6, unit: 'month' })
    expect(parseInterval('1 year')).toEqual({ count: 1, unit: 'year' })
    expect(parseInterval('2 Weeks')).toEqual({ count: 2, unit: 'week' })
    expect(parseInterval('1 day')).toEqual({ count: 1, unit: 'day' })
    for (const wrong of ['0 months', 'six months', 'quarterly', '6 moons', '-1 year', '1.5 years', '']) expect(parseInterval(wrong), wrong).toBeUndefined()
  })

  it('adds months and years clamped to the last day of the month', () => {
    expect(add('2026-01-31', '1 month')).toBe('2026-02-28')
    expect(add('2028-01-31', '1 month')).toBe('2028-02-29')
    expect(add('2026-08-31', '6 months')).toBe('2027-02-28')
    expect(add('2028-02-29', '1 year')).toBe('2029-02-28')
    expect(add('2026-11-15', '3 months')).toBe('2027-02-15')
    expect(add('2026-05-01', '12 months')).toBe('2027-05-01')
  })

  it('adds days and weeks across months and years', () => {
    expect(add('2026-12-25', '2 weeks')).toBe('2027-01-08')
    expect(add('2028-02-28', '1 day')).toBe('2028-02-29')
    expect(add('2026-02-28', '1 day')).toBe('2026-03-01')
    expect(daysBetween(parseDate('2026-03-01')!, parseDate('2026-12-01')!)).toBe(275)
    expect(daysBetween(parseDate('2026-12-01')!, parseDate('2026-03-01')!)).toBe(-275)
    expect(daysBetween(parseDate('1999-12-31')!, parseDate('2000-03-01')!)).toBe(61)
  })
})

describe('utcDayOf', () => {
  it('is the day at UTC, whatever the zone the build runs in', () => {
    expect(utcDayOf(new Date('2026-05-01T23:30:00-02:00'))).toBe('2026-05-02')
    expect(utcDayOf(new Date(Date.UTC(2026, 0, 1, 0, 0, 0)))).toBe('2026-01-01')
    expect(isCalendarDate(utcDayOf(new Date(1_700_000_000_000)))).toBe(true)
  })
})
