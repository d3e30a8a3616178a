/**
 * The interface's words in the page's language (issue 34): one message
 * catalogue per shipped language, shared by the build and the browser.
 *
 *   message.ts          a message, its placeholders and plural forms, filled in
 *   catalogue.ts        the catalogues, and `messagesFor(lang, overrides)`
 *   messages/<code>.ts  one language's messages (en.ts is the source of the keys)
 *   page-language.ts    the language a page is in
 *   client-messages.ts  the few messages the browser scripts get, for one language
 */
export { formatMessage, messageParts, numberText, placeholdersOf, type Message, type MessagePart, type MessageValues, type Plural } from './message'
export { CATALOGUES, MESSAGE_KEYS, SHIPPED_LANGUAGES, messagesFor, shippedLanguageOf, type Catalogue, type MessageKey, type MessageOverrides, type Messages, type ShippedLanguage } from './catalogue'
export { pageLanguage } from './page-language'
export { CLIENT_KEYS, CLIENT_MESSAGES_ID, clientMessagesJson, type ClientKey, type ClientMessages } from './client-messages'
