/**
 * The pages made from the people and teams data: the directory (`/people`),
 * the org chart (`/people/org-chart`), the list of teams (`/teams`) and one
 * page per team (`/teams/<slug>`). Each is finished HTML with what the rest
 * of the site needs of it: the anchors links may point to, its table of
 * contents, what search indexes (a person is a section of the directory, so
 * a result lands on their card), and the photos to publish.
 */
import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { toString as hastToString } from 'hast-util-to-string'
import type { ExtractedSection } from '../../markdown/render'
import { tidyText } from '../search/extract'
import { cardContext, dataProse, orgChart, textNode, peopleGrid, personCard, teamFacts, type CardContext } from './cards'
import { teamUrl } from './directory'
import { PEOPLE_FILE, PEOPLE_FOLDER, TEAMS_FILE } from './files'
import type { Directory, Person, PeopleUrls, Team } from './types'
import type { OwnedFolder, OwnedPages } from './owned-pages'
import type { GeneratedPage } from '../generated-page'
import { messagesFor, type Messages } from '../../../shared/i18n'
import { messageNodes } from '../message-nodes'

export interface GeneratedPagesOptions {
  urls: PeopleUrls
  lang: string
  /** The interface's words in `lang` (the handbook's `messages:` over the catalogue); the catalogue's without. */
  messages?: Messages
  /** The pages each team and person owns. */
  owned?: OwnedPages
  /** The language the data is written in, when the pages are in another (people/languages.ts). */
  dataLang?: string
}

/** The pages' words: the context's (generatedPages gives it one). */
const wordsOf = (context: CardContext): Messages => context.messages ?? messagesFor(context.lang ?? 'en')

function root(nodes: ElementContent[]): Root {
  return { type: 'root', children: nodes }
}

function section(anchor: string, heading: string, text: string): ExtractedSection {
  return { anchor, heading, depth: anchor ? 2 : 0, text: tidyText(text), code: '' }
}

/** What the filter matches a card on: name, role, teams, location and time zone, folded to lowercase. */
function filterText(person: Person, context: CardContext): string {
  const teams = person.teams.map((slug) => context.index.team(slug)?.name ?? slug)
  return [person.name, person.role, ...teams, person.location, person.timezone].filter(Boolean).join(' ').toLowerCase()
}

function personSearchText(person: Person, context: CardContext): string {
  const teams = person.teams.map((slug) => context.index.team(slug)?.name ?? slug)
  const bio = person.bio ? hastToString({ type: 'root', children: person.bio } as Root) : ''
  return [person.role, teams.join(', '), person.location, person.timezone, bio].filter(Boolean).join('. ')
}

function directoryPage(directory: Directory, context: CardContext, options: GeneratedPagesOptions): GeneratedPage {
  const { people, teams } = directory
  const words = wordsOf(context)
  const everyone = words.text('personCount', { count: people.length })
  const slots = {
    people: textNode(everyone),
    teams: textNode(words.text('teamCount', { count: teams.length })),
    orgChart: h('a', { href: options.urls.orgChart }, words.text('orgChartLink')),
    allTeams: h('a', { href: options.urls.teams }, words.text('allTeamsLink')),
  }
  const summary = messageNodes(words, teams.length > 0 ? 'peopleSummaryTeams' : 'peopleSummary', slots)
  const cards = people.map((person) => {
    const card = personCard(person, context, { full: true, nameTag: 'h2', owns: options.owned?.byPerson.get(person.id) ?? [] })
    card.properties = { ...card.properties, dataFilter: filterText(person, context) }
    return card
  })
  const nodes: ElementContent[] = [
    h('p', { className: ['people-summary'] }, summary),
    // Shown by the script that makes it work (src/client/people-filter.ts): without JavaScript the page lists everyone.
    h('div', { className: ['people-filter'], hidden: true, dataPeopleFilter: '' }, [
      h('label', { htmlFor: 'people-filter-input' }, words.text('filterPeople')),
      h('input', { id: 'people-filter-input', type: 'search', placeholder: words.text('filterPeoplePlaceholder'), autoComplete: 'off', spellCheck: 'false' }),
      h('p', { className: ['people-filter-count'], role: 'status' }),
    ]),
    h('div', { className: ['people-grid', 'people-directory'] }, cards),
  ]
  return {
    kind: 'people',
    url: options.urls.people,
    title: words.text('peopleTitle'),
    description: words.text('peopleDescription', { people: everyone }),
    dataFile: directory.files.includes(PEOPLE_FILE) ? PEOPLE_FILE : PEOPLE_FOLDER,
    body: root(nodes),
    toc: [],
    anchors: people.map((p) => p.id),
    sections: [section('', '', words.text('peopleDirectoryOf', { people: everyone })), ...people.map((p) => section(p.id, p.name, personSearchText(p, context)))],
    files: people.flatMap((p) => (p.photo ? [p.photo] : [])),
  }
}

function orgChartPage(directory: Directory, context: CardContext, options: GeneratedPagesOptions): GeneratedPage {
  const words = wordsOf(context)
  const names = context.index.tops().map((p) => p.name)
  const separator = words.text('listSeparator')
  const intro = h(
    'p',
    { className: ['org-intro'] },
    messageNodes(words, 'orgChartIntro', { directory: h('a', { href: options.urls.people }, words.text('directoryLink')) }, { people: words.text('personCount', { count: directory.people.length }) }),
  )
  return {
    kind: 'org-chart',
    url: options.urls.orgChart,
    title: words.text('orgChartTitle'),
    // Only a directory whose every person is in a reporting cycle (an error) has nobody at the top.
    description: names.length ? words.text('orgChartDescription', { people: names.slice(0, 3).join(separator) }) : words.text('orgChartTitle'),
    dataFile: directory.files.includes(PEOPLE_FILE) ? PEOPLE_FILE : PEOPLE_FOLDER,
    body: root([intro, orgChart(context)]),
    toc: [],
    anchors: [],
    sections: [section('', '', `${words.text('orgChartSearch')} ${names.join(separator)}`)],
    files: [],
  }
}

function teamTree(teams: readonly Team[], context: CardContext, parent: string | undefined): Element | undefined {
  const level = teams.filter((t) => t.parent === parent)
  if (level.length === 0) return undefined
  return h(
    'ul',
    { className: ['team-tree'] },
    level.map((team) => {
      const below = teamTree(teams, context, team.slug)
      return h('li', [
        h('p', { className: ['team-tree-name'] }, [h('a', { href: teamUrl(context.urls, team.slug) }, team.name), ` · ${wordsOf(context).text('memberCount', { count: team.members.length })}`]),
        ...teamFacts(team, context),
        ...(below ? [below] : []),
      ])
    }),
  )
}

function teamsPage(directory: Directory, context: CardContext, options: GeneratedPagesOptions): GeneratedPage {
  // Teams whose parent is unknown were reported; they stand at the top.
  const tree = teamTree(directory.teams, context, undefined)
  const words = wordsOf(context)
  const teams = words.text('teamCount', { count: directory.teams.length })
  return {
    kind: 'teams',
    url: options.urls.teams,
    title: words.text('teamsTitle'),
    description: words.text('teamsDescription', { teams }),
    dataFile: TEAMS_FILE,
    body: root([h('p', words.text('teamsIntro', { teams })), ...(tree ? [tree] : [])]),
    toc: [],
    anchors: [],
    sections: [section('', '', directory.teams.map((t) => t.name).join(', '))],
    files: [],
  }
}

/** The pages a team owns, by folder. */
function ownedSection(folders: readonly OwnedFolder[]): ElementContent[] {
  return folders.flatMap((folder) => [
    ...(folder.label ? [h('h3', folder.label)] : []),
    h(
      'ul',
      { className: ['team-owned'] },
      folder.pages.map((page) => h('li', [h('a', { href: page.url }, page.title)])),
    ),
  ])
}

function teamPage(team: Team, context: CardContext, owned: readonly OwnedFolder[]): GeneratedPage {
  const members = team.members.flatMap((id) => context.index.person(id) ?? [])
  const subTeams = context.index.subTeamsOf(team.slug)
  const words = wordsOf(context)
  const toc: GeneratedPage['toc'] = []
  const nodes: ElementContent[] = [...(team.description ? [h('div', { className: ['team-description'], ...dataProse(context) }, structuredClone(team.description))] : []), ...teamFacts(team, context)]
  if (subTeams.length > 0) {
    toc.push({ depth: 2, id: 'sub-teams', text: words.text('subTeams') })
    nodes.push(
      h('h2', { id: 'sub-teams' }, words.text('subTeams')),
      h(
        'ul',
        subTeams.map((sub) => h('li', [h('a', { href: teamUrl(context.urls, sub.slug) }, sub.name), ` · ${words.text('memberCount', { count: sub.members.length })}`])),
      ),
    )
  }
  toc.push({ depth: 2, id: 'members', text: words.text('teamMembers') })
  nodes.push(h('h2', { id: 'members' }, words.text('teamMembersCount', { count: members.length })))
  nodes.push(members.length > 0 ? peopleGrid(members, context, { nameTag: 'h3' }) : h('p', words.text('teamNoMembers')))
  if (owned.length > 0) {
    const ownedCount = owned.reduce((sum, folder) => sum + folder.pages.length, 0)
    toc.push({ depth: 2, id: 'pages', text: words.text('teamPagesHeading') })
    nodes.push(h('h2', { id: 'pages' }, words.text('teamOwnedPages', { count: ownedCount })), ...ownedSection(owned))
  }
  const description = team.description ? tidyText(hastToString({ type: 'root', children: team.description } as Root)) : ''
  return {
    kind: 'team',
    url: teamUrl(context.urls, team.slug),
    title: team.name,
    description: description || words.text('teamDescription', { team: team.name, members: words.text('memberCount', { count: members.length }) }),
    dataFile: TEAMS_FILE,
    body: root(nodes),
    toc,
    anchors: toc.map((entry) => entry.id),
    sections: [section('', '', `${description} ${members.map((p) => p.name).join(', ')}`)],
    files: members.flatMap((p) => (p.photo ? [p.photo] : [])),
  }
}

/** Every page the directory makes: none without data. */
export function generatedPages(directory: Directory, options: GeneratedPagesOptions): GeneratedPage[] {
  const context = cardContext(directory, options.urls, { lang: options.lang, messages: options.messages ?? messagesFor(options.lang), ...(options.dataLang ? { dataLang: options.dataLang } : {}) })
  const pages: GeneratedPage[] = []
  if (directory.people.length > 0) pages.push(directoryPage(directory, context, options), orgChartPage(directory, context, options))
  if (directory.teams.length > 0) pages.push(teamsPage(directory, context, options), ...directory.teams.map((team) => teamPage(team, context, options.owned?.byTeam.get(team.slug) ?? [])))
  return pages
}

/** What each generated URL is, for the registry of URLs the site itself uses. */
export function generatedUrlOwners(directory: Directory, urls: PeopleUrls): Map<string, string> {
  const owners = new Map<string, string>()
  const peopleFrom = directory.files.includes(PEOPLE_FILE) ? PEOPLE_FILE : `${PEOPLE_FOLDER}/`
  if (directory.people.length > 0) {
    owners.set(urls.people, `the people directory (made from ${peopleFrom}; peopleUrl in handbook.config.ts moves it)`)
    owners.set(urls.orgChart, `the org chart (made from ${peopleFrom}; peopleUrl in handbook.config.ts moves it)`)
  }
  if (directory.teams.length > 0) {
    owners.set(urls.teams, `the list of teams (made from ${TEAMS_FILE}; teamsUrl in handbook.config.ts moves it)`)
    for (const team of directory.teams) owners.set(teamUrl(urls, team.slug), `the page of the team ${team.slug} (made from ${TEAMS_FILE}; teamsUrl in handbook.config.ts moves it)`)
  }
  return owners
}
