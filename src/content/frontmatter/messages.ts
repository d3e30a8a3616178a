/**
 * What the editor is told about a field of the wrong type: what it must be,
 * what it is, and the line to write instead. One message per field kind.
 */
import { assertNever } from '../../shared/assert-never'
import type { FieldKind } from './kinds'
import { DATE_FORM, INTERVAL_FORMS } from '../common/calendar'

/** A value as an editor would name it: "the text "yes"", "the number 42", "a list". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text "${value}"`
  if (typeof value === 'object') return 'a group of fields'
  return `the ${typeof value} ${String(value)}`
}

/** The syntax a fix is written in: the page's own frontmatter format. */
export type FrontmatterSyntax = 'yaml' | 'toml' | 'json'

/** A field line as the page's format writes it; `text` values are quoted where the format needs quotes. */
function writer(field: string, syntax: FrontmatterSyntax) {
  const value = (raw: string, kind: 'text' | 'raw') => (syntax === 'yaml' || kind === 'raw' ? raw : JSON.stringify(raw))
  const line = (written: string) => (syntax === 'toml' ? `${field} = ${written}` : syntax === 'json' ? `"${field}": ${written}` : `${field}: ${written}`)
  return {
    text: (raw: string) => line(value(raw, 'text')),
    raw: (raw: string) => line(raw),
    list: (items: string[]) => line(`[${items.map((item) => value(item, 'text')).join(', ')}]`),
  }
}

function textMessage(field: string, value: unknown, shown: string, write: ReturnType<typeof writer>): string {
  return typeof value === 'number' || typeof value === 'boolean'
    ? `"${field}" must be text, but it is ${shown}. Put it in quotes: ${write.raw(JSON.stringify(String(value)))}`
    : `"${field}" must be text, but it is ${shown}. Write it on one line: ${write.text('Your text')}`
}

export function typeMessage(field: string, expected: FieldKind, value: unknown, syntax: FrontmatterSyntax = 'yaml'): string {
  const shown = describeValue(value)
  const write = writer(field, syntax)
  switch (expected) {
    case 'sidebar':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const group = syntax === 'toml' ? '{ navigation = "travel" }' : syntax === 'json' ? '{ "navigation": "travel" }' : '{navigation: travel}'
        return `"${field}" must be a sidebar's name, or a group whose "navigation" (or "nav") names a list of the navigation data, but it is ${shown} without one. Write ${write.text('Your sidebar')}, or ${write.raw(group)} to show the list travel: of _data/navigation.yml`
      }
      return textMessage(field, value, shown, write)
    case 'text':
      return textMessage(field, value, shown, write)
    case 'boolean': {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : ''
      const meant = ['true', 'yes', 'on', '1'].includes(text) ? 'true' : ['false', 'no', 'off', '0'].includes(text) ? 'false' : undefined
      return meant
        ? `"${field}" must be true or false, but it is ${shown}. Write ${write.raw(meant)} (no quotes)`
        : `"${field}" must be true or false, but it is ${shown}. Write ${write.raw('true')} or ${write.raw('false')}`
    }
    case 'number':
      return `"${field}" must be a number, but it is ${shown}. Write it without quotes, e.g. ${write.raw('3')}`
    case 'paths':
      return `"${field}" must be a path or a list of paths, but it is ${shown}. Write ${write.list(['/old/path', '/older/path'])}`
    case 'ids':
      return `"${field}" must be a team slug or person id, or a list of them, but it is ${shown}. Write ${write.text('platform')} or ${write.list(['platform', 'jane_doe'])}`
    case 'date':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()))
        return `"${field}" is ${value.trim()}, which is not a day of the calendar. Write a real date, ${DATE_FORM}, e.g. ${write.text('2026-05-01')}`
      return `"${field}" must be a date written ${DATE_FORM}, but it is ${shown}. Write e.g. ${write.text('2026-05-01')}`
    case 'address':
      return `"${field}" must be the page's address, or false for a file that makes no page, but it is ${shown}. Write e.g. ${write.text('/team/values/')} or ${write.raw('false')}`
    case 'interval':
      return `"${field}" must be a time such as ${INTERVAL_FORMS}, but it is ${shown}. Write e.g. ${write.text('6 months')}`
    default:
      return assertNever(expected)
  }
}
