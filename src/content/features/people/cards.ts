/**
 * The HTML of people and teams, as hast: one builder per block, used by the
 * generated pages (/people, /teams/…, the org chart) and by the blocks pages
 * place (`::person`, `::team`, `::people`, `::org-chart`), so a person looks
 * the same wherever they appear. Every string from the data files becomes a
 * text node or a checked URL (see schema.ts); bios are sanitized Markdown.
 *
 * Links are site paths without the path prefix: the link rewriter adds it
 * (and checks the link) like any other, in pages and generated pages alike.
 */
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { fileUrl } from '../../links/links'
import { dateText } from '../../../shared/date-text'
import { indexDirectory, personUrl, teamUrl, type DirectoryIndex } from './directory'
import type { Directory, Person, PeopleUrls, Team } from './types'
import { messagesFor, type Messages } from '../../../shared/i18n'
import { messageNodes } from '../message-nodes'

export interface CardContext {
  index: DirectoryIndex
  urls: PeopleUrls
  /** Language of the page, for dates. */
  lang?: string
  /** The interface's words in that language (the handbook's `messages:` over the catalogue); the catalogue's without. */
  messages?: Messages
  /** The language the data is written in, when the page is in another (people/languages.ts): its prose is marked with it. */
  dataLang?: string
}

/** The card's words: the context's, else the catalogue's for its language. */
const wordsOf = (context: CardContext): Messages => context.messages ?? messagesFor(context.lang ?? 'en')

/** The size photos and initials are drawn at, in CSS pixels (the attributes keep the layout still while images load). */
export const PHOTO_SIZE = 56

/** The context to draw a directory's cards in. */
export function cardContext(directory: Directory, urls: PeopleUrls, options: Omit<CardContext, 'index' | 'urls'> = {}): CardContext {
  return { index: indexDirectory(directory), urls, ...options }
}

/** The attributes of an element holding the data's prose (a role, a bio, a description): its language, when the page's is another. */
export const dataProse = (context: CardContext): { lang?: string } => (context.dataLang ? { lang: context.dataLang } : {})

const link = (sitePath: string, label: string, className?: string): Element => h('a', { href: sitePath, ...(className ? { className: [className] } : {}) }, label)

/** Up to two letters: the first of the first and last words of the name. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = [...(words[0] ?? '?')][0] ?? '?'
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : ''
  return (first + last).toUpperCase()
}

function avatar(person: Person): Element {
  if (person.photo) {
    return h('img', { className: ['person-photo'], src: fileUrl(person.photo), alt: '', width: PHOTO_SIZE, height: PHOTO_SIZE, loading: 'lazy', decoding: 'async' })
  }
  return h('span', { className: ['person-initials'], ariaHidden: 'true' }, initialsOf(person.name))
}

export const textNode = (value: string): ElementContent => ({ type: 'text', value })

function joined(parts: ElementContent[][], separator = ', '): ElementContent[] {
  return parts.flatMap((part, i) => (i === 0 ? part : [textNode(separator), ...part]))
}

function teamLinks(person: Person, context: CardContext): ElementContent[] {
  return joined(
    person.teams.flatMap((slug) => {
      const team = context.index.team(slug)
      return team ? [[link(teamUrl(context.urls, slug), team.name)]] : []
    }),
  )
}

/** A person's e-mail and phone, each a link when it reads as one (`mailto:`, `tel:`), else its text. */
function contactLinks(person: Person): ElementContent[][] {
  const parts: ElementContent[][] = []
  if (person.email) parts.push([/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(person.email) ? h('a', { href: `mailto:${person.email}` }, person.email) : textNode(person.email)])
  if (person.phone) {
    const dialled = person.phone.replace(/[^\d+]/g, '')
    parts.push([dialled.length >= 3 ? h('a', { href: `tel:${dialled}` }, person.phone) : textNode(person.phone)])
  }
  return parts
}

export interface PersonCardOptions {
  /** The directory's card: carries the person's id (so /people#id lands on it), their links and bio. */
  full?: boolean
  /** The element of the name: a heading in the directory, a paragraph inside pages (whose headings make the table of contents). */
  nameTag?: 'h2' | 'h3' | 'p'
  /** Pages that name the person as owner, listed on the directory's card. */
  owns?: readonly { url: string; title: string }[]
}

/** Pages a card lists before "and N more". */
export const OWNED_ON_CARD = 5

/** A person's card. */
export function personCard(person: Person, context: CardContext, options: PersonCardOptions = {}): Element {
  const { full = false, nameTag = 'p' } = options
  const manager = person.reportsTo ? context.index.person(person.reportsTo) : undefined
  const place = [person.location, person.timezone].filter((part): part is string => Boolean(part))
  const body: ElementContent[] = [
    h(nameTag, { className: ['person-name'] }, [link(personUrl(context.urls, person.id), person.name), ...(person.pronouns ? [' ', h('span', { className: ['person-pronouns'] }, `(${person.pronouns})`)] : [])]),
  ]
  if (person.role) body.push(h('p', { className: ['person-role'], ...dataProse(context) }, person.role))
  if (person.teams.length > 0) body.push(h('p', { className: ['person-teams'] }, teamLinks(person, context)))
  if (place.length > 0) body.push(h('p', { className: ['person-place'], ...dataProse(context) }, place.join(' · ')))
  if (full && manager) body.push(h('p', { className: ['person-manager'] }, messageNodes(wordsOf(context), 'reportsTo', { manager: link(personUrl(context.urls, manager.id), manager.name) })))
  if (full && (person.email || person.phone)) body.push(h('p', { className: ['person-contact'] }, joined(contactLinks(person))))
  if (full && person.startDate)
    body.push(h('p', { className: ['person-start'] }, messageNodes(wordsOf(context), 'joined', { date: h('time', { dateTime: person.startDate }, dateText(person.startDate, context.lang ?? 'en')) })))
  if (full) {
    const links = [...(person.github ? [{ label: 'GitHub', url: `https://github.com/${person.github}` }] : []), ...person.links]
    if (links.length > 0)
      body.push(
        h(
          'ul',
          { className: ['person-links'] },
          links.map((l) => h('li', [h('a', { href: l.url }, l.label)])),
        ),
      )
    const owns = options.owns ?? []
    if (owns.length > 0) {
      const shown = owns.slice(0, OWNED_ON_CARD).map((page) => [link(page.url, page.title)])
      const more = owns.length - OWNED_ON_CARD
      body.push(h('p', { className: ['person-owns'] }, messageNodes(wordsOf(context), more > 0 ? 'ownsMore' : 'owns', { pages: joined(shown, wordsOf(context).text('listSeparator')) }, { count: more })))
    }
    if (person.bio) body.push(h('div', { className: ['person-bio'], ...dataProse(context) }, structuredClone(person.bio)))
  }
  return h('div', { className: ['person-card'], ...(full ? { id: person.id } : {}) }, [avatar(person), h('div', { className: ['person-body'] }, body)])
}

/** A person's name linking to their card: `:person[jane_doe]`. */
export function personMention(person: Person, context: CardContext): Element {
  return link(personUrl(context.urls, person.id), person.name, 'person-mention')
}

/** A team's name linking to its page. */
export function teamMention(team: Team, context: CardContext): Element {
  return link(teamUrl(context.urls, team.slug), team.name, 'team-mention')
}

/** Cards of people, in a grid. */
export function peopleGrid(people: readonly Person[], context: CardContext, options: PersonCardOptions = {}): Element {
  return h(
    'div',
    { className: ['people-grid'] },
    people.map((person) => personCard(person, context, options)),
  )
}

/** "Led by …", "Part of …", "Ask in #…": what a team card and a team page say about the team. */
export function teamFacts(team: Team, context: CardContext): Element[] {
  const facts: Element[] = []
  const leads = team.leads.flatMap((id) => {
    const person = context.index.person(id)
    return person ? [[link(personUrl(context.urls, id), person.name)]] : []
  })
  if (leads.length > 0) facts.push(h('p', { className: ['team-lead'] }, messageNodes(wordsOf(context), 'teamLead', { people: joined(leads, wordsOf(context).text('listSeparator')) }, { count: leads.length })))
  const parent = team.parent ? context.index.team(team.parent) : undefined
  if (parent) facts.push(h('p', { className: ['team-parent'] }, messageNodes(wordsOf(context), 'partOf', { team: link(teamUrl(context.urls, parent.slug), parent.name) })))
  if (team.channel) {
    const channel = team.channelUrl ? h('a', { href: team.channelUrl }, team.channel) : h('span', { className: ['team-channel-name'] }, team.channel)
    facts.push(h('p', { className: ['team-channel'] }, messageNodes(wordsOf(context), 'teamAskIn', { channel })))
  }
  return facts
}

/** A team's card: name, description, facts, and its members. */
export function teamCard(team: Team, context: CardContext): Element {
  const members = team.members.flatMap((id) => context.index.person(id) ?? [])
  return h('div', { className: ['team-card'] }, [
    h('p', { className: ['team-name'] }, [link(teamUrl(context.urls, team.slug), team.name)]),
    ...(team.description ? [h('div', { className: ['team-description'], ...dataProse(context) }, structuredClone(team.description))] : []),
    ...teamFacts(team, context),
    ...(members.length > 0 ? [peopleGrid(members, context)] : [h('p', { className: ['team-empty'] }, wordsOf(context).text('teamEmpty'))]),
  ])
}

/** How many people are below a person, all levels. */
function countBelow(id: string, index: DirectoryIndex, seen = new Set<string>()): number {
  let count = 0
  for (const report of index.reportsOf(id)) {
    if (seen.has(report.id)) continue
    seen.add(report.id)
    count += 1 + countBelow(report.id, index, seen)
  }
  return count
}

/** Organisations up to this size show every level open; larger ones open the first two. */
const OPEN_ORG_SIZE = 60

function orgNode(person: Person, context: CardContext, depth: number, openAll: boolean, seen: Set<string>): Element {
  seen.add(person.id)
  const reports = context.index.reportsOf(person.id).filter((p) => !seen.has(p.id))
  const who: ElementContent[] = [link(personUrl(context.urls, person.id), person.name)]
  if (person.role) who.push(textNode(' '), h('span', { className: ['org-role'], ...dataProse(context) }, person.role))
  const children: ElementContent[] = [h('div', { className: ['org-person'] }, who)]
  if (reports.length > 0) {
    const below = countBelow(person.id, context.index)
    const words = wordsOf(context)
    const label = below > reports.length ? words.text('directReportsAll', { count: reports.length, all: below }) : words.text('directReports', { count: reports.length })
    children.push(
      h('details', { className: ['org-reports'], ...(openAll || depth < 2 ? { open: true } : {}) }, [
        h('summary', label),
        h(
          'ul',
          reports.map((report) => orgNode(report, context, depth + 1, openAll, seen)),
        ),
      ]),
    )
  }
  return h('li', children)
}

/** The reporting tree below `root` (the whole company from its top people without one), as nested lists. */
export function orgChart(context: CardContext, root?: Person): Element {
  const tops = root ? [root] : context.index.tops()
  const openAll = context.index.directory.people.length <= OPEN_ORG_SIZE
  const seen = new Set<string>()
  return h('div', { className: ['org-chart'] }, [
    h(
      'ul',
      { className: ['org-tree'] },
      tops.map((person) => orgNode(person, context, 0, openAll, seen)),
    ),
  ])
}
