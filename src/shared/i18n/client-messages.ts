/**
 * The messages the browser scripts (src/client) use, and how a page hands
 * them over: for the page's language only, chosen and overridden at build
 * time, in a small JSON script element the scripts read (no catalogue is
 * shipped to the browser).
 */
import type { Message } from './message'
import type { MessageKey, Messages } from './catalogue'

/** The keys src/client uses: only these go to the browser. */
export const CLIENT_KEYS = [
  'copied',
  'copyFailed',
  'diagram',
  'diagramSource',
  'video',
  'tab',
  'searchCancel',
  'searchIntro',
  'searchIntroHandbook',
  'searchKeys',
  'searchLoading',
  'searchFailed',
  'searchRetry',
  'searchReload',
  'noResultsFor',
  'noResultsHint',
  'searchPartial',
  'searchFound',
  'showingResultsFor',
  'searchInsteadFor',
  'didYouMean',
  'allResultsFor',
  'searchMore',
  'searchTypeWord',
  'searching',
  'searchPageResults',
  'searchPagePartial',
  'searchBestShown',
  'peopleNoMatch',
  'peopleShown',
  'feedbackSending',
  'feedbackThanks',
  'feedbackFailed',
] as const satisfies readonly MessageKey[]

export type ClientKey = (typeof CLIENT_KEYS)[number]

/** The id of the JSON script element the page carries them in. */
export const CLIENT_MESSAGES_ID = 'ui-messages'

/** What the page carries: the language tag and the client's messages, as its language (and the handbook) word them. */
export interface ClientMessages {
  lang: string
  messages: { readonly [K in ClientKey]?: Message }
}

/** The client's messages for a page, as the JSON the page carries (`<` escaped: it sits in a script element). */
export function clientMessagesJson(messages: Messages): string {
  const chosen: ClientMessages = { lang: messages.lang, messages: Object.fromEntries(CLIENT_KEYS.map((key) => [key, messages.message(key)])) }
  return JSON.stringify(chosen).replace(/</g, '\\u003c')
}
