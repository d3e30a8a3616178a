/**
 * The plan of a generated company: N people in a reporting tree (one CEO,
 * managers of 4-10 reports, filled breadth-first so the tree is as shallow
 * as a real one) and about N/15 teams in a team tree: a Leadership team, one
 * department per direct report of the CEO, and sub-teams led by managers
 * further down, each the child of the team of the lead's nearest manager
 * that leads one. Every reference (reports_to, lead, members, teams, parent)
 * names something that exists, and reports_to never loops: a person's
 * manager always comes before them.
 */
import type { Random } from './random'
import { WORDS } from './words'
import { capitalize } from './text'
import { PEOPLE_WORDS } from './people-words'
import type { PagePlan } from './pages'

export interface PersonPlan {
  id: string
  name: string
  role: string
  /** Team slugs; written as `team:` when `singleTeamField` and there is one. */
  teams: string[]
  singleTeamField: boolean
  reportsTo?: string
  location: string
  timezone: string
  pronouns?: string
  github?: string
  links: { label: string; url: string }[]
  bio?: string
  /** YYYY-MM-DD. */
  startDate: string
}

export interface TeamPlan {
  slug: string
  name: string
  description: string
  lead: string[]
  parent?: string
  channel: string
  channelUrl?: string
  /** Members listed on the team, besides the people whose `teams` name it. */
  members: string[]
}

export interface CompanyPlan {
  people: PersonPlan[]
  teams: TeamPlan[]
}

/** Lowercase ASCII for ids and user names: accents dropped, the letters NFD cannot split spelled out. */
export function asciiName(text: string): string {
  const spelled = text.replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
  return spelled
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2012, 2, 1)
const LAST_DAY = Date.UTC(2026, 5, 30)

function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** A name unique among `taken`: the base, else base-2, base-3... */
function unique(base: string, taken: Set<string>, separator: string): string {
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}${separator}${n}`
  taken.add(name)
  return name
}

/** The reporting tree, breadth-first: managerOf[i] < i for everyone but the CEO (index 0, -1). */
function reportingTree(count: number, random: Random): number[] {
  const managerOf = [-1]
  const openings: { index: number; left: number }[] = [{ index: 0, left: random.int(4, PEOPLE_WORDS.departments.length) }]
  let head = 0
  for (let i = 1; i < count; i++) {
    const manager = openings[head]!
    managerOf.push(manager.index)
    if (--manager.left === 0) head++
    openings.push({ index: i, left: random.int(4, 10) })
  }
  return managerOf
}

export function planCompany(count: number, random: Random, pages: readonly PagePlan[]): CompanyPlan {
  const W = PEOPLE_WORDS
  const managerOf = reportingTree(count, random)
  const depth = managerOf.map(() => 0)
  const reports: number[][] = managerOf.map(() => [])
  for (let i = 1; i < count; i++) {
    depth[i] = depth[managerOf[i]!]! + 1
    reports[managerOf[i]!]!.push(i)
  }
  /** Index into departments of each person's department (the CEO's direct report above them); -1 for the CEO. */
  const department = managerOf.map(() => -1)
  for (let i = 1; i < count; i++) department[i] = depth[i] === 1 ? reports[0]!.indexOf(i) : department[managerOf[i]!]!

  // People's names and ids first: teams name their leads.
  const ids = new Set<string>()
  const githubs = new Set<string>()
  const names = managerOf.map(() => {
    const given = random.pick(W.givenNames)
    const family = random.pick(W.familyNames)
    return { given, family, name: `${given} ${family}`, id: unique(`${asciiName(given)}_${asciiName(family)}`.replace(/-/g, '_'), ids, '_') }
  })
  const idOf = (i: number) => names[i]!.id

  // Teams: Leadership, the departments, then sub-teams led by managers below the department heads.
  const wanted = Math.max(1, Math.round(count / 15))
  const slugs = new Set<string>()
  const teams: TeamPlan[] = []
  const teamLedBy = new Map<number, TeamPlan>()
  const areaOf = new Map<TeamPlan, string>()
  /** `scope`: what the team serves, in its description (its department, or the company). */
  const makeTeam = (name: string, lead: number, area: string, scope: string, parent?: TeamPlan): TeamPlan => {
    const slug = unique(asciiName(name), slugs, '-')
    const channel = `#team-${slug}`
    const description = random.pick(W.teamDescriptions).replace(/\{(\w+)\}/g, (_, slot: string) => {
      switch (slot) {
        case 'area':
          return area.toLowerCase()
        case 'dept':
          return scope
        case 'name':
          return name
        case 'channel':
          return channel
        default:
          return random.pick(WORDS.nouns)
      }
    })
    const team: TeamPlan = { slug, name, description, lead: [idOf(lead)], channel, members: [] }
    if (parent) team.parent = parent.slug
    if (random.chance(0.5)) team.channelUrl = `https://chat.example.com/channels/${slug.slice(0, 40)}`
    teams.push(team)
    areaOf.set(team, area)
    return team
  }
  const leadership = makeTeam('Leadership', 0, 'strategy', 'the company')
  leadership.members = [idOf(0), ...reports[0]!.map(idOf)]
  const usedNames = new Set<string>(['Leadership'])
  for (const head of reports[0]!) {
    const dept = W.departments[department[head]!]!
    usedNames.add(dept.name)
    teamLedBy.set(head, makeTeam(dept.name, head, dept.name, 'the company'))
  }
  const areas = random.shuffled(W.areas)
  let areaIndex = 0
  for (let i = 1; i < count && teams.length < wanted; i++) {
    if (depth[i]! < 2 || reports[i]!.length === 0) continue
    let parent: TeamPlan | undefined
    for (let m = managerOf[i]!; m > 0 && !parent; m = managerOf[m]!) parent = teamLedBy.get(m)
    const area = areas[areaIndex++ % areas.length]!.replace(/-/g, ' ')
    const name = unique(capitalize(area), usedNames, ' ')
    const team = makeTeam(name, i, area, W.departments[department[i]!]!.name, parent)
    // Every eighth sub-team is led jointly, so `lead` lists exist at any size.
    if (areaIndex % 8 === 1) team.lead.push(idOf(reports[i]![0]!))
    teamLedBy.set(i, team)
  }

  // Each person is in the team they lead, else in the team of their nearest manager that leads one.
  const teamOf = (i: number): TeamPlan | undefined => {
    for (let m = i; m > 0; m = managerOf[m]!) {
      const team = teamLedBy.get(m)
      if (team) return team
    }
    return undefined
  }
  const others = teams.filter((team) => team !== leadership)
  const people: PersonPlan[] = []
  for (let i = 0; i < count; i++) {
    const { given, family, name, id } = names[i]!
    const own = teamOf(i)
    const personTeams = own ? [own.slug] : []
    if (own && others.length > 1 && random.chance(0.03)) {
      const second = random.pick(others)
      if (second !== own) personTeams.push(second.slug)
    }
    const dept = department[i]! >= 0 ? W.departments[department[i]!]! : undefined
    let role: string
    if (i === 0) role = 'Chief executive officer'
    else if (depth[i] === 1) role = `Head of ${dept!.name}`
    else if (teamLedBy.has(i)) role = dept!.name === 'Engineering' ? `Engineering manager, ${own!.name}` : `${own!.name} lead`
    else if (reports[i]!.length > 0) role = `Lead ${random.pick(dept!.roles)}`
    else role = capitalize(`${random.pick(W.seniority)}${random.pick(dept!.roles)}`)
    const place = random.pick(W.places)
    const start = i === 0 ? FIRST_DAY : FIRST_DAY + random.int(90, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS
    const person: PersonPlan = {
      id,
      name,
      role,
      teams: personTeams,
      singleTeamField: personTeams.length === 1 && random.chance(0.5),
      location: place.location,
      timezone: place.timezone,
      links: [],
      startDate: dateOf(start),
    }
    if (i > 0) person.reportsTo = idOf(managerOf[i]!)
    if (random.chance(0.4)) person.pronouns = random.pick(W.pronouns)
    if (random.chance(dept?.github ?? 0.5)) {
      const base = `${asciiName(given)}${random.chance(0.5) ? '-' : ''}${asciiName(family)}`
      person.github = unique(random.chance(0.3) ? `${base}${random.int(1, 99)}` : base, githubs, '-')
    }
    if (random.chance(0.1)) {
      for (const label of random.shuffled(W.linkLabels).slice(0, random.int(1, 2))) {
        person.links.push({ label, url: `https://people.example.com/${id}/${asciiName(label)}` })
      }
    }
    if (random.chance(0.8)) {
      const team = own ?? leadership
      const sentences = random.shuffled(W.bios).slice(0, random.int(1, 2))
      const target = pages.length > 0 ? random.pick(pages) : undefined
      person.bio = sentences
        .filter((template) => target || !template.includes('{href}'))
        .map((template) =>
          template.replace(/\{(\w+)\}/g, (_, slot: string) => {
            switch (slot) {
              case 'company':
                return W.company
              case 'year':
                return person.startDate.slice(0, 4)
              case 'area':
                return (areaOf.get(team) ?? 'operations').toLowerCase()
              case 'team':
                return team.name
              case 'city':
                return place.location.split(',')[0]!
              case 'slug':
                return team.slug
              case 'channel':
                return team.channel
              case 'title':
                return target!.title
              case 'href':
                return target!.url
              default:
                return random.pick(WORDS.nouns)
            }
          }),
        )
        .join(' ')
      if (!person.bio) delete person.bio
    }
    people.push(person)
  }

  // Every eighth team lists a member from elsewhere, so that membership is the union of both lists.
  for (const [t, team] of others.entries()) {
    if (t % 8 !== 3 || count < 2) continue
    const guest = people[random.int(1, count - 1)]
    if (guest && !guest.teams.includes(team.slug) && !team.members.includes(guest.id)) team.members.push(guest.id)
  }
  return { people, teams }
}
