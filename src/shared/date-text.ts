/**
 * A date for readers, in the page's language ("May 1, 2026"): a calendar
 * date (`2026-05-01`) or an instant (`2026-05-01T10:00:00Z`), read at UTC so
 * that no time zone moves it to another day. Written at build time (no
 * script); a language Intl does not know shows the date as written.
 */
export function dateText(iso: string, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  try {
    return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(iso))
  } catch {
    return iso.slice(0, 10)
  }
}
