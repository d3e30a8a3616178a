/** Lines of text and links a page shows: under its title, in its review note. */
import { messagesFor, type MessageKey, type Messages, type MessageValues } from '../i18n'

/** A piece of a line the page shows: text, or a link (already with the path prefix). */
export interface LinePart {
  text: string
  url?: string
}

/** A line under a page's title (see title-lines.ts), drawn by Article. */
export interface TitleLine {
  /** What the line says, for styling and tests, e.g. "owners". */
  kind: string
  parts: LinePart[]
}

/** Parts joined as the language lists them: ", " and a last " and " (or " or "). */
export function listed(items: readonly LinePart[][], messages: Messages = messagesFor('en'), last: 'listAnd' | 'listOr' = 'listAnd'): LinePart[] {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: messages.text(i === items.length - 1 ? last : 'listSeparator') }, ...item]))
}

/** A message as line parts: each placeholder filled with the parts `slots` gives for it. */
export function messageLine(messages: Messages, key: MessageKey, slots: Readonly<Record<string, LinePart[]>>, values: MessageValues = {}): LinePart[] {
  return messages.parts(key, values).flatMap((part) => (typeof part === 'string' ? [{ text: part }] : (slots[part.placeholder] ?? [])))
}
