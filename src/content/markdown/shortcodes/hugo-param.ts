/**
 * Hugo's `{{< param "name" >}}`: a value from the page's frontmatter (its
 * own fields, then its `params:`), else from the site's `params` (the
 * configuration), as Hugo's `.Param` reads it; keys as Hugo keeps them,
 * case-insensitive, and `a.b` for a value inside a table. The values a page
 * asks for are found when its job is made (prepare.ts), so the job carries
 * them and its cache key changes with them; the tag draws the value as text.
 */
import { scanShortcodes, mayHoldShortcodes } from './scan'
import { text } from './nodes'
import { argument, writtenName, type ShortcodeCall, type ShortcodeOutput } from './types'

/** The names `{{< param >}}` tags of the text ask for. */
function paramNames(body: string): string[] {
  if (!mayHoldShortcodes(body) || !body.includes('param')) return []
  return scanShortcodes(body, () => false).tags.flatMap((tag) => (tag.name === 'param' && !tag.closing && !tag.escaped && tag.form !== 'liquid' && tag.positional[0] ? [tag.positional[0]] : []))
}

/** A key of a table, case-insensitive as Hugo's keys are. */
function valueIn(table: unknown, key: string): unknown {
  if (!table || typeof table !== 'object' || Array.isArray(table)) return undefined
  const record = table as Record<string, unknown>
  const found = Object.keys(record).find((name) => name.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : record[found]
}

function lookUp(table: unknown, name: string): unknown {
  return name.split('.').reduce<unknown>((at, key) => valueIn(at, key), table)
}

/** A value as Hugo prints it: strings, numbers and booleans; a table or a list is no text. */
function printed(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return undefined
}

/** The values of the params a page's body asks for, by name; undefined when it asks for none or none is set. */
export function paramValues(body: string, frontmatter: Readonly<Record<string, unknown>>, siteParams: Readonly<Record<string, unknown>> | undefined): Record<string, string> | undefined {
  const values: Record<string, string> = {}
  for (const name of paramNames(body)) {
    const value = [lookUp(frontmatter, name), lookUp(valueIn(frontmatter, 'params'), name), lookUp(siteParams, name)].map(printed).find((found) => found !== undefined)
    if (value !== undefined) values[name] = value
  }
  return Object.keys(values).length ? values : undefined
}

/** The tag, drawn from the values the job carries. */
export function hugoParam(call: ShortcodeCall, values: Readonly<Record<string, string>> | undefined): ShortcodeOutput {
  const name = argument(call, ['name'], 0)
  const value = name === undefined ? undefined : values?.[name]
  if (value !== undefined) return { nodes: [text(value)] }
  return {
    nodes: [text(name ?? '')],
    problem: {
      code: 'shortcode',
      severity: 'warning',
      kind: writtenName(call),
      message: name
        ? `${writtenName(call)}: "${name}" is set neither in this page's frontmatter nor in the site's params (hugo.toml), so its name is shown. Set it in one of them, or write the text in the page`
        : `${writtenName(call)} needs the name of a param: write {{< param "name" >}}`,
    },
  }
}
