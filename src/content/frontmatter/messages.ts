/**
 * What the editor is told about a field of the wrong type: what it must be,
 * what it is, and the line to write instead. One message per field kind.
 */
import type { FieldKind } from './kinds'
import { DATE_FORM, INTERVAL_FORMS } from '../ownership/calendar'

/** A value as an editor would name it: "the text "yes"", "the number 42", "a list". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the text "${value}"`
  if (typeof value === 'object') return 'a group of fields'
  return `the ${typeof value} ${String(value)}`
}

export function typeMessage(field: string, expected: FieldKind, value: unknown): string {
  const shown = describeValue(value)
  switch (expected) {
    case 'text':
      return typeof value === 'number' || typeof value === 'boolean'
        ? `"${field}" must be text, but it is ${shown}. Put it in quotes: ${field}: "${String(value)}"`
        : `"${field}" must be text, but it is ${shown}. Write it on one line: ${field}: Your text`
    case 'boolean': {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : ''
      const meant = ['true', 'yes', 'on', '1'].includes(text) ? 'true' : ['false', 'no', 'off', '0'].includes(text) ? 'false' : undefined
      return meant
        ? `"${field}" must be true or false, but it is ${shown}. Write ${field}: ${meant} (no quotes)`
        : `"${field}" must be true or false, but it is ${shown}. Write ${field}: true or ${field}: false`
    }
    case 'number':
      return `"${field}" must be a number, but it is ${shown}. Write it without quotes, e.g. ${field}: 3`
    case 'paths':
      return `"${field}" must be a path or a list of paths, but it is ${shown}. Write ${field}: [/old/path, /older/path]`
    case 'ids':
      return `"${field}" must be a team slug or person id, or a list of them, but it is ${shown}. Write ${field}: platform or ${field}: [platform, jane_doe]`
    case 'date':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return `"${field}" is ${value.trim()}, which is not a day of the calendar. Write a real date, ${DATE_FORM}, e.g. ${field}: 2026-05-01`
      return `"${field}" must be a date written ${DATE_FORM}, but it is ${shown}. Write e.g. ${field}: 2026-05-01`
    case 'interval':
      return `"${field}" must be a time such as ${INTERVAL_FORMS}, but it is ${shown}. Write e.g. ${field}: 6 months`
  }
}
