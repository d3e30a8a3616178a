/**
 * The kinds of frontmatter field: text, true/false, number, and paths. Each
 * builder returns the zod schema of its kind with the kind's coercions, so a
 * field's declaration in schema.ts is all there is to it; `kindOf` reads the
 * kind back from a schema's own types, for the messages (messages.ts).
 *
 * Coercions, the same for every field of a kind:
 * - empty (`title:` with nothing after it, YAML null) is absent, not wrong;
 * - text: a blank string is absent, and a date YAML or TOML read (`title: 2024-01-05`)
 *   is the text the editor typed, `YYYY-MM-DD`;
 * - paths: a single path is a list of one (and is taken as written; only the items
 *   of a written list must be non-blank);
 * - ids (owners): a single id is a list of one; whether each names a team or a
 *   person is checked later, once the people and teams are known;
 * - date: `YYYY-MM-DD` naming a real day, kept as written (a YAML or TOML date
 *   is the text typed, as for text; a date and time, `2024-01-05T10:00:00+02:00`,
 *   is its date as written, never converted to another time zone);
 * - interval: `6 months`, `1 year`, `2 weeks`, `10 days`, kept as written;
 * - sidebar: a sidebar's name (text), or the group Jekyll and Eleventy themes write to
 *   pick a list of `_data/navigation.yml` (`{navigation: travel}`, Minimal Mistakes'
 *   `{nav: docs}`, or its list of blocks of which one has `nav`), kept as that one key.
 * - address: the page's address as Jekyll and Eleventy write it (`permalink:`),
 *   text, or `false` for a file that is no page.
 */
import { z } from 'zod'
import { isCalendarDate, isInterval, utcDayOf } from '../common/calendar'

export type FieldKind = 'text' | 'boolean' | 'number' | 'paths' | 'ids' | 'date' | 'interval' | 'sidebar' | 'address'

/** Kinds that are a string or list with a rule, which the zod types alone cannot tell from text or paths. */
const markedKinds = new WeakMap<z.ZodTypeAny, FieldKind>()
function marked<T extends z.ZodTypeAny>(schema: T, kind: FieldKind): T {
  markedKinds.set(schema, kind)
  return schema
}

const emptyIsAbsent = (value: unknown): unknown => (value === null ? undefined : value)

function asText(value: unknown): unknown {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined
  return value instanceof Date ? utcDayOf(value) : value
}

/** Text on one line. */
export const text = () => z.preprocess(asText, z.string().optional())

/** `true` or `false`; `fallback` when the field is absent, if given. */
export function flag(): z.ZodEffects<z.ZodOptional<z.ZodBoolean>>
export function flag(fallback: boolean): z.ZodEffects<z.ZodDefault<z.ZodBoolean>>
export function flag(fallback?: boolean) {
  return z.preprocess(emptyIsAbsent, fallback === undefined ? z.boolean().optional() : z.boolean().default(fallback))
}

/** A finite number. */
export const number = () => z.preprocess(emptyIsAbsent, z.number().finite().optional())

const listedPath = z.string().refine((path) => path.trim() !== '')

/** A path, or a list of paths; either way a list. */
export const paths = () => z.preprocess(emptyIsAbsent, z.union([z.string().transform((path) => [path]), z.array(listedPath)]).optional())

const listedId = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().trim().min(1))

/** A team slug or person id, or a list of them; either way a list. */
export const ids = () =>
  marked(
    z.preprocess((value) => (typeof value === 'string' || typeof value === 'number' ? [value] : emptyIsAbsent(value)), z.array(listedId).optional()),
    'ids',
  )

/** A date and time as YAML 1.1, TOML and Hugo write them (`2024-01-05T10:00:00+02:00`, `2024-01-05 10:00`): its date is the day as written, whatever the zone. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{1,2}(?::?\d{2})?)?)$/

function calendarDateText(value: unknown): unknown {
  const text = asText(value)
  if (typeof text !== 'string') return text
  const trimmed = text.trim()
  return TIMESTAMP.exec(trimmed)?.[1] ?? trimmed
}

/** A calendar date, `YYYY-MM-DD`, kept as written (a date and time is its date, as written: never moved to another zone). */
export const date = () => marked(z.preprocess(calendarDateText, z.string().refine(isCalendarDate).optional()), 'date')

/** A time between reviews: `6 months`, `1 year`, `2 weeks`, kept as written. */
export const interval = () =>
  marked(
    z.preprocess((value) => {
      const text = asText(value)
      return typeof text === 'string' ? text.trim() : text
    }, z.string().refine(isInterval).optional()),
    'interval',
  )

/** The group form of `sidebar`: the list of the old tool's navigation data a page shows, under the key its theme reads. */
export type SidebarList = { navigation: string } | { nav: string }

const listName = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().trim().min(1))

/** The key naming the list in a group (`navigation`, else `nav`); other keys (`current`, a block's `title`) are the old theme's. */
function asSidebar(value: unknown): unknown {
  const text = asText(value)
  if (Array.isArray(text)) {
    // Minimal Mistakes' list of sidebar blocks: the one with `nav` is the navigation.
    const block = text.find((item): item is { nav: unknown } => typeof item === 'object' && item !== null && 'nav' in item)
    return block ? { nav: block.nav } : text
  }
  if (typeof text !== 'object' || text === null) return text
  const group = text as Record<string, unknown>
  if ('navigation' in group) return { navigation: group.navigation }
  if ('nav' in group) return { nav: group.nav }
  return text
}

/** A sidebar's name, or the group that names a list of the old tool's navigation data. */
export const sidebar = () => marked(z.preprocess(asSidebar, z.union([z.string(), z.object({ navigation: listName }).strict(), z.object({ nav: listName }).strict()]).optional()), 'sidebar')

/** The list a group form names. */
export function sidebarListName(list: SidebarList): string {
  return 'navigation' in list ? list.navigation : list.nav
}

/** The group form as an editor wrote it, for messages: `{navigation: travel}`. */
export function writtenSidebarList(list: SidebarList): string {
  return 'navigation' in list ? `{navigation: ${list.navigation}}` : `{nav: ${list.nav}}`
}
/** A page's address as Jekyll and Eleventy write it (`/team/values/`, `team/values/index.html`), or `false`: the file makes no page. */
export const address = () => marked(z.preprocess(asText, z.union([z.string(), z.literal(false)]).optional()), 'address')

/** The kind of a field, read from the zod types its schema is made of. */
export function kindOf(schema: z.ZodTypeAny): FieldKind {
  const mark = markedKinds.get(schema)
  if (mark) return mark
  if (schema instanceof z.ZodEffects) return kindOf(schema.innerType())
  if (schema instanceof z.ZodOptional) return kindOf(schema.unwrap())
  if (schema instanceof z.ZodDefault) return kindOf(schema.removeDefault())
  // "A path or a list of paths" is a list.
  if (schema instanceof z.ZodUnion) {
    const kinds = (schema.options as z.ZodTypeAny[]).map(kindOf)
    return kinds.includes('paths') ? 'paths' : kinds[0]!
  }
  if (schema instanceof z.ZodArray) return 'paths'
  if (schema instanceof z.ZodString) return 'text'
  if (schema instanceof z.ZodBoolean) return 'boolean'
  if (schema instanceof z.ZodNumber) return 'number'
  throw new Error(`frontmatter: a field of type ${String(schema._def.typeName)} has no kind; build it with text(), flag(), number() or paths()`)
}
