/**
 * Frontmatter as written, checked against the schema: the fields' coercions
 * applied, and each field of the wrong type reported once, at its line, with
 * the message for its kind, then left out (the page keeps its other fields).
 */
import { error, type Diagnostic } from '../common/diagnostics'
import { frontmatterSchema, type Frontmatter } from './schema'
import { kindOf, type FieldKind } from './kinds'
import { typeMessage, type FrontmatterSyntax } from './messages'
import type { Parsed } from './block'

/** Every declared field's kind, read from the schema once (a field of no known kind fails here, at load). */
const kinds = new Map<string, FieldKind>(Object.entries(frontmatterSchema.shape).map(([field, schema]) => [field, kindOf(schema)]))

/** The kind of a field the handbook knows; undefined for any other field. */
export function fieldKind(field: string): FieldKind | undefined {
  return kinds.get(field)
}

/** A coercion leaves an empty field as `undefined`; the field is absent, not present and empty. */
function withoutAbsent(frontmatter: Frontmatter): Frontmatter {
  return Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined)) as Frontmatter
}

/** The frontmatter of a page without any: every default. */
export const defaultFrontmatter = (): Frontmatter => frontmatterSchema.parse({})

/** `syntax`: the page's frontmatter format, which the fixes in the messages are written in. */
export function validate(file: string, parsed: Parsed, diagnostics: Diagnostic[], syntax: FrontmatterSyntax = 'yaml'): Frontmatter {
  const result = frontmatterSchema.safeParse(parsed.data)
  if (result.success) return withoutAbsent(result.data)
  // Issues name declared fields only (unknown ones pass through); a field may have several (one per list item).
  const wrong = new Set(result.error.issues.map((issue) => String(issue.path[0])))
  for (const field of wrong) {
    const message = typeMessage(field, kinds.get(field)!, parsed.data[field], syntax)
    diagnostics.push(error('frontmatter-type', file, message, parsed.lineOf(field)))
  }
  const rest = Object.fromEntries(Object.entries(parsed.data).filter(([field]) => !wrong.has(field)))
  return withoutAbsent(frontmatterSchema.parse(rest))
}
