import { describe, expect, it } from 'vitest'
import { internalFieldWarnings, publicDirectory } from '../../../../src/content/features/audience/public-directory'
import type { Directory, Person, Team } from '../../../../src/content/features/people/types'

const source = { file: 'people.yml', line: 1 }
const person = (id: string, extra: Partial<Person> = {}): Person => ({ id, name: id.toUpperCase(), teams: [], links: [], source, ...extra })
const team = (slug: string, extra: Partial<Team> = {}): Team => ({ slug, name: slug, leads: [], members: [], source, ...extra })

const directory: Directory = {
  people: [
    person('ana', {
      teams: ['core', 'labs'],
      reportsTo: 'boss',
      location: 'Porto',
      phone: '+351 1',
      email: 'ana@x.org',
      links: [{ label: 'Blog', url: 'https://a.example' }],
      internalFields: ['phone', 'location', 'links'],
    }),
    person('boss', { internal: true, teams: ['labs'] }),
  ],
  teams: [team('core', { leads: ['boss'], members: ['boss', 'ana'] }), team('labs', { internal: true, parent: 'core', members: ['ana', 'boss'] }), team('sub', { parent: 'labs' })],
  files: ['people.yml', 'teams.yml'],
}

describe('publicDirectory', () => {
  const shown = publicDirectory(directory)

  it('leaves out internal people and teams, and every mention of them', () => {
    expect(shown.people.map((p) => p.id)).toEqual(['ana'])
    expect(shown.teams.map((t) => [t.slug, t.leads, t.members, t.parent])).toEqual([
      ['core', [], ['ana'], undefined],
      ['sub', [], [], undefined],
    ])
    expect(shown.people[0]!.teams).toEqual(['core'])
    expect(shown.people[0]!.reportsTo).toBeUndefined()
  })

  it("takes a person's internal fields off, and keeps the rest", () => {
    const ana = shown.people[0]!
    expect([ana.phone, ana.location, ana.links, ana.email, ana.internalFields]).toEqual([undefined, undefined, [], 'ana@x.org', undefined])
    // The directory given is left as it was (the internal build and the owners' check read it).
    expect(directory.people[0]!.phone).toBe('+351 1')
  })

  it('warns of internal_fields that hide nothing', () => {
    const warnings = internalFieldWarnings({ ...directory, people: [person('ana', { internalFields: ['phon', 'name'] })] })
    expect(warnings.map((w) => w.message)).toEqual([
      '"phon" in internal_fields of ana hides nothing: it is not a field of a person (did you mean phone?). Fields it may list: role, teams, team, reports_to, location, email, phone, timezone, pronouns, github, links, photo, bio, start_date',
      '"name" in internal_fields of ana hides nothing: a name is always shown: mark the whole person visibility: internal instead. Fields it may list: role, teams, team, reports_to, location, email, phone, timezone, pronouns, github, links, photo, bio, start_date',
    ])
  })
})
