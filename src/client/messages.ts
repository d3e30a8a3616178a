/**
 * The interface's words the browser scripts show, in the page's language:
 * read from the small JSON the page carries (src/shared/i18n/client-messages.ts,
 * written by Layout at build time), never a catalogue of the scripts' own.
 */
import { CLIENT_MESSAGES_ID, type ClientKey, type ClientMessages } from '../shared/i18n/client-messages'
import { formatMessage, messageParts, type MessagePart, type MessageValues } from '../shared/i18n/message'

let read: { page: Element | null; messages: ClientMessages } | undefined

/** The page's messages, read again when develop shows another page. */
function pageMessages(): ClientMessages {
  const node = document.getElementById(CLIENT_MESSAGES_ID)
  if (read && read.page === node) return read.messages
  let messages: ClientMessages = { lang: document.documentElement.lang || 'en', messages: {} }
  try {
    if (node?.textContent) messages = JSON.parse(node.textContent) as ClientMessages
  } catch {
    // A page without its messages shows the keys: visible, never a crash.
  }
  read = { page: node, messages }
  return messages
}

/** A message with its placeholders filled in, in the page's language; `count` chooses the plural form. */
export function text(key: ClientKey, values?: MessageValues): string {
  const { lang, messages } = pageMessages()
  const message = messages[key]
  return message === undefined ? key : formatMessage(message, lang, values)
}

/** A message split at the placeholders not given, for the caller to put elements there. */
export function parts(key: ClientKey, values?: MessageValues): MessagePart[] {
  const { lang, messages } = pageMessages()
  const message = messages[key]
  return message === undefined ? [key] : messageParts(message, lang, values)
}
