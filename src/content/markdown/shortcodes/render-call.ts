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
import { GITBOOK_BLOCKS } from './gitbook-blocks'
import { hugoParam } from './hugo-param'
import { imgproc } from './docsy-blocks'
import { mappedCall, mappingOf, PEOPLE_BLOCK_NAMES, type ShortcodeMappings } from './mapping'
import { element, line, text } from './nodes'
import { writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'
import type { RenderCall } from './apply'
import { tags as LIQUID_TAGS } from 'liquidjs'

export interface ShortcodeTools {
  mappings: ShortcodeMappings
  /** The people blocks (person, team…), when the handbook has people data. */
  people: DirectiveHandlers | undefined
  /** `include` / `readfile`: the file's content in place, or a problem. */
  include: (call: ShortcodeCall) => ShortcodeOutput
  /** The page ran Liquid (a Jekyll or Eleventy handbook): its Liquid tags are the old site's own, drawn with our blocks where they match. */
  liquid?: true
  /** A GitBook handbook: a `{% tag %}` we do not draw is one of GitBook's blocks, and the warning says so. */
  gitbook?: true
  /** Hugo: the values of the params the page's `{{< param >}}` tags ask for. */
  params?: Readonly<Record<string, string>>
  /** Hugo: the shortcodes the site or its theme defines, by name → the file that defines it (named in the warning). */
  siteShortcodes?: Readonly<Record<string, string>>
  /** Docsy's `imgproc`: the image of the page's folder whose name holds `name`, as a path from the page. */
  findImage?: (name: string) => string | undefined
}

/** How Jekyll and Eleventy sites pass the arguments of tags our blocks draw (the US Web Design System's `{% alert "Title", "warning" %}`). */
/** Liquid's own tags. */
const LIQUID_OWN_TAGS = new Set(Object.keys(LIQUID_TAGS))

const LIQUID_ARGUMENTS: Readonly<Record<string, string[]>> = { alert: ['title', 'color'] }

/** GitBook's tags that are our built-ins of the same name. */
const GITBOOK_BUILTINS = new Set(['hint', 'tabs', 'tab'])

/** Jekyll/Liquid tags that have no meaning here. */
const LIQUID_HINT = 'Markdown here does not run Liquid: replace it with the Markdown it stood for'

/** The call as written, arguments included: `slack_channel "tts-handbook" "Handbook"`. */
export function callText(call: Pick<ShortcodeCall, 'name' | 'positional' | 'named'>): string {
  const quote = (value: string) => (/^[\w./:#@-]+$/.test(value) ? value : JSON.stringify(value))
  return [call.name, ...call.positional.map(quote), ...Object.entries(call.named).map(([key, value]) => `${key}=${quote(value)}`)].join(' ')
}

function placeholder(call: ShortcodeCall, original: ShortcodeCall, liquid: boolean, definedIn?: string, gitbook = false): ShortcodeOutput {
  const name = original.name
  const shown = original.form === 'brace' ? original.name : callText(original)
  const inner = call.inner ?? []
  const nodes: Content[] =
    call.placement === 'inline'
      ? [element('span', { className: ['shortcode-unknown'], title: `Unsupported shortcode: ${name}` }, [text(shown)]), ...inner.flatMap((node) => (node.type === 'paragraph' ? node.children : [node]))]
      : [element('div', { className: ['shortcode-unknown'] }, [line('shortcode-unknown-name', [text(`Unsupported shortcode: ${shown}`)]), ...inner])]
  const message =
    original.form === 'brace'
      ? `${writtenName(original)} is not Hugo's syntax: the old site's own generator filled it in, which does not run here; it is shown as a marked placeholder. Map it in handbook.yml: shortcodes: { "${name}": { block: "…" } } for one of our blocks (org-chart, people, team…), or { template: "…" } for Markdown (a link to a page that lists it, see the migration guide)${name.includes(':') ? `; a mapping of "${name.slice(0, name.indexOf(':'))}" serves every {{${name.slice(0, name.indexOf(':'))}:…}}, what follows the colon being its arguments` : ''}`
      : liquid
        ? `${writtenName(original)} is a tag the old site's own code defined, which cannot run here; it is shown as a marked placeholder with its arguments. Map it in handbook.yml: shortcodes: { ${name}: { template: "…" } } for Markdown made from its arguments, or { block: "…" } for one of our blocks (see the migration guide)`
        : original.form === 'liquid' && gitbook
          ? `${writtenName(original)} is a GitBook block this handbook does not draw; it is shown as a marked placeholder${call.inner?.length ? ', with what it holds' : ''}. Write what it showed in Markdown, or map it to one of our blocks in handbook.yml (shortcodes: { "${name}": { block: "…" } }, see the migration guide)`
          : original.form === 'liquid'
            ? `${writtenName(original)} is a Jekyll/Liquid tag; ${LIQUID_HINT} (an include: {{< include "file.md" >}}). It is shown as a marked placeholder`
            : definedIn
              ? `${writtenName(original)} is defined by your site (${definedIn}), whose templates do not run here; it is shown as a marked placeholder with its arguments. Map it in handbook.yml: shortcodes: { "${name}": { template: "…" } } for Markdown made from its arguments (${templateExample(original)}), or { block: "…" } for one of our blocks (see the migration guide)`
              : `${writtenName(original)} is not a shortcode this handbook knows; it is shown as a marked placeholder. Map it to one of our blocks in handbook.config.ts (shortcodes: { "${name}": { block: "alert" } }, see the migration guide), or replace it with Markdown`
  // One kind per tag: 292 uses of {% slack_channel %} are one line of the report, with their count.
  return { nodes, problem: { code: 'shortcode-unknown', severity: 'warning', kind: writtenName(original), message } }
}

/** A template that uses every argument the call was given, to start the mapping from: `{0} {1}`, `{name}`. */
function templateExample(call: ShortcodeCall): string {
  const parts = [...call.positional.map((_, index) => `{${index}}`), ...Object.keys(call.named).map((key) => `{${key}}`)]
  return parts.length ? `e.g. "${parts.join(' ')}"` : 'e.g. "…"'
}

/** People blocks that have a mention form inside text (`:person[id]`); the others are blocks wherever the tag stands. */
const MENTIONS = new Set(['person', 'team'])

function peopleBlock(call: ShortcodeCall, original: ShortcodeCall, handlers: DirectiveHandlers): ShortcodeOutput {
  const handler = handlers.get(call.name)!
  // An org chart or a list of people inside a sentence (`Our structure: {{generator:reporting_structure}}`) is drawn as
  // the block it is, after the text before it (apply.ts lifts it out of the paragraph), as the old site showed it.
  const kind: DirectiveKind = call.placement === 'inline' && MENTIONS.has(call.name) ? 'text' : 'leaf'
  // What follows the colon of `{{generator:product_team}}` is part of the name its mapping is keyed by, not a person or
  // team id: the mapping names the id (`with: { slug: product }`, or `args: [id]` for `{{person:ana}}`).
  const label = original.form === 'brace' ? '' : (call.positional[0] ?? '')
  const result = handler({ name: call.name, kind, label, attributes: call.named, line: call.line, column: call.column })
  if ('nodes' in result) return { nodes: [directiveOutputNode(kind, result.nodes, undefined)] }
  if ('tree' in result) return { nodes: result.tree }
  return { nodes: [], problem: { code: result.problem.code, message: `${writtenName(original)}: ${result.problem.message}` } }
}

export function shortcodeRenderer(tools: ShortcodeTools): RenderCall {
  const liquid = tools.liquid === true
  return (original) => {
    const mapping = mappingOf(tools.mappings, original)
    // A template is filled in where the tag stands, before parsing (prepare-source.ts); a pair's inner text is what is left of it.
    if (mapping && mapping.block === undefined) return { nodes: original.inner ?? [] }
    const liquidArgs = liquid && !mapping && original.form === 'liquid' ? LIQUID_ARGUMENTS[original.name] : undefined
    const call = mapping ? mappedCall(original, mapping) : liquidArgs ? mappedCall(original, { block: original.name, args: liquidArgs }) : original
    if (mapping?.block === 'none') return { nodes: [] }
    if (mapping?.block === 'content') return { nodes: call.inner ?? [] }
    // `{{name:args}}` is drawn only through its mapping: our blocks' names are not taken from it.
    if (call.form === 'brace' && !mapping) return placeholder(call, original, liquid)
    if (call.form === 'liquid' && call.name === 'raw') {
      if (liquid) return { nodes: call.inner ?? [] }
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
    // Liquid's own tags reach here only when Liquid failed on the page (reported once, as an error): shown as written.
    if (liquid && call.form === 'liquid' && !mapping && LIQUID_OWN_TAGS.has(call.name)) return { nodes: [text(`{% ${callText(original)} %}`), ...(call.inner ?? [])] }
    // A mapped Liquid tag is drawn as its block; in a Jekyll or Eleventy handbook our blocks' names are taken as the old site's tags of that name.
    // GitBook's blocks are Liquid-form tags too: drawn with ours (gitbook-blocks.ts).
    const gitbook = call.form === 'liquid' && !liquid ? GITBOOK_BLOCKS[call.name] : undefined
    if (call.form === 'liquid' && !mapping && !(liquid && BUILTIN_SHORTCODES[call.name]) && !gitbook && !GITBOOK_BUILTINS.has(call.name))
      return placeholder(call, original, liquid, undefined, tools.gitbook === true)
    if (call.name === 'include' || call.name === 'readfile') return tools.include(call)
    // Hugo's own `{{< param >}}`, unless the handbook maps the name to something else.
    if (call.name === 'param' && !mapping && call.form !== 'liquid') return hugoParam(call, tools.params)
    const builtin = gitbook ?? (call.name === 'imgproc' && tools.findImage ? imgproc(tools.findImage) : BUILTIN_SHORTCODES[call.name])
    if (builtin) return builtin(call)
    if ((PEOPLE_BLOCK_NAMES as readonly string[]).includes(call.name)) {
      if (tools.people?.has(call.name)) return peopleBlock(call, original, tools.people)
      const output = placeholder(call, original, liquid)
      return {
        ...output,
        problem: {
          ...output.problem!,
          message: `${writtenName(original)} shows people, and this handbook has no people data: add people.yml (and teams.yml) at the root of the content folder. It is shown as a marked placeholder`,
        },
      }
    }
    return placeholder(call, original, liquid, tools.siteShortcodes?.[original.name])
  }
}
