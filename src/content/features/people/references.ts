/**
 * The directory from the records: every reference between people and teams
 * checked (unknown ids with "Did you mean", reporting lines that loop, team
 * trees that loop, photos that are not there), bios and descriptions
 * rendered, team memberships made symmetric. A wrong reference is reported at
 * its line and left out, so the rest of the directory still builds.
 */
import path from 'node:path'
import { nearest, nearestName, TOLERANCE } from '../../common/nearest-name'
import type { ElementContent } from 'hast'
import { error, type Diagnostic } from '../../common/diagnostics'
import type { DataRecords, PersonRecord, TeamRecord } from './read-data'
import type { Place } from '../../common/yaml'
import type { Directory, Person, PersonLink, Team } from './types'

/** Renders a Markdown fragment (a bio, a description) to sanitized HTML nodes. */
export type MarkdownFragment = (markdown: string) => ElementContent[]

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg)$/i

interface Named {
  id: string
  name: string
}

/** "Did you mean" for an id: the one whose name was written (editors write names), else the nearest id. */
export function suggestId(written: string, candidates: readonly Named[]): string {
  const folded = written.trim().toLowerCase()
  const byName = candidates.find((c) => c.name.toLowerCase() === folded)
  if (byName) return ` Did you mean ${byName.id} (${byName.name})?`
  if (candidates.length === 0) return ''
  const near = nearestName(
    written,
    candidates.map((c) => c.id),
  )
  if (near) return ` Did you mean ${near}?`
  // The start of an id or a name (`jane` for jane_doe), when only one begins so.
  const starting = folded.length >= 2 ? candidates.filter((c) => c.id.startsWith(folded) || c.name.toLowerCase().startsWith(folded)) : []
  return starting.length === 1 ? ` Did you mean ${starting[0]!.id} (${starting[0]!.name})?` : ''
}

function report(diagnostics: Diagnostic[], file: string, place: Place, code: string, message: string): void {
  diagnostics.push(error(code, file, message, place.line, place.column))
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : [])

/** Ids of a list field that name someone known; the others reported at their item. */
function knownIds(record: PersonRecord | TeamRecord, field: string, known: ReadonlyMap<string, Named>, noun: string, where: string, diagnostics: Diagnostic[]): string[] {
  const written = record.fields[field as keyof typeof record.fields]
  const ids = typeof written === 'string' ? [written] : list(written)
  return ids.filter((id, i) => {
    if (known.has(id)) return true
    const place = typeof written === 'string' ? record.entry.placeOf([field]) : record.entry.placeOf([field, i])
    report(diagnostics, record.file, place, 'data-unknown-ref', `"${id}" in ${field} of ${record.id} is not a ${noun} in ${where}.${suggestId(id, [...known.values()])}`)
    return false
  })
}

/** Each loop of a "points to" relation once, as the ids in it, starting from the first in `order`. */
export function findLoops(order: readonly string[], next: (id: string) => string | undefined): string[][] {
  const state = new Map<string, 'walking' | 'done'>()
  const loops: string[][] = []
  for (const start of order) {
    const trail: string[] = []
    let at: string | undefined = start
    while (at !== undefined && !state.has(at)) {
      state.set(at, 'walking')
      trail.push(at)
      at = next(at)
    }
    if (at !== undefined && state.get(at) === 'walking') loops.push(trail.slice(trail.indexOf(at)))
    for (const id of trail) state.set(id, 'done')
  }
  return loops
}

function photoOf(record: PersonRecord, files: ReadonlySet<string>, diagnostics: Diagnostic[]): string | undefined {
  const written = text(record.fields.photo)
  if (!written) return undefined
  const place = record.entry.placeOf(['photo'])
  if (/^[a-z][a-z0-9+.-]*:/i.test(written)) {
    report(
      diagnostics,
      record.file,
      place,
      'data-photo',
      `the photo of ${record.id} must be an image file in the content folder, not an address (${written}). Save it next to the data file and write its path, e.g. photo: photos/${record.id}.jpg`,
    )
    return undefined
  }
  const folder = path.posix.dirname(record.file)
  const resolved = path.posix.normalize(path.posix.join(folder === '.' ? '' : folder, written.replace(/^\.\//, '')))
  if (!IMAGE.test(resolved)) {
    report(diagnostics, record.file, place, 'data-photo', `the photo of ${record.id} must be an image (.png, .jpg, .gif, .webp, .avif or .svg), not ${written}`)
    return undefined
  }
  if (!files.has(resolved)) {
    const near = nearest(
      resolved,
      [...files].filter((file) => IMAGE.test(file)),
      TOLERANCE.image,
    )
    const hint = near ? ` Did you mean ${path.posix.relative(folder === '.' ? '' : folder, near)}?` : ` Paths are relative to ${record.file}`
    report(diagnostics, record.file, place, 'data-photo', `the photo of ${record.id}, ${written}, is not in the content folder (looked for ${resolved}).${hint}`)
    return undefined
  }
  return resolved
}

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)

/** The checked directory of the records; `files` are the content folder's non-page files (photos are looked up there). */
export function buildDirectory(records: DataRecords, files: ReadonlySet<string>, renderMarkdown: MarkdownFragment, diagnostics: Diagnostic[]): Directory {
  const people = new Map<string, Named>(records.people.map((r) => [r.id, { id: r.id, name: String(r.fields.name) }]))
  const teams = new Map<string, Named>(records.teams.map((r) => [r.id, { id: r.id, name: String(r.fields.name) }]))
  const peopleWhere = records.files.some((f) => f.startsWith('_people/')) ? '_people/' : 'people.yml'

  // Reporting lines: a manager must exist, and no line may loop.
  const managerOf = new Map<string, string>()
  for (const record of records.people) {
    const manager = text(record.fields.reports_to)
    if (!manager) continue
    if (!people.has(manager)) {
      report(
        diagnostics,
        record.file,
        record.entry.placeOf(['reports_to']),
        'data-unknown-ref',
        `"${manager}" in reports_to of ${record.id} is not a person in ${peopleWhere}.${suggestId(manager, [...people.values()])}`,
      )
    } else managerOf.set(record.id, manager)
  }
  const recordOf = new Map(records.people.map((r) => [r.id, r]))
  for (const loop of findLoops(
    records.people.map((r) => r.id),
    (id) => managerOf.get(id),
  )) {
    const first = recordOf.get(loop[0]!)!
    const chain = [...loop, loop[0]!].map((id) => `${people.get(id)!.name} (${id})`).join(' → ')
    const message =
      loop.length === 1
        ? `${first.id} reports to themselves. Set reports_to to their manager, or remove it for the top of the company`
        : `reporting lines loop: ${chain}. Change reports_to of one of them, so that every line ends at the top of the company`
    report(diagnostics, first.file, first.entry.placeOf(['reports_to']), 'data-cycle', message)
    for (const id of loop) managerOf.delete(id)
  }

  // Team trees: a parent must exist, and no tree may loop.
  const parentOf = new Map<string, string>()
  for (const record of records.teams) {
    const parent = text(record.fields.parent)
    if (!parent) continue
    if (!teams.has(parent)) {
      report(diagnostics, record.file, record.entry.placeOf(['parent']), 'data-unknown-ref', `"${parent}" in parent of team ${record.id} is not a team in teams.yml.${suggestId(parent, [...teams.values()])}`)
    } else parentOf.set(record.id, parent)
  }
  const teamRecordOf = new Map(records.teams.map((r) => [r.id, r]))
  for (const loop of findLoops(
    records.teams.map((r) => r.id),
    (id) => parentOf.get(id),
  )) {
    const first = teamRecordOf.get(loop[0]!)!
    report(diagnostics, first.file, first.entry.placeOf(['parent']), 'data-cycle', `teams are each other's parent: ${[...loop, loop[0]!].join(' → ')}. Remove parent from one of them`)
    for (const slug of loop) parentOf.delete(slug)
  }

  // Memberships, both ways: a person's teams, and a team's members list.
  const teamsOf = new Map<string, string[]>()
  const membersOf = new Map<string, Set<string>>(records.teams.map((r) => [r.id, new Set<string>()]))
  for (const record of records.people) {
    const own = [...knownIds(record, 'teams', teams, 'team', 'teams.yml', diagnostics), ...knownIds(record, 'team', teams, 'team', 'teams.yml', diagnostics)]
    teamsOf.set(record.id, [...new Set(own)])
    for (const slug of own) membersOf.get(slug)!.add(record.id)
  }
  const leadsOf = new Map<string, string[]>()
  for (const record of records.teams) {
    leadsOf.set(record.id, knownIds(record, 'lead', people, 'person', peopleWhere, diagnostics))
    for (const id of knownIds(record, 'members', people, 'person', peopleWhere, diagnostics)) {
      membersOf.get(record.id)!.add(id)
      const own = teamsOf.get(id)!
      if (!own.includes(record.id)) own.push(record.id)
    }
  }

  const markdown = (value: unknown): ElementContent[] | undefined => {
    const written = text(value)
    return written ? renderMarkdown(written) : undefined
  }
  const directoryPeople = records.people.map((record): Person => {
    const f = record.fields
    const photo = photoOf(record, files, diagnostics)
    const bio = markdown(f.bio)
    return {
      id: record.id,
      name: String(f.name),
      ...(text(f.role) ? { role: text(f.role)! } : {}),
      teams: teamsOf.get(record.id)!,
      ...(managerOf.has(record.id) ? { reportsTo: managerOf.get(record.id)! } : {}),
      ...(text(f.location) ? { location: text(f.location)! } : {}),
      ...(text(f.email) ? { email: text(f.email)! } : {}),
      ...(text(f.phone) ? { phone: text(f.phone)! } : {}),
      ...(text(f.timezone) ? { timezone: text(f.timezone)! } : {}),
      ...(text(f.pronouns) ? { pronouns: text(f.pronouns)! } : {}),
      ...(text(f.github) ? { github: text(f.github)! } : {}),
      links: (f.links as PersonLink[] | undefined) ?? [],
      ...(photo ? { photo } : {}),
      ...(bio ? { bio } : {}),
      ...(text(f.start_date) ? { startDate: text(f.start_date)! } : {}),
      ...(f.visibility === 'internal' ? { internal: true as const } : {}),
      ...(Array.isArray(f.internal_fields) && f.internal_fields.length ? { internalFields: f.internal_fields as string[] } : {}),
      source: { file: record.file, line: record.entry.keyPlace.line },
    }
  })
  const nameOf = (id: string) => people.get(id)!
  const directoryTeams = records.teams.map((record): Team => {
    const f = record.fields
    const leads = leadsOf.get(record.id)!
    const members = [...membersOf.get(record.id)!]
      .map(nameOf)
      .sort(byName)
      .map((p) => p.id)
    const description = markdown(f.description)
    return {
      slug: record.id,
      name: String(f.name),
      ...(description ? { description } : {}),
      leads,
      ...(parentOf.has(record.id) ? { parent: parentOf.get(record.id)! } : {}),
      ...(text(f.channel) ? { channel: text(f.channel)! } : {}),
      ...(text(f.channel_url) ? { channelUrl: text(f.channel_url)! } : {}),
      members: [...members.filter((id) => leads.includes(id)), ...members.filter((id) => !leads.includes(id))],
      ...(f.visibility === 'internal' ? { internal: true as const } : {}),
      source: { file: record.file, line: record.entry.keyPlace.line },
    }
  })
  return { people: directoryPeople.sort(byName), teams: directoryTeams, files: records.files }
}
