/**
 * What a shortcode call becomes: the company's mapping first (it may
 * rename a built-in), then the built-ins, `include`/`readfile`, the people
 * blocks, and for anything else a visibly marked placeholder with a warning
 * (never raw braces, never dropped; the inner Markdown of a pair still shows).
 */
import type { Content } from 'mdast'
import { directiveOutputNode } from '../directive-output'
import type { DirectiveHandlers, DirectiveKind } from '../directive-handlers'
import { BUILTIN_SHORTCODES } from './builtins'
import { mappedCall, PEOPLE_BLOCK_NAMES, type ShortcodeMappings } from './mapping'
import { element, line, text } from './nodes'
import { writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'
import type { RenderCall } from './apply'

export interface ShortcodeTools {
  mappings: ShortcodeMappings
  /** The people blocks (person, team…), when the handbook has people data. */
  people: DirectiveHandlers | undefined
  /** `include` / `readfile`: the file's content in place, or a problem. */
  include: (call: ShortcodeCall) => ShortcodeOutput
}

/** Jekyll/Liquid tags that have no meaning here. */
const LIQUID_HINT = 'Markdown here does not run Liquid: replace it with the Markdown it stood for'

function placeholder(call: ShortcodeCall, original: ShortcodeCall): ShortcodeOutput {
  const name = original.name
  const inner = call.inner ?? []
  const nodes: Content[] =
    call.placement === 'inline'
      ? [element('span', { className: ['shortcode-unknown'], title: `Unsupported shortcode: ${name}` }, [text(name)]), ...inner.flatMap((node) => (node.type === 'paragraph' ? node.children : [node]))]
      : [element('div', { className: ['shortcode-unknown'] }, [line('shortcode-unknown-name', [text(`Unsupported shortcode: ${name}`)]), ...inner])]
  const message =
    original.form === 'liquid'
      ? `${writtenName(original)} is a Jekyll/Liquid tag; ${LIQUID_HINT} (an include: {{< include "file.md" >}}). It is shown as a marked placeholder`
      : `${writtenName(original)} is not a shortcode this handbook knows; it is shown as a marked placeholder. Map it to one of our blocks in handbook.config.ts (shortcodes: { "${name}": { block: "alert" } }, see the migration guide), or replace it with Markdown`
  // One kind per tag: 292 uses of {% slack_channel %} are one line of the report, with their count.
  return { nodes, problem: { code: 'shortcode-unknown', severity: 'warning', kind: writtenName(original), message } }
}

function peopleBlock(call: ShortcodeCall, original: ShortcodeCall, handlers: DirectiveHandlers): ShortcodeOutput {
  const handler = handlers.get(call.name)!
  const kind: DirectiveKind = call.placement === 'inline' ? 'text' : 'leaf'
  const result = handler({ name: call.name, kind, label: call.positional[0] ?? '', attributes: call.named, line: call.line, column: call.column })
  if ('nodes' in result) return { nodes: [directiveOutputNode(kind, result.nodes, undefined)] }
  if ('tree' in result) return { nodes: result.tree }
  return { nodes: [], problem: { code: result.problem.code, message: `${writtenName(original)}: ${result.problem.message}` } }
}

export function shortcodeRenderer(tools: ShortcodeTools): RenderCall {
  return (original) => {
    const mapping = tools.mappings[original.name]
    const call = mapping ? mappedCall(original, mapping) : original
    if (mapping?.block === 'none') return { nodes: [] }
    if (mapping?.block === 'content') return { nodes: call.inner ?? [] }
    if (call.form === 'liquid' && call.name === 'raw') {
      return {
        nodes: call.inner ?? [],
        problem: {
          code: 'shortcode-unknown',
          severity: 'warning',
          kind: writtenName(call),
          message: `{% raw %} is a Jekyll/Liquid tag, not needed here: remove {% raw %} and {% endraw %} (what is between them shows as written)`,
        },
      }
    }
    if (call.form === 'liquid' && call.name !== 'hint') return placeholder(call, original)
    if (call.name === 'include' || call.name === 'readfile') return tools.include(call)
    const builtin = BUILTIN_SHORTCODES[call.name]
    if (builtin) return builtin(call)
    if ((PEOPLE_BLOCK_NAMES as readonly string[]).includes(call.name)) {
      if (tools.people?.has(call.name)) return peopleBlock(call, original, tools.people)
      const output = placeholder(call, original)
      return {
        ...output,
        problem: {
          ...output.problem!,
          message: `${writtenName(original)} shows people, and this handbook has no people data: add people.yml (and teams.yml) at the root of the content folder. It is shown as a marked placeholder`,
        },
      }
    }
    return placeholder(call, original)
  }
}
