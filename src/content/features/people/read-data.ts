/**
 * From the data files as read to records of people and teams: each file
 * parsed with its places, each entry's id checked, each field checked against
 * its schema (schema.ts). A wrong field is reported at its line and left out;
 * an unknown one is a warning with the field it probably meant.
 */
import { nearestName } from '../../common/nearest-name'
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import { describeValue } from '../../frontmatter/messages'
import type { DataText } from '../../common/yaml'
import { PEOPLE_FILE, PEOPLE_FOLDER, TEAMS_FILE } from './files'
import { FIELD_ALIASES, ID_PATTERN, PERSON_FIELDS, TEAM_FIELDS, suggestedId, type FieldSpec, type PersonField, type TeamField } from './schema'
import { readYamlEntry, readYamlMap, type YamlEntry } from '../../common/yaml-map'
import type { Place } from '../../common/yaml'

export interface DataRecord<Field extends string> {
  /** The person id or team slug. */
  id: string
  file: string
  entry: YamlEntry
  /** The fields that passed their check, coerced. */
  fields: Partial<Record<Field, unknown>>
}

export type PersonRecord = DataRecord<PersonField>
export type TeamRecord = DataRecord<TeamField>

export interface DataRecords {
  people: PersonRecord[]
  teams: TeamRecord[]
  /** The data files there are, for messages and cache keys. */
  files: string[]
}

function report(diagnostics: Diagnostic[], file: string, place: Place, code: string, message: string): void {
  diagnostics.push(error(code, file, message, place.line, place.column))
}

/** "Did you mean" for a field name: a known alias, else the nearest known field. */
function suggestField(field: string, known: readonly string[]): string {
  // Names other tools use count as written near them: `titel` is `title`, which is our `role`.
  const names = [...known, ...Object.keys(FIELD_ALIASES).filter((alias) => known.includes(FIELD_ALIASES[alias]!))]
  const near = nearestName(field, names)
  if (!near) return ` Fields: ${known.join(', ')}`
  return ` Did you mean "${known.includes(near) ? near : FIELD_ALIASES[near]!}"?`
}

/** The part of a value at a path (`[1, 'url']`). */
function partAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), value)
}

/** Checks an entry's fields; `what` names it in messages ("jane_doe", "team platform"). */
function checkFields<Field extends string>(file: string, entry: YamlEntry, what: string, specs: Record<Field, FieldSpec>, diagnostics: Diagnostic[]): Partial<Record<Field, unknown>> | undefined {
  const value = entry.value
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(
      diagnostics,
      file,
      entry.keyPlace,
      'data-shape',
      `${what} must be a group of fields on the lines below it, e.g.\n  ${entry.key}:\n    name: ${specs === (TEAM_FIELDS as unknown) ? 'Platform' : 'Jane Doe'}`,
    )
    return undefined
  }
  const known = Object.keys(specs)
  const fields: Partial<Record<Field, unknown>> = {}
  for (const [field, written] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(field)) {
      const place = entry.fieldPlace(field)
      // One kind per field: a `twitter:` on every person is one line of the report, with its count.
      diagnostics.push({ ...warning('data-unknown-field', file, `"${field}" is not a field of ${what}, so it is ignored.${suggestField(field, known)}`, place.line, place.column), kind: field })
      continue
    }
    const spec = specs[field as Field]
    const result = spec.schema.safeParse(written)
    if (result.success) {
      if (result.data !== undefined) fields[field as Field] = result.data
      continue
    }
    // The first wrong part: a list item, or the field as a whole.
    const path = Array.isArray(written) ? (result.error.issues[0]?.path ?? []) : []
    const place = path.length > 0 ? entry.placeOf([field, ...path]) : entry.fieldPlace(field)
    const item = path.length > 0 ? ` (item ${Number(path[0]) + 1}${path.length > 1 ? `, ${path.slice(1).join('.')},` : ''} is ${describeValue(partAt(written, path))})` : `, but it is ${describeValue(written)}`
    report(diagnostics, file, place, 'data-type', `"${field}" of ${what} must be ${spec.expects}${item}`)
  }
  return fields
}

function checkId(file: string, entry: YamlEntry, noun: string, diagnostics: Diagnostic[]): boolean {
  if (ID_PATTERN.test(entry.key)) return true
  const suggested = suggestedId(entry.key) || 'jane_doe'
  report(diagnostics, file, entry.keyPlace, 'data-id', `"${entry.key}" is not a valid ${noun}: use lowercase letters, digits, _ and -, e.g. ${suggested}`)
  return false
}

/** Entries of one kind, each id once: a second definition is an error naming the first. */
function collect<Field extends string>(entries: Array<{ file: string; entry: YamlEntry }>, noun: 'person id' | 'team slug', specs: Record<Field, FieldSpec>, diagnostics: Diagnostic[]): DataRecord<Field>[] {
  const seen = new Map<string, DataRecord<Field>>()
  for (const { file, entry } of entries) {
    if (!checkId(file, entry, noun, diagnostics)) continue
    const first = seen.get(entry.key)
    if (first) {
      report(
        diagnostics,
        file,
        entry.keyPlace,
        'data-duplicate',
        `the ${noun} "${entry.key}" is defined twice: first at ${first.file}:${first.entry.keyPlace.line}. Keep one of them, or give this one another ${noun.split(' ')[1]}`,
      )
      continue
    }
    const what = noun === 'person id' ? entry.key : `team ${entry.key}`
    const fields = checkFields(file, entry, what, specs, diagnostics)
    if (!fields) continue
    if (fields['name' as Field] === undefined) {
      report(diagnostics, file, entry.keyPlace, 'data-name', `${what} has no "name". Add a line under it, e.g. name: ${noun === 'person id' ? 'Jane Doe' : 'Platform'}`)
      continue
    }
    seen.set(entry.key, { id: entry.key, file, entry, fields })
  }
  return [...seen.values()]
}

const PEOPLE_SHAPE = 'a list of people by id, e.g.\n  jane_doe:\n    name: Jane Doe\n    role: Engineer'
const PERSON_SHAPE = 'the fields of one person, e.g.\n  name: Jane Doe\n  role: Engineer'
const TEAMS_SHAPE = 'a list of teams by slug, e.g.\n  platform:\n    name: Platform\n    lead: jane_doe'

/** Every person and team record of the data files (people.yml or _people/*.yml, and teams.yml). */
export function readDataRecords(data: readonly DataText[], diagnostics: Diagnostic[]): DataRecords {
  const peopleFile = data.find((d) => d.path === PEOPLE_FILE)
  const folder = data.filter((d) => d.path.startsWith(`${PEOPLE_FOLDER}/`))
  const teamsFile = data.find((d) => d.path === TEAMS_FILE)
  if (peopleFile && folder.length > 0) {
    diagnostics.push(
      error(
        'data-both',
        PEOPLE_FILE,
        `people are in both ${PEOPLE_FILE} and ${PEOPLE_FOLDER}/ (${folder.length} files): keep one form. Move each person of ${PEOPLE_FILE} into ${PEOPLE_FOLDER}/<id>.yml, or the files of ${PEOPLE_FOLDER}/ into ${PEOPLE_FILE}`,
        1,
        1,
      ),
    )
  }
  const personEntries: Array<{ file: string; entry: YamlEntry }> = []
  if (peopleFile) {
    const read = readYamlMap(peopleFile.path, peopleFile.text, diagnostics, PEOPLE_SHAPE)
    for (const entry of read?.entries ?? []) personEntries.push({ file: peopleFile.path, entry })
  }
  if (!peopleFile) {
    for (const file of folder) {
      // The file name is the id: `_people/jane_doe.yml` is jane_doe.
      const id = file.path.slice(PEOPLE_FOLDER.length + 1).replace(/\.ya?ml$/i, '')
      if (id.includes('/')) {
        diagnostics.push(error('data-folder', file.path, `people files must be directly in ${PEOPLE_FOLDER}/, not in a folder below it. Move it to ${PEOPLE_FOLDER}/${id.split('/').pop()}.yml`, 1, 1))
        continue
      }
      const entry = readYamlEntry(file.path, id, file.text, diagnostics, PERSON_SHAPE)
      if (entry) personEntries.push({ file: file.path, entry })
    }
  }
  const teamEntries: Array<{ file: string; entry: YamlEntry }> = []
  if (teamsFile) {
    const read = readYamlMap(teamsFile.path, teamsFile.text, diagnostics, TEAMS_SHAPE)
    for (const entry of read?.entries ?? []) teamEntries.push({ file: teamsFile.path, entry })
  }
  return {
    people: collect(personEntries, 'person id', PERSON_FIELDS, diagnostics),
    teams: collect(teamEntries, 'team slug', TEAM_FIELDS, diagnostics),
    files: data.map((d) => d.path),
  }
}
