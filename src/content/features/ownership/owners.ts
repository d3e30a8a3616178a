/**
 * Owners as written (`platform`, `jane_doe`) as the teams and people they
 * name. Teams are looked up first, then people: when the same id is both a
 * team slug and a person id, the team wins (a page is usually owned by a
 * team, and a person can still be named by a different id).
 */
import type { Directory } from '../people/types'
import { suggestId } from '../people/references'
import type { OwnerRef } from './types'

export function ownerRefOf(id: string, directory: Directory): OwnerRef | undefined {
  if (directory.teams.some((team) => team.slug === id)) return { kind: 'team', id }
  if (directory.people.some((person) => person.id === id)) return { kind: 'person', id }
  return undefined
}

/** The owner's name as readers know it: the team's or person's name. */
export function ownerName(owner: OwnerRef, directory: Directory): string {
  const found = owner.kind === 'team' ? directory.teams.find((team) => team.slug === owner.id) : directory.people.find((person) => person.id === owner.id)
  return found?.name ?? owner.id
}

/** What an editor is told about an owner that names no one, with "Did you mean". */
export function unknownOwnerMessage(id: string, directory: Directory): string {
  if (directory.teams.length === 0 && directory.people.length === 0) {
    return `owner "${id}" is not a team or a person: this handbook has no teams.yml or people.yml. Add the team to teams.yml (or the person to people.yml) first`
  }
  const candidates = [...directory.teams.map((team) => ({ id: team.slug, name: team.name })), ...directory.people.map((person) => ({ id: person.id, name: person.name }))]
  return `owner "${id}" is not a team in teams.yml or a person in people.yml.${suggestId(id, candidates)}`
}
