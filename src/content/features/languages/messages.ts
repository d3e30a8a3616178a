/** The wing's interface strings in the six shipped languages: kept in src/shared/language-messages.ts, which the header's switcher reads too. */
export { fallbackNotice, LANGUAGE_MESSAGES, languageMessages, SHIPPED_LANGUAGES, type LanguageMessages } from '../../../shared/language-messages'
