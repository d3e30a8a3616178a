/**
 * The titles callouts get in a page's language: GitHub alerts (`> [!NOTE]`),
 * and the title the other syntaxes give when the editor writes none
 * (Docusaurus' `:::info`, MkDocs' `!!! note`, Hugo's `{{% note %}}`,
 * GitBook's `{% hint style="danger" %}`: the name of their kind, marked by
 * markDefaultTitle). The catalogue's callout words, the handbook's own
 * `messages:` over them. Only a page whose titles differ from English
 * carries them, so an English handbook's render keys, and its callouts'
 * own names ("Info", "Danger"), stay as they were; a title the editor
 * wrote is never changed.
 */
import type { Content, Root } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'
import { messagesFor, type MessageKey, type MessageOverrides } from '../../shared/i18n'
import { CALLOUT_KINDS, type CalloutKind } from './alerts'

/** Where a title node says which kind's name it is (mdast `data`, never rendered). */
const DEFAULT_TITLE = 'calloutDefaultTitle'

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

/** Marks a callout's title (or a details box's summary) as its kind's name, given because the editor wrote none. */
export function markDefaultTitle<T extends Content>(node: T, kind: CalloutKind): T {
  node.data = { ...node.data, [DEFAULT_TITLE]: kind }
  return node
}

/** The titles marked as a kind's name, in the page's language (`titles`; as they are without). */
export function applyDefaultTitles(tree: Root, titles: CalloutTitles | undefined): void {
  if (!titles) return
  visit(tree as UnistNode, (node) => {
    const kind = (node.data as Record<string, unknown> | undefined)?.[DEFAULT_TITLE] as CalloutKind | undefined
    if (kind && kind in titles) (node as unknown as { children: Content[] }).children = [{ type: 'text', value: titles[kind] }]
  })
}
