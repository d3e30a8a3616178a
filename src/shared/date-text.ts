/**
 * A date for readers, in the page's language ("May 1, 2026"): a calendar
 * date (`2026-05-01`) or an instant (`2026-05-01T10:00:00Z`), read at UTC so
 * that no time zone moves it to another day. Written at build time (no
 * script); a language Intl does not know shows the date as written.
 */

/**
 * One formatter per language and options: making an Intl.DateTimeFormat
 * costs far more than formatting with it, and every page of a handbook asks
 * for the same few (its "last updated" date, its review date): 70 ms of the
 * static HTML of the 237 pages of a real handbook, in a CPU profile.
 * `undefined` is a language Intl refused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | undefined>()

function formatterFor(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  const key = `${lang}\u0000${JSON.stringify(options)}`
  if (!formatters.has(key)) {
    let formatter: Intl.DateTimeFormat | undefined
    try {
      formatter = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })
    } catch {
      formatter = undefined
    }
    formatters.set(key, formatter)
  }
  return formatters.get(key)
}

export function dateText(iso: string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  try {
    const formatter = formatterFor(lang, options)
    if (formatter) return formatter.format(new Date(iso))
  } catch {
    // A date Intl cannot read: shown as written, below.
  }
  return iso.slice(0, 10)
}
