/**
 * Docusaurus admonitions, as container directives (markdown/directives.ts):
 *
 *     :::tip[Before you start]          (or the older  :::tip Before you start)
 *     Markdown…
 *     :::
 *
 * become the callout box of GitHub alerts and `<Callout>`. Only the
 * container form is ours: `:note` or `::tip` in text stays text.
 */
import type { CalloutKind } from './alerts'
import type { DirectiveHandler, DirectiveHandlers } from './directive-handlers'
import { namedCallout } from './shortcodes/builtins'

/** Docusaurus' kinds (and `important`, GitHub's) as our callout kinds: for `:::type` and for `<Admonition type>` (docusaurus-theme.ts). */
export const ADMONITION_KINDS: Readonly<Record<string, CalloutKind>> = {
  note: 'note',
  info: 'note',
  secondary: 'note',
  tip: 'tip',
  success: 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'warning',
  danger: 'caution',
}

function admonition(name: string, kind: CalloutKind): DirectiveHandler {
  const handler: DirectiveHandler = (call) => ({ tree: [namedCallout(kind, call.label.trim() || undefined, name.charAt(0).toUpperCase() + name.slice(1), call.children ?? [])] })
  handler.kinds = ['container']
  return handler
}

export const ADMONITION_HANDLERS: DirectiveHandlers = new Map(Object.entries(ADMONITION_KINDS).map(([name, kind]) => [name, admonition(name, kind)]))

/** The admonitions with another set of handlers (the people blocks), made once per set. */
const combined = new WeakMap<DirectiveHandlers, DirectiveHandlers>()
export function withAdmonitions(handlers: DirectiveHandlers): DirectiveHandlers {
  let both = combined.get(handlers)
  if (!both) combined.set(handlers, (both = new Map([...ADMONITION_HANDLERS, ...handlers])))
  return both
}
