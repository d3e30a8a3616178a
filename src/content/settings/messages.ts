/**
 * `messages:` in handbook.yml: the handbook's own wording of the
 * interface's messages, per language code, over the shipped catalogues
 * (src/shared/i18n): `messages: { en: { onThisPage: Contents } }`. A
 * language the interface does not ship, a key it has not, or a message
 * that drops or adds a placeholder is an error at its line: the words
 * would never show, or show `{count}` to readers.
 */
import { z } from 'zod'
import { SettingsError } from '../setting-kinds/error'
import { setting, type FileCheck } from '../setting-kinds/kinds'
import { nearestName } from '../common/nearest-name'
import { CATALOGUES, MESSAGE_KEYS, SHIPPED_LANGUAGES, placeholdersOf, type Message, type MessageOverrides } from '../../shared/i18n'
import { en } from '../../shared/i18n/messages/en'

const EXAMPLE = '{ en: { onThisPage: Contents }, ja: { onThisPage: 目次 } }'

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other']

const plural = z.object({ zero: z.string().optional(), one: z.string().optional(), two: z.string().optional(), few: z.string().optional(), many: z.string().optional(), other: z.string() }).strict()
const messageValue = z.union([z.string(), plural])
// Its output is the catalogue's type: a plural form left out is no form.
const overridesSchema = z.record(z.string(), z.record(z.string(), messageValue)).transform((value) => value as MessageOverrides)

/** A problem with one of the overrides, where it is: `[language]` or `[language, key]`. */
export interface MessagesProblem {
  at: string[]
  message: string
}

const list = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ') || 'none'

/** What is wrong with the overrides: the first problem, at its language or key; undefined when they may be used. */
export function messagesProblem(overrides: unknown): MessagesProblem | undefined {
  if (!isGroup(overrides)) return undefined
  for (const [language, messages] of Object.entries(overrides)) {
    if (!isGroup(messages)) return undefined
    if (!Object.hasOwn(CATALOGUES, language)) {
      const near = nearestName(language, SHIPPED_LANGUAGES, { ignoreCase: true }) ?? language.split(/[-_]/)[0]!.toLowerCase()
      const hint = SHIPPED_LANGUAGES.includes(near as never) ? ` Did you mean ${near}?` : ''
      return {
        at: [language],
        message: `"messages": "${language}" is not a language the interface ships, so its words would never show.${hint} Write one of ${SHIPPED_LANGUAGES.join(', ')} (a language's code, without a region: ja for ja-JP), e.g. messages: ${EXAMPLE}`,
      }
    }
    for (const [key, value] of Object.entries(messages)) {
      if (!Object.hasOwn(en, key)) {
        const near = nearestName(key, MESSAGE_KEYS, { ignoreCase: true })
        return {
          at: [language, key],
          message: `"messages.${language}": "${key}" is not a message of the interface, so it would never show.${near ? ` Did you mean ${near}?` : ''} The messages and their English are in src/shared/i18n/messages/en.ts`,
        }
      }
      const shipped = en[key as keyof typeof en]
      if (typeof value !== 'string' && !isGroup(value))
        return {
          at: [language, key],
          message: `"messages.${language}.${key}" must be the message's text, or its plural forms (one: ..., other: ...). Write e.g. ${key}: "${typeof shipped === 'string' ? shipped : shipped.other}"`,
        }
      if (isGroup(value)) {
        const notText = Object.entries(value).find(([, form]) => typeof form !== 'string')
        if (notText) return { at: [language, key, notText[0]], message: `"messages.${language}.${key}.${notText[0]}" must be text` }
        const extra = Object.keys(value).find((category) => !PLURAL_CATEGORIES.includes(category))
        if (extra)
          return {
            at: [language, key],
            message: `"messages.${language}.${key}": "${extra}" is not a plural form: write forms named ${PLURAL_CATEGORIES.join(', ')} (other is used when no other form fits), or one text`,
          }
        if (!('other' in value)) return { at: [language, key], message: `"messages.${language}.${key}" has no "other" form, which every count without a form of its own uses: add other: ...` }
      }
      const wanted = placeholdersOf(shipped)
      const written = placeholdersOf(value as Message)
      if (wanted.join() !== written.join())
        return {
          at: [language, key],
          message: `"messages.${language}.${key}" has the placeholders ${list(written)}, but the message fills in ${list(wanted)}: write them as the shipped message does ("${typeof shipped === 'string' ? shipped : shipped.other}")`,
        }
    }
  }
  return undefined
}

const isGroup = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function checkInFile(overrides: MessageOverrides): FileCheck | undefined {
  const problem = messagesProblem(overrides)
  if (!problem) return undefined
  return { value: undefined, finding: { severity: 'error', code: 'settings-messages', message: problem.message, at: problem.at } }
}

/** `messages`: the handbook's own wording of the interface, by language code, then by message key. */
export const messagesSetting = setting(overridesSchema, {
  expected: 'a group of language codes, each a group of message keys and their text',
  example: EXAMPLE,
  // A plural form named wrong, or none named other: the message says which.
  wrongForm: (value) => messagesProblem(value)?.message,
  checkInFile,
  resolve(overrides) {
    const problem = messagesProblem(overrides)
    if (problem) throw new SettingsError(`messages in handbook.config.ts: ${problem.message}`)
    return overrides
  },
})
