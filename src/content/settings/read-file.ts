/**
 * `handbook.yml`, the settings a content folder carries: read with the place
 * of every key and value, each field checked against its schema (schema.ts),
 * then by its own further rule (files, addresses, colour). A value of the
 * wrong form is an error at `handbook.yml:line:col` with the line to write
 * instead, and is left out (the other settings still apply); an unknown key
 * is a warning with "Did you mean". Reading the file and looking for the
 * files it names happen in the caller: this takes their results.
 */
import { siteAddresses } from '../features'
import type { z } from 'zod'
import { nearestName } from '../common/nearest-name'
import { error, warning, type Diagnostic } from '../common/diagnostics'
import { readYamlMap, type YamlEntry } from '../common/yaml-map'
import { describeValue } from '../frontmatter/messages'
import { SETTINGS_FILE } from '../setting-kinds/file-name'
import { groupOf, specOf, type ValuePath } from '../setting-kinds/kinds'
import { settingsSchema, type HandbookConfig } from './schema'

export { SETTINGS_FILE }

/** The fields handbook.yml may set, in the schema's order, each with the schema a value is read with (a group's fields each optional). */
const FILE_FIELDS = new Map(
  Object.entries(settingsSchema.shape)
    .filter(([, field]) => specOf(field).notInFile === undefined)
    .map(([key, field]) => [key, { field: field as z.ZodTypeAny, read: (groupOf(field)?.partial() ?? field) as z.ZodTypeAny }]),
)

/** Keys that are no setting at all, and why handbook.yml cannot set them. */
const NOT_SETTINGS: Readonly<Record<string, string>> = {
  today: "the build's date is set by HANDBOOK_TODAY=YYYY-MM-DD, not in a file",
}

/** Other generators' names for our fields, for "Did you mean". */
const ALIASES: Readonly<Record<string, string>> = {
  baseURL: 'siteUrl',
  baseUrl: 'siteUrl',
  url: 'siteUrl',
  languageCode: 'lang',
  language: 'lang',
  color: 'accentColor',
  colour: 'accentColor',
  accentColour: 'accentColor',
  primaryColor: 'accentColor',
  links: 'headerLinks',
  nav: 'headerLinks',
  ogImage: 'socialImage',
  image: 'socialImage',
  icon: 'favicon',
}

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined)

/** The setting of that name that handbook.yml cannot hold (handbook.config.ts can), if it is one. */
const notInFileField = (key: string) => (Object.hasOwn(settingsSchema.shape, key) ? specOf(settingsSchema.shape[key as keyof typeof settingsSchema.shape]) : undefined)

function unknownKeyMessage(key: string): string {
  const reason = notInFileField(key)?.notInFile ?? own(NOT_SETTINGS, key)
  if (reason) return `"${key}" cannot be set in ${SETTINGS_FILE}, so it is ignored: ${reason}`
  const known = [...FILE_FIELDS.keys()]
  const near = own(ALIASES, key) ?? nearestName(key, known, { ignoreCase: true })
  return `"${key}" is not a setting, so it is ignored.${near ? ` Did you mean ${near}?` : ''} ${SETTINGS_FILE} may set ${known.join(', ')}`
}

/** What is wrong with a field's value and the line to write; for a part of a list or group, which part. */
function typeMessage(key: string, field: z.ZodTypeAny, value: unknown, path: ValuePath): string {
  const spec = specOf(field)
  const special = spec.wrongForm?.(value, path)
  if (special) return special
  const part = path.length > 0 ? ` (${path.map((p) => (typeof p === 'number' ? `item ${p + 1}` : `"${p}"`)).join(', ')} is not)` : ''
  return `"${key}" must be ${spec.expected}, but it is ${describeValue(value)}${part}. Write e.g. ${key}: ${spec.example}`
}

export interface ReadSettings {
  config: HandbookConfig
  diagnostics: Diagnostic[]
}

/**
 * `exists(path)`: whether the content folder holds a file at that relative path.
 */
export function readSettingsFile(text: string, exists: (file: string) => boolean): ReadSettings {
  const diagnostics: Diagnostic[] = []
  const config: Record<string, unknown> = {}
  const map = readYamlMap(SETTINGS_FILE, text, diagnostics, 'lines of "setting: value", e.g. title: Acme Handbook')
  const seen = new Set<string>()
  const reserved = siteAddresses().reserved
  for (const entry of map?.entries ?? []) {
    const { key, value, keyPlace } = entry
    const known = FILE_FIELDS.get(key)
    if (!known && notInFileField(key)?.maintainerOnly) {
      diagnostics.push(error('settings-maintainer-only', SETTINGS_FILE, unknownKeyMessage(key), keyPlace.line, keyPlace.column))
      continue
    }
    if (!known) {
      diagnostics.push({ ...warning('settings-unknown-field', SETTINGS_FILE, unknownKeyMessage(key), keyPlace.line, keyPlace.column), kind: key })
      continue
    }
    if (seen.has(key)) {
      diagnostics.push(error('settings-duplicate', SETTINGS_FILE, `"${key}" is set twice. Keep one of the two`, keyPlace.line, keyPlace.column))
      continue
    }
    seen.add(key)
    if (value === null || value === undefined) continue
    const result = known.read.safeParse(value)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const place = entry.placeOf(issue.path)
      diagnostics.push(error('settings-type', SETTINGS_FILE, typeMessage(key, known.field, value, issue.path), place.line, place.column))
      continue
    }
    config[key] = result.data
  }
  for (const [key, { field }] of FILE_FIELDS) {
    if (config[key] === undefined) continue
    const entry = map!.entries.find((candidate) => candidate.key === key)!
    const group = groupOf(field)
    if (group) {
      const values = config[key] as Record<string, unknown>
      for (const [part, partField] of Object.entries(group.shape)) checkFurther(partField as z.ZodTypeAny, values, part, `${key}.${part}`, { entry, at: [part], exists, config, reserved, diagnostics })
    }
    checkFurther(field, config, key, key, { entry, at: [], exists, config, reserved, diagnostics })
  }
  return { config: config as HandbookConfig, diagnostics }
}

interface Further {
  entry: YamlEntry
  /** Where in the entry's value the field is: `['url']` for a group's. */
  at: ValuePath
  exists: (file: string) => boolean
  config: Record<string, unknown>
  /** The site's own URLs, which no path setting may take: gathered once per file. */
  reserved: ReadonlyMap<string, string>
  diagnostics: Diagnostic[]
}

/** A field's further rule on its value in `values` (the settings, or its group's): the value kept, tidied or left out, and what the editor is told. */
function checkFurther(field: z.ZodTypeAny, values: Record<string, unknown>, key: string, name: string, { entry, at, exists, config, reserved, diagnostics }: Further): void {
  const check = specOf(field).checkInFile
  if (!check || values[key] === undefined) return
  const checked = check(values[key], { name, exists, config, reserved })
  if (!checked) return
  if (checked.finding) {
    const { severity, code, message } = checked.finding
    const place = entry.placeOf([...at, ...(checked.finding.at ?? [])])
    diagnostics.push((severity === 'error' ? error : warning)(code, SETTINGS_FILE, message, place.line, place.column))
  }
  if (checked.value === undefined) delete values[key]
  else values[key] = checked.value
}
