/**
 * A message of the interface and how it is filled in: `{name}` placeholders,
 * and for a message about a count, one form per plural category of the
 * language (Intl.PluralRules). Shared by the build and the browser scripts,
 * which get the messages they use already chosen for the page's language.
 */

/** A message's forms by plural category; `other` is the one every language has. */
export interface Plural {
  readonly zero?: string
  readonly one?: string
  readonly two?: string
  readonly few?: string
  readonly many?: string
  readonly other: string
}

/** A message: text with `{name}` placeholders, or its forms by plural category. */
export type Message = string | Plural

/** The values a message's placeholders take. */
export type MessageValues = Readonly<Record<string, string | number>>

/** A piece of a filled message: its text, or a placeholder left for the caller (a link, an element). */
export type MessagePart = string | { readonly placeholder: string }

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g

/** The placeholders a message names, each once, sorted (all forms of a plural one). */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((text): text is string => typeof text === 'string')
  return [...new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!)))].sort()
}

/** The form of a message for `count` in `lang` (`other` when the language's category has none). */
export function formOf(message: Message, lang: string, count: number | undefined): string {
  if (typeof message === 'string') return message
  if (count === undefined) return message.other
  let category: Intl.LDMLPluralRule = 'other'
  try {
    category = new Intl.PluralRules(lang).select(count)
  } catch {
    // A language tag Intl does not know: the general form.
  }
  return message[category] ?? message.other
}

/** A number as the language writes it (`1,234`, `1.234`, `1 234`). */
export function numberText(value: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang).format(value)
  } catch {
    return String(value)
  }
}

/** The message split at its placeholders: values given are filled in (numbers written for the language), the others left as parts for the caller. */
export function messageParts(message: Message, lang: string, values: MessageValues = {}): MessagePart[] {
  const count = typeof values.count === 'number' ? values.count : undefined
  const text = formOf(message, lang, count)
  const parts: MessagePart[] = []
  let at = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1]!
    const value = values[name]
    if (match.index > at) parts.push(text.slice(at, match.index))
    if (value === undefined) parts.push({ placeholder: name })
    else parts.push(typeof value === 'number' ? numberText(value, lang) : value)
    at = match.index + match[0].length
  }
  if (at < text.length) parts.push(text.slice(at))
  // Adjacent text joined: a message with every value given is one string.
  return parts.reduce<MessagePart[]>((joined, part) => {
    const last = joined[joined.length - 1]
    if (typeof part === 'string' && typeof last === 'string') joined[joined.length - 1] = last + part
    else joined.push(part)
    return joined
  }, [])
}

/** The message with its placeholders filled in (one not given stays `{name}`). */
export function formatMessage(message: Message, lang: string, values: MessageValues = {}): string {
  return messageParts(message, lang, values)
    .map((part) => (typeof part === 'string' ? part : `{${part.placeholder}}`))
    .join('')
}
