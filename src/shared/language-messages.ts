/**
 * The few interface strings of several languages in one handbook, in the
 * six shipped languages, until they join the one message catalogue
 * (issue 34 part 1): the switcher's name and the notice on a page shown in
 * the default language because it is not translated yet. Here in src/shared
 * because both the build (the notice) and the header (the switcher) read them.
 */

/** The languages this module has strings for. */
export const SHIPPED_LANGUAGES = ['en', 'ja', 'de', 'fr', 'es', 'pt'] as const

export interface LanguageMessages {
  /** The switcher's accessible name. */
  switcher: string
  /** The notice on an untranslated page: `{language}` is the reader's language's name, `{fallback}` the default language's. */
  fallbackNotice: string
}

export const LANGUAGE_MESSAGES: Record<(typeof SHIPPED_LANGUAGES)[number], LanguageMessages> = {
  en: { switcher: 'Language', fallbackNotice: 'This page is not yet translated into {language}; showing the {fallback} page.' },
  ja: { switcher: '言語', fallbackNotice: 'このページはまだ{language}に翻訳されていません。{fallback}のページを表示しています。' },
  de: { switcher: 'Sprache', fallbackNotice: 'Diese Seite ist noch nicht auf {language} übersetzt; hier ist die Seite auf {fallback}.' },
  fr: { switcher: 'Langue', fallbackNotice: 'Cette page n’est pas encore traduite en {language} ; voici la page en {fallback}.' },
  es: { switcher: 'Idioma', fallbackNotice: 'Esta página aún no está traducida al {language}; se muestra la página en {fallback}.' },
  pt: { switcher: 'Idioma', fallbackNotice: 'Esta página ainda não foi traduzida para {language}; a mostrar a página em {fallback}.' },
}

/** The strings of a language (by its tag's first part), English for one not shipped. */
export function languageMessages(lang: string): LanguageMessages {
  const primary = lang.split('-')[0]!.toLowerCase()
  return (LANGUAGE_MESSAGES as Record<string, LanguageMessages>)[primary] ?? LANGUAGE_MESSAGES.en
}

/** The fallback notice in the reader's language, naming it and the default language as each calls itself. */
export function fallbackNotice(lang: string, language: string, fallback: string): string {
  return languageMessages(lang).fallbackNotice.replace('{language}', language).replace('{fallback}', fallback)
}
