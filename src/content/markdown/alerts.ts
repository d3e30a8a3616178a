/**
 * GitHub's alert syntax, so `.md` editors get callouts without MDX:
 *
 *     > [!NOTE]
 *     > Useful information.
 *
 * becomes the same callout box MDX's <Callout> draws.
 */
import type { Blockquote, Paragraph, Root, Text } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { visit } from '../common/visit'

export const CALLOUT_KINDS = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
} as const

export type CalloutKind = keyof typeof CALLOUT_KINDS

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i

/** Alerts become callouts, titled in the page's language (`titles`; English without). */
export function applyAlerts(tree: Root, titles: Readonly<Record<CalloutKind, string>> = CALLOUT_KINDS): void {
  // As a plain unist tree: with the directive node types in mdast, inferring visit's types gets too deep (TS2589).
  visit(tree as UnistNode, 'blockquote', (node) => {
    const quote = node as Blockquote
    const first = quote.children[0]
    if (first?.type !== 'paragraph') return
    const lead = first.children[0]
    if (lead?.type !== 'text') return
    const match = MARKER.exec((lead as Text).value)
    if (!match) return
    const kind = match[1]!.toLowerCase() as CalloutKind
    ;(lead as Text).value = (lead as Text).value.slice(match[0].length)
    if ((lead as Text).value === '') first.children.shift()
    if (first.children[0]?.type === 'break') first.children.shift()
    if (first.children.length === 0) quote.children.shift()
    const title: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: ['callout-title'] } },
      children: [{ type: 'text', value: titles[kind] }],
    }
    quote.children.unshift(title)
    quote.data = { ...quote.data, hName: 'div', hProperties: { className: ['callout', `callout-${kind}`] } }
  })
}
