/**
 * The interface's message catalogue: one per shipped language, English the
 * source of the keys, and the choice of one for a page's language tag by its
 * primary subtag (`pt-BR` → Portuguese), with the handbook's own wording
 * (`messages:` in handbook.yml) over it.
 */
import { formatMessage, messageParts, type Message, type MessagePart, type MessageValues, type Plural } from './message'
import { en } from './messages/en'
import { ja } from './messages/ja'
import { de } from './messages/de'
import { fr } from './messages/fr'
import { es } from './messages/es'
import { pt } from './messages/pt'

/** The name of a message of the interface. */
export type MessageKey = keyof typeof en

/** A language's messages: each key of English's, a plural message where English has one. */
export type Catalogue = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : Plural }

/** The languages the interface ships, by code: the primary subtag of a page's `lang`. */
export const CATALOGUES = { en, ja, de, fr, es, pt } as const satisfies Record<string, Catalogue>

export type ShippedLanguage = keyof typeof CATALOGUES

/** The shipped languages' codes, in the catalogue's order. */
export const SHIPPED_LANGUAGES = Object.keys(CATALOGUES) as ShippedLanguage[]

/** Every message key, in English's order. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[]

/** The handbook's own wording of messages, by language code (`messages:` in handbook.yml): `{ en: { onThisPage: Contents } }`. */
export type MessageOverrides = { readonly [language: string]: { readonly [key: string]: Message } | undefined }

/** The shipped language a language tag is written in (`ja-JP` → `ja`); undefined for one the interface does not ship. */
export function shippedLanguageOf(lang: string): ShippedLanguage | undefined {
  const primary = lang.split(/[-_]/)[0]!.toLowerCase()
  return Object.hasOwn(CATALOGUES, primary) ? (primary as ShippedLanguage) : undefined
}

/** The interface's words in one language. */
export interface Messages {
  /** The language tag the words are in (`pt-BR`; `en` for a language the interface does not ship), for Intl's dates and numbers. */
  lang: string
  /** The catalogue chosen. */
  language: ShippedLanguage
  /** A message as the catalogue (or the handbook) words it, placeholders and plural forms unfilled. */
  message(key: MessageKey): Message
  /** A message with its placeholders filled in; `count` chooses the plural form. */
  text(key: MessageKey, values?: MessageValues): string
  /** A message split at the placeholders not given, for the caller to put elements there (a link, a <time>). */
  parts(key: MessageKey, values?: MessageValues): MessagePart[]
}

/**
 * The messages for a language tag: its catalogue by primary subtag (an
 * unknown one gets English), each key the handbook words itself taken from
 * `overrides` for that language.
 */
export function messagesFor(lang: string, overrides: MessageOverrides = {}): Messages {
  const shipped = shippedLanguageOf(lang)
  const language = shipped ?? 'en'
  const catalogue: Catalogue = CATALOGUES[language]
  const own = overrides[language] ?? {}
  const tag = shipped ? lang : 'en'
  const message = (key: MessageKey): Message => (Object.hasOwn(own, key) ? own[key]! : catalogue[key])
  return {
    lang: tag,
    language,
    message,
    text: (key, values) => formatMessage(message(key), tag, values),
    parts: (key, values) => messageParts(message(key), tag, values),
  }
}
