/**
 * A page not yet translated (src/content/features/languages/fallback.ts), as
 * its article shows it: a notice in the reader's language above the default
 * language's page, whose title and body say their own language.
 */
import type { LanguageLinkView } from '../languages'
import { siteMessages, type SiteContext } from './site'

/** What Article draws of a page not yet translated. */
export interface UntranslatedView {
  /** The language of the page shown (its title and body): `lang` on both. */
  lang: string
  /** "This page is not yet translated into 日本語; showing the English page.", in the page's language. */
  notice: string
}

/** The view of a page not yet translated, in the page's language `lang`; undefined on any other page. */
export function untranslatedView(
  untranslated: { url: string; lang: string } | null | undefined,
  languages: readonly LanguageLinkView[] | null | undefined,
  lang: string,
  site: Pick<SiteContext, 'chrome'>,
): UntranslatedView | undefined {
  if (!untranslated) return undefined
  const current = languages?.find((language) => language.current)
  const shown = languages?.find((language) => language.isDefault)
  return {
    lang: untranslated.lang,
    notice: siteMessages(lang, site).text('untranslatedNotice', { language: current?.label ?? lang, fallback: shown?.label ?? untranslated.lang }),
  }
}
