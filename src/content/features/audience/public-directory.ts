/**
 * People and teams as the public site shows them: every person and team
 * marked `visibility: internal` left out, with every mention of them (a
 * team's leads and members, a manager, a person's teams, a parent team),
 * and each person's `internal_fields` taken off. Made once, right after the
 * data files are read and checked (pipeline/prepare.ts), so the directory
 * pages, the people blocks in pages, the owners and the search index never
 * see what the public site must not show.
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import { nearestName } from '../../common/nearest-name'
import type { Directory, Person, Team } from '../people/types'

/** The data file's field names and the person's properties they fill. */
const PERSON_PROPERTIES: Readonly<Record<string, keyof Person>> = {
  role: 'role',
  teams: 'teams',
  team: 'teams',
  reports_to: 'reportsTo',
  location: 'location',
  email: 'email',
  phone: 'phone',
  timezone: 'timezone',
  pronouns: 'pronouns',
  github: 'github',
  links: 'links',
  photo: 'photo',
  bio: 'bio',
  start_date: 'startDate',
}

/** The field names `internal_fields` may list. */
export const HIDEABLE_FIELDS: readonly string[] = Object.keys(PERSON_PROPERTIES)

function withoutFields(person: Person): Person {
  const kept: Person = { ...person, teams: [...person.teams], links: [...person.links] }
  for (const field of person.internalFields ?? []) {
    const property = PERSON_PROPERTIES[field]
    if (property === 'teams') kept.teams = []
    else if (property === 'links') kept.links = []
    else if (property) delete kept[property]
  }
  delete kept.internalFields
  return kept
}

/** The directory the public site shows. */
export function publicDirectory(directory: Directory): Directory {
  const hiddenPeople = new Set(directory.people.filter((person) => person.internal).map((person) => person.id))
  const hiddenTeams = new Set(directory.teams.filter((team) => team.internal).map((team) => team.slug))
  if (hiddenPeople.size === 0 && hiddenTeams.size === 0 && !directory.people.some((person) => person.internalFields)) return directory
  const people = directory.people
    .filter((person) => !hiddenPeople.has(person.id))
    .map((person): Person => {
      const kept = withoutFields(person)
      kept.teams = kept.teams.filter((slug) => !hiddenTeams.has(slug))
      if (kept.reportsTo && hiddenPeople.has(kept.reportsTo)) delete kept.reportsTo
      return kept
    })
  const teams = directory.teams
    .filter((team) => !hiddenTeams.has(team.slug))
    .map((team): Team => {
      const kept: Team = { ...team, leads: team.leads.filter((id) => !hiddenPeople.has(id)), members: team.members.filter((id) => !hiddenPeople.has(id)) }
      if (kept.parent && hiddenTeams.has(kept.parent)) delete kept.parent
      return kept
    })
  return { ...directory, people, teams }
}

/** `internal_fields` entries that name no field a person shows: warned at the person, with the nearest field. */
export function internalFieldWarnings(directory: Directory): Diagnostic[] {
  return directory.people.flatMap((person) =>
    (person.internalFields ?? [])
      .filter((field) => !HIDEABLE_FIELDS.includes(field))
      .map((field) => {
        const near = nearestName(field, HIDEABLE_FIELDS)
        const why = field === 'name' ? 'a name is always shown: mark the whole person visibility: internal instead' : `it is not a field of a person${near ? ` (did you mean ${near}?)` : ''}`
        return {
          ...warning('data-internal-field', person.source.file, `"${field}" in internal_fields of ${person.id} hides nothing: ${why}. Fields it may list: ${HIDEABLE_FIELDS.join(', ')}`, person.source.line),
          kind: field,
        }
      }),
  )
}
