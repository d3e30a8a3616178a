/**
 * A company's own shortcodes. Hugo sites define theirs as Go templates we
 * cannot run; `shortcodes` in handbook.config.ts maps each name to one of
 * our blocks instead, renaming its positional arguments:
 *
 *     shortcodes: {
 *       'member-by-name': { block: 'person', args: ['name'] },
 *       'team-by-manager-slug': { block: 'team', args: ['lead'] },
 *       'engineering/header': { block: 'none' },
 *       callout: { block: 'alert', args: ['color'], with: { title: 'Note' } },
 *     }
 *
 * `block` is a built-in shortcode, a people block (person, team, people,
 * org-chart), `content` (its inner Markdown, no box) or `none` (removed).
 * `template` makes Markdown or HTML from the arguments instead (template.ts):
 * `page: { template: "/{0}" }` for Eleventy's `{% page "/a/" %}`.
 */
import { nearest, TOLERANCE } from '../../common/nearest-name'
import { BUILTIN_NAMES } from './builtins'
import type { ShortcodeCall } from './types'
import { escapeRegExp } from '../directives'
import type { TemplateText } from './template'

export type ShortcodeMapping = BlockMapping | TemplateMapping

export interface TemplateMapping {
  /** Markdown or HTML with `{0}`, `{name}` for the arguments; a list: the first whose arguments are all given. */
  template: TemplateText
  block?: undefined
}

export interface BlockMapping {
  block: string
  /** Names for the positional arguments, in order: `['name']` makes `{{< x "Ada" >}}` `name="Ada"`. */
  args?: string[]
  /** Arguments always passed (the call's own win). */
  with?: Record<string, string>
}

export type ShortcodeMappings = Readonly<Record<string, ShortcodeMapping>>

export const PEOPLE_BLOCK_NAMES = ['person', 'team', 'people', 'org-chart'] as const

/** What `block` may name. */
export const MAPPABLE_BLOCKS: readonly string[] = [...BUILTIN_NAMES, ...PEOPLE_BLOCK_NAMES, 'content', 'none']

/** Problems with the mapping as written (the settings report them, naming the shortcode). */
export function mappingProblems(mappings: unknown): string[] {
  if (mappings === undefined) return []
  if (typeof mappings !== 'object' || mappings === null || Array.isArray(mappings))
    return ['shortcodes must map a shortcode name to { block: "…" } or { template: "…" }, e.g. { "member-by-name": { block: "person", args: ["name"] } }']
  const problems: string[] = []
  for (const [name, mapping] of Object.entries(mappings as Record<string, unknown>)) {
    const template = (mapping as { template?: unknown } | null)?.template
    if (template !== undefined) {
      const list = Array.isArray(template) ? template : [template]
      if (list.length === 0 || list.some((item) => typeof item !== 'string'))
        problems.push(`shortcode "${name}": template must be text, or a list of texts, e.g. { template: "[#{0}](https://example.slack.com/messages/{0})" }`)
      if ((mapping as { block?: unknown }).block !== undefined) problems.push(`shortcode "${name}": give a block or a template, not both`)
      continue
    }
    const value = mapping as Partial<BlockMapping> | null
    if (typeof value !== 'object' || value === null || typeof value.block !== 'string') {
      problems.push(`shortcode "${name}" needs a block or a template, e.g. { block: "alert" } or { template: "/{0}" }`)
      continue
    }
    if (!MAPPABLE_BLOCKS.includes(value.block)) {
      problems.push(`shortcode "${name}": "${value.block}" is not a block. Did you mean "${nearest(value.block, MAPPABLE_BLOCKS, TOLERANCE.any)}"? Blocks: ${MAPPABLE_BLOCKS.join(', ')}`)
    }
    if (value.args !== undefined && (!Array.isArray(value.args) || value.args.some((arg) => typeof arg !== 'string'))) problems.push(`shortcode "${name}": args must be a list of argument names, e.g. ["name"]`)
    if (value.with !== undefined && (typeof value.with !== 'object' || value.with === null || Object.values(value.with).some((v) => typeof v !== 'string'))) {
      problems.push(`shortcode "${name}": with must map argument names to text, e.g. { title: "Note" }`)
    }
  }
  return problems
}

/** The call as the block it is mapped to. */
export function mappedCall(call: ShortcodeCall, mapping: BlockMapping): ShortcodeCall {
  const names = mapping.args ?? []
  const named: Record<string, string> = { ...mapping.with }
  call.positional.forEach((value, i) => {
    if (names[i]) named[names[i]!] = value
  })
  return { ...call, name: mapping.block, named: { ...named, ...call.named }, positional: call.positional.slice(names.length) }
}

/**
 * The mapping of a tag: by its name; for `{{name:args}}` (whose whole text is its name) by that whole text first
 * (`generator:glossary`), else by what comes before the colon (`person` for `{{person:ana}}`, `ana` its argument).
 */
export function mappingOf(mappings: ShortcodeMappings, tag: Pick<ShortcodeCall, 'form' | 'name'>): ShortcodeMapping | undefined {
  const whole = mappings[tag.name]
  if (whole || tag.form !== 'brace' || !tag.name.includes(':')) return whole
  return mappings[tag.name.slice(0, tag.name.indexOf(':'))]
}

/** Whether `text` may call a shortcode that shows people (a people block, or one mapped to it): such pages depend on the people data. */
export function mentionsPeopleShortcodes(text: string, mappings: ShortcodeMappings): boolean {
  if (!text.includes('{{')) return false
  const names = [
    ...PEOPLE_BLOCK_NAMES,
    ...Object.entries(mappings)
      .filter(([, m]) => m.block !== undefined && (PEOPLE_BLOCK_NAMES as readonly string[]).includes(m.block))
      .map(([name]) => name),
  ]
  // `{{< team >}}`, `{{% people %}}`, and `{{generator:team_members_list}}` (its whole text is its name) or `{{person:ana}}` mapped to a people block.
  return new RegExp(`\\{\\{(?:[<%]\\s*(?:${names.map(escapeRegExp).join('|')})(?![\\w/-])|(?:${names.map(escapeRegExp).join('|')})(?::[^{}\\n]*)?\\}\\})`).test(text)
}
