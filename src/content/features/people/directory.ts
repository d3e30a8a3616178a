/**
 * Questions asked of the directory: who is this id, who reports to whom,
 * which team is this, who is called this (for migrated content that names
 * people instead of using ids). Built once per directory.
 */
import { suggestId } from './references'
import type { Directory, Person, PeopleUrls, Team } from './types'

export interface DirectoryIndex {
  directory: Directory
  person(id: string): Person | undefined
  team(slug: string): Team | undefined
  /** Direct reports, by name. */
  reportsOf(id: string): Person[]
  /** The team's sub-teams, in teams.yml order. */
  subTeamsOf(slug: string): Team[]
  /** The people at the top: nobody above them. */
  tops(): Person[]
}

export function indexDirectory(directory: Directory): DirectoryIndex {
  const people = new Map(directory.people.map((p) => [p.id, p]))
  const teams = new Map(directory.teams.map((t) => [t.slug, t]))
  const reports = new Map<string, Person[]>()
  for (const person of directory.people) {
    if (person.reportsTo) (reports.get(person.reportsTo) ?? reports.set(person.reportsTo, []).get(person.reportsTo)!).push(person)
  }
  return {
    directory,
    person: (id) => people.get(id),
    team: (slug) => teams.get(slug),
    reportsOf: (id) => reports.get(id) ?? [],
    subTeamsOf: (slug) => directory.teams.filter((t) => t.parent === slug),
    tops: () => directory.people.filter((p) => !p.reportsTo),
  }
}

/** A name as compared: case, accents, spacing and punctuation do not count. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export type NameLookup = { person: Person } | { problem: string }

/** The person called `name` (migrations map `member-by-name` onto this); an unknown or ambiguous name is a problem naming the candidates. */
export function personByName(directory: Directory, name: string): NameLookup {
  const folded = foldName(name)
  const matches = directory.people.filter((p) => foldName(p.name) === folded)
  if (matches.length === 1) return { person: matches[0]! }
  if (matches.length > 1) {
    return { problem: `"${name}" is the name of ${matches.length} people: ${matches.map((p) => p.id).join(', ')}. Use the id of the one you mean` }
  }
  const similar = directory.people.filter((p) => foldName(p.name).includes(folded) || (folded.includes(foldName(p.name)) && p.name.length > 2))
  const candidates =
    similar.length > 0
      ? ` People with a similar name: ${similar
          .slice(0, 5)
          .map((p) => `${p.name} (${p.id})`)
          .join(', ')}`
      : suggestId(name, directory.people).replace(/^ Did you mean/, ' Did you mean')
  return { problem: `nobody in the directory is called "${name}".${candidates}` }
}

/** The generated pages' URLs from the settings. */
export function peopleUrlsOf(settings: { peopleUrl: string; teamsUrl: string }): PeopleUrls {
  return { people: settings.peopleUrl, teams: settings.teamsUrl, orgChart: `${settings.peopleUrl === '/' ? '' : settings.peopleUrl}/org-chart` }
}

export const personUrl = (urls: PeopleUrls, id: string): string => `${urls.people}#${id}`
export const teamUrl = (urls: PeopleUrls, slug: string): string => `${urls.teams === '/' ? '' : urls.teams}/${slug}`
