/**
 * The people and team blocks pages place, as directive handlers (see
 * markdown/directive-handlers.ts): `:person[id]`, `::person{id}`,
 * `::team{slug}`, `::people{team | location}`, `::org-chart{root}`, and in
 * `.mdx` the components `<Person>`, `<Team>`, `<People>`, `<OrgChart>`.
 * An unknown id or slug is a problem at the block's line with "Did you mean".
 */
import type { DirectiveCall, DirectiveHandler, DirectiveHandlers, DirectiveResult } from '../../markdown/directive-handlers'
import { cardContext, orgChart, peopleGrid, personCard, personMention, teamCard, teamMention, type CardContext } from './cards'
import { foldName, personByName } from './directory'
import { suggestId } from './references'
import type { PeopleContext, Person, Team } from './types'
import { peopleContextIn } from './languages'

const problem = (message: string): DirectiveResult => ({ problem: { code: 'people-block', message } })

/** The id a call names: its attribute, else its label (`:person[jane_doe]`), else its first attribute written bare (`::person{#jane_doe}`). */
function named(call: DirectiveCall, attribute: string): string | undefined {
  const value = call.attributes[attribute] ?? call.attributes.id ?? (call.label.trim() || undefined)
  return value?.trim() || undefined
}

function example(name: string, attribute: string, value: string): string {
  return `::${name}{${attribute}="${value}"}`
}

export function peopleBlocks(context: CardContext): DirectiveHandlers {
  const { index } = context
  const { people, teams } = index.directory
  const noData = (what: string) => problem(`this handbook has no ${what}: add ${what === 'teams' ? 'teams.yml' : 'people.yml (or a _people/ folder)'} at the root of the content folder, or remove this block`)
  const findPerson = (call: DirectiveCall, attribute: string): Person | DirectiveResult => {
    if (people.length === 0) return noData('people')
    // By display name (`name="Ada Quill"`): what migrated shortcodes such as member-by-name pass.
    if (call.attributes.name !== undefined && call.attributes[attribute] === undefined && call.attributes.id === undefined) {
      const found = personByName(index.directory, call.attributes.name)
      return 'person' in found ? found.person : problem(found.problem)
    }
    const id = named(call, attribute)
    if (!id) return problem(`:${call.name} needs a person id, e.g. ${call.kind === 'text' ? `:person[${people[0]!.id}]` : example(call.name, attribute, people[0]!.id)}`)
    return index.person(id) ?? problem(`"${id}" is not a person in the directory.${suggestId(id, people)}`)
  }
  const findTeam = (call: DirectiveCall, attribute: string): Team | DirectiveResult => {
    if (teams.length === 0) return noData('teams')
    // By its lead (`lead="ada_quill"`, also written ada-quill): what team-by-manager-slug passes.
    if (call.attributes.lead !== undefined && call.attributes[attribute] === undefined) {
      const lead = call.attributes.lead.trim()
      const led = teams.filter((t) => t.leads.some((id) => id === lead || id.replace(/_/g, '-') === lead.toLowerCase()))
      if (led.length === 1) return led[0]!
      if (led.length > 1) return problem(`${lead} leads ${led.length} teams: ${led.map((t) => t.slug).join(', ')}. Name the team instead, e.g. ${example(call.name, attribute, led[0]!.slug)}`)
      return problem(`no team in teams.yml has "${lead}" as its lead.${suggestId(lead, people)}`)
    }
    const slug = named(call, attribute)
    if (!slug) return problem(`:${call.name} needs a team slug, e.g. ${example(call.name, attribute, teams[0]!.slug)}`)
    return (
      index.team(slug) ??
      problem(
        `"${slug}" is not a team in teams.yml.${suggestId(
          slug,
          teams.map((t) => ({ id: t.slug, name: t.name })),
        )}`,
      )
    )
  }
  const isResult = (value: object): value is DirectiveResult => 'nodes' in value || 'problem' in value
  /** Blocks are written `::name{…}` on a line of their own; mentions `:name[…]` inside text. */
  const wrongKind = (call: DirectiveCall, inline: boolean): DirectiveResult | undefined => {
    if (call.kind === 'container') return problem(`::${call.name} takes no content: write it on one line with two colons, e.g. ::${call.name}{…}, and remove its closing :::`)
    if (call.kind === 'text' && !inline) return problem(`:${call.name} is a block: write it on a line of its own with two colons, e.g. ::${call.name}{…}`)
    return undefined
  }

  const person: DirectiveHandler = (call) => {
    const kind = wrongKind(call, true)
    if (kind) return kind
    const found = findPerson(call, 'id')
    if (isResult(found)) return found
    return { nodes: [call.kind === 'text' ? personMention(found, context) : personCard(found, context)] }
  }
  const team: DirectiveHandler = (call) => {
    const kind = wrongKind(call, true)
    if (kind) return kind
    const found = findTeam(call, 'slug')
    if (isResult(found)) return found
    return { nodes: [call.kind === 'text' ? teamMention(found, context) : teamCard(found, context)] }
  }
  const group: DirectiveHandler = (call) => {
    const kind = wrongKind(call, false)
    if (kind) return kind
    if (call.attributes.location !== undefined) {
      const place = foldName(call.attributes.location)
      const found = people.filter((p) => p.location !== undefined && foldName(p.location).includes(place))
      if (found.length === 0) {
        const places = [...new Set(people.flatMap((p) => (p.location ? [p.location] : [])))].slice(0, 8)
        return problem(`nobody's location contains "${call.attributes.location}". Locations: ${places.join('; ') || 'none given'}`)
      }
      return { nodes: [peopleGrid(found, context)] }
    }
    const found = findTeam(call, 'team')
    if (isResult(found)) return found
    return {
      nodes: [
        peopleGrid(
          found.members.flatMap((id) => index.person(id) ?? []),
          context,
        ),
      ],
    }
  }
  const chart: DirectiveHandler = (call) => {
    const kind = wrongKind(call, false)
    if (kind) return kind
    if (people.length === 0) return noData('people')
    if (!named(call, 'root')) return { nodes: [orgChart(context)] }
    const found = findPerson(call, 'root')
    return isResult(found) ? found : { nodes: [orgChart(context, found)] }
  }
  return new Map([
    ['person', person],
    ['team', team],
    ['people', group],
    ['org-chart', chart],
  ])
}

const handlersOf = new WeakMap<PeopleContext, DirectiveHandlers>()

/** The blocks of a people context on a page in the language `code` (peopleContextIn), made once per context and language (a render worker or the MDX compiler asks for every page). */
export function blocksFor(context: PeopleContext, code?: string): DirectiveHandlers {
  const people = peopleContextIn(context, code)
  let handlers = handlersOf.get(people)
  if (!handlers) handlersOf.set(people, (handlers = peopleBlocks(cardContext(people.directory, people.urls, { lang: people.lang, ...(people.dataLang ? { dataLang: people.dataLang } : {}) }))))
  return handlers
}
