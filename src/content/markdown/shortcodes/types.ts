/**
 * The contract between the shortcode syntax (scan, prepare-source, apply)
 * and what renders a shortcode (built-ins, a company's mapping, the
 * unknown-shortcode placeholder): a call with its arguments and inner
 * Markdown in, mdast nodes out.
 */
import type { Content } from 'mdast'
import type { DirectiveProblem } from '../directive-handlers'
import type { ShortcodeForm } from './scan'

export interface ShortcodeCall {
  name: string
  form: ShortcodeForm
  positional: readonly string[]
  named: Readonly<Record<string, string>>
  /** The Markdown between the opening and closing tag, parsed; undefined for a tag without a closing one. */
  inner?: Content[]
  /** The text between the tags as written (code in a Docsy tab with `lang`, `{{< highlight >}}`). */
  innerSource?: string
  /** Block: the tag stands between blocks. Inline: inside a paragraph, heading or table cell. */
  placement: 'block' | 'inline'
  line: number
  column: number
}

/** What replaces a call, and what to report about it (unknown, a missing argument, a missing file…). */
export interface ShortcodeOutput {
  nodes: Content[]
  problem?: Omit<DirectiveProblem, 'line' | 'column'> & Partial<Pick<DirectiveProblem, 'line' | 'column'>>
  /** Problems found elsewhere, with their own place (in an included file). */
  more?: DirectiveProblem[]
}

export type ShortcodeRenderer = (call: ShortcodeCall) => ShortcodeOutput

/** The argument called `names[0]` (or another of `names`), else the positional one at `position`. */
export function argument(call: ShortcodeCall, names: readonly string[], position?: number): string | undefined {
  for (const name of names) if (call.named[name] !== undefined) return call.named[name]
  return position === undefined ? undefined : call.positional[position]
}

/** How the editor writes the tag, for messages and the escape: `{{< youtube >}}`, `{% hint %}`; with `closing`, `{{< /youtube >}}`, `{% endhint %}`. */
export function writtenName(call: Pick<ShortcodeCall, 'name' | 'form'>, closing = false): string {
  if (call.form === 'liquid') return `{% ${closing ? 'end' : ''}${call.name} %}`
  if (call.form === 'brace') return `{{${call.name}}}`
  const [open, close] = call.form === 'angle' ? ['{{<', '>}}'] : ['{{%', '%}}']
  return `${open} ${closing ? '/' : ''}${call.name} ${close}`
}
