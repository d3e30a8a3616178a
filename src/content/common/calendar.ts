/**
 * Calendar dates and intervals as editors write them (`2026-05-01`,
 * `6 months`: review dates, start dates, HANDBOOK_TODAY), and the arithmetic
 * on them. Dates are plain year/month/day numbers, never a Date in some time
 * zone, so nothing shifts a day: a page reviewed on 2026-05-01 was reviewed
 * on 2026-05-01 wherever the build runs. A date in words for readers is
 * src/shared/date-text.ts (pages and templates show dates too).
 */

export const DATE_FORM = 'YYYY-MM-DD'
export const INTERVAL_FORMS = '2 weeks, 3 months, 6 months or 1 year (N days, weeks, months or years)'

export interface CalendarDate {
  year: number
  month: number
  day: number
}

export type IntervalUnit = 'day' | 'week' | 'month' | 'year'

export interface Interval {
  count: number
  unit: IntervalUnit
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const INTERVAL = /^(\d+)\s*(day|week|month|year)s?$/i

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** `YYYY-MM-DD` that names a real day (no 2026-02-30), else undefined. */
export function parseDate(text: string): CalendarDate | undefined {
  const match = DATE.exec(text.trim())
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== undefined
}

/** `6 months`, `1 year`, `2 weeks`, `10 days` (at least 1), else undefined. */
export function parseInterval(text: string): Interval | undefined {
  const match = INTERVAL.exec(text.trim())
  if (!match) return undefined
  const count = Number(match[1])
  if (!Number.isSafeInteger(count) || count < 1) return undefined
  return { count, unit: match[2]!.toLowerCase() as IntervalUnit }
}

export function isInterval(text: string): boolean {
  return parseInterval(text) !== undefined
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian), for differences between dates. */
export function dayNumber(date: CalendarDate): number {
  // Days from civil (H. Hinnant's algorithm): exact integer arithmetic, no Date, no time zone.
  const y = date.month <= 2 ? date.year - 1 : date.year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (date.month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** The date an interval after another; months and years keep the day, clamped to the month's last (01-31 + 1 month = 02-28). */
export function addInterval(date: CalendarDate, interval: Interval): CalendarDate {
  const { count, unit } = interval
  if (unit === 'day' || unit === 'week') return fromDayNumber(dayNumber(date) + count * (unit === 'week' ? 7 : 1))
  const months = date.month - 1 + count * (unit === 'year' ? 12 : 1)
  const year = date.year + Math.floor(months / 12)
  const month = (months % 12) + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** Today on a clock, as the calendar date where the build runs. */
export function calendarDateOf(clock: Date): string {
  return formatDate({ year: clock.getFullYear(), month: clock.getMonth() + 1, day: clock.getDate() })
}

/** The day of an instant at UTC, `YYYY-MM-DD`: a commit's day, a date YAML or TOML read as a time. */
export function utcDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10)
}
