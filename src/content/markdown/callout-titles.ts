/**
 * The titles GitHub alerts (`> [!NOTE]`) get in a page's language: the
 * catalogue's callout words, the handbook's own `messages:` over them. Only
 * a page whose titles differ from English carries them, so an English
 * handbook's render keys stay as they were.
 */
import { messagesFor, type MessageKey, type MessageOverrides } from '../../shared/i18n'
import { CALLOUT_KINDS, type CalloutKind } from './alerts'

export type CalloutTitles = Readonly<Record<CalloutKind, string>>

const KEYS: Readonly<Record<CalloutKind, MessageKey>> = { note: 'calloutNote', tip: 'calloutTip', important: 'calloutImportant', warning: 'calloutWarning', caution: 'calloutCaution' }

/** A page language's titles, or undefined when they are English's (the renderer's default); made once per language. */
export function calloutTitlesFor(overrides: MessageOverrides): (lang: string) => CalloutTitles | undefined {
  const made = new Map<string, CalloutTitles | undefined>()
  return (lang) => {
    if (!made.has(lang)) {
      const messages = messagesFor(lang, overrides)
      const titles = Object.fromEntries(Object.entries(KEYS).map(([kind, key]) => [kind, messages.text(key)])) as Record<CalloutKind, string>
      made.set(lang, (Object.keys(KEYS) as CalloutKind[]).every((kind) => titles[kind] === CALLOUT_KINDS[kind]) ? undefined : titles)
    }
    return made.get(lang)
  }
}
