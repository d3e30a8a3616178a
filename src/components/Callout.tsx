import type { ReactNode } from 'react'
import { useMessages } from './messages'
import type { MessageKey } from '../shared/i18n'

/** Each kind's title, in the page's language. */
const TITLES = { note: 'calloutNote', tip: 'calloutTip', important: 'calloutImportant', warning: 'calloutWarning', caution: 'calloutCaution' } as const satisfies Record<string, MessageKey>

export type CalloutType = keyof typeof TITLES

/**
 * A highlighted box for MDX pages: <Callout type="warning" title="Heads up">…</Callout>.
 * `.md` pages get the same box from GitHub's `> [!WARNING]` syntax.
 */
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const kind: CalloutType = type in TITLES ? type : 'note'
  const messages = useMessages()
  return (
    <div className={`callout callout-${kind}`}>
      <p className="callout-title">{title ?? messages.text(TITLES[kind])}</p>
      {children}
    </div>
  )
}

export const Note = (props: { title?: string; children: ReactNode }) => <Callout type="note" {...props} />
export const Tip = (props: { title?: string; children: ReactNode }) => <Callout type="tip" {...props} />
export const Warning = (props: { title?: string; children: ReactNode }) => <Callout type="warning" {...props} />
