import type { ReactNode } from 'react'

const TITLES = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' } as const

export type CalloutType = keyof typeof TITLES

/**
 * A highlighted box for MDX pages: <Callout type="warning" title="Heads up">…</Callout>.
 * `.md` pages get the same box from GitHub's `> [!WARNING]` syntax.
 */
export function Callout({ type = 'note', title, children }: { type?: CalloutType; title?: string; children: ReactNode }) {
  const kind: CalloutType = type in TITLES ? type : 'note'
  return (
    <div className={`callout callout-${kind}`}>
      <p className="callout-title">{title ?? TITLES[kind]}</p>
      {children}
    </div>
  )
}

export const Note = (props: { title?: string; children: ReactNode }) => <Callout type="note" {...props} />
export const Tip = (props: { title?: string; children: ReactNode }) => <Callout type="tip" {...props} />
export const Warning = (props: { title?: string; children: ReactNode }) => <Callout type="warning" {...props} />
