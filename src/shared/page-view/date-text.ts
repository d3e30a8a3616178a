/** The date in the page's language, written at build time (no script); the ISO day for a language Intl does not know. */
export function dateText(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
  } catch {
    return iso.slice(0, 10)
  }
}
