import { describe, expect, it } from 'vitest'
import { toHtml } from 'hast-util-to-html'
import { parse } from 'node-html-parser'
import type { Root } from 'hast'
import { createLinkIndex } from '../../../../src/content/links/links'
import { cardContext, publishGeneratedPage, generatedPages, generatedUrlOwners, loadDirectory, peopleBlocks, peopleUrlsOf, personByName, blocksFor } from '../../../../src/content/features/people'
import { mentionsDirectives } from '../../../../src/content/markdown/directives'
import { NO_PEOPLE } from '../../../support/people'
import { orgChart } from '../../../../src/content/features/people/cards'
import type { DirectiveCall, DirectiveResult } from '../../../../src/content/markdown/directive-handlers'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { messagesFor } from '../../../../src/shared/i18n'

const urls = peopleUrlsOf({ peopleUrl: '/people', teamsUrl: '/teams' })

function directoryOf(people: string, teams = '') {
  const diagnostics: Diagnostic[] = []
  const data = [{ path: 'people.yml', text: people }, ...(teams ? [{ path: 'teams.yml', text: teams }] : [])]
  const directory = loadDirectory(data, new Set(['photos/ana.png']), diagnostics)
  expect(diagnostics).toEqual([])
  return directory
}

const company = directoryOf(
  `
ana:
  name: Ana Lima
  role: CEO
  photo: photos/ana.png
bo:
  name: Bo Chen
  role: CTO
  reports_to: ana
  teams: [platform]
cy:
  name: Cy Dee
  role: Engineer
  reports_to: bo
  teams: [platform]
  location: Lisbon, Portugal
dee:
  name: Dee Ito
  reports_to: bo
  location: Tokyo
li_1:
  name: Li Wei
  reports_to: ana
li_2:
  name: Li Wei
  reports_to: ana
jose:
  name: José Álvarez
  reports_to: ana
`,
  `
platform:
  name: Platform
  lead: bo
  channel: "#team-platform"
  channel_url: https://chat.example/p
core:
  name: Core
  parent: platform
  members: [cy]
`,
)

const html = (nodes: unknown[]) => toHtml({ type: 'root', children: nodes } as Root)

describe('personByName', () => {
  it('finds a person whatever the case, accents and spacing', () => {
    expect(personByName(company, 'jose alvarez')).toEqual({ person: expect.objectContaining({ id: 'jose' }) })
    expect(personByName(company, '  BO   chen ')).toEqual({ person: expect.objectContaining({ id: 'bo' }) })
  })

  it('names the candidates of an ambiguous name', () => {
    expect(personByName(company, 'Li Wei')).toEqual({ problem: '"Li Wei" is the name of 2 people: li_1, li_2. Use the id of the one you mean' })
  })

  it('names people with a similar name for an unknown one', () => {
    expect(personByName(company, 'Ana')).toEqual({ problem: 'nobody in the directory is called "Ana". People with a similar name: Ana Lima (ana)' })
    expect(personByName(company, 'Zed Zulu')).toEqual({ problem: 'nobody in the directory is called "Zed Zulu".' })
  })
})

describe('the org chart', () => {
  const context = cardContext(company, urls)

  it('nests reporting lines from the top, as lists', () => {
    const chart = html([orgChart(context)])
    expect(chart).toMatch(
      /^<div class="org-chart"><ul class="org-tree"><li><div class="org-person"><a href="\/people#ana">Ana Lima<\/a> <span class="org-role">CEO<\/span><\/div><details class="org-reports" open><summary>4 direct reports, 6 in all<\/summary><ul>/,
    )
    // Bo's reports are inside Bo's item.
    expect(chart).toMatch(/<a href="\/people#bo">Bo Chen<\/a>.*?<summary>2 direct reports<\/summary><ul><li><div class="org-person"><a href="\/people#cy">/)
  })

  it('starts below a given person', () => {
    const chart = html([
      orgChart(
        context,
        company.people.find((p) => p.id === 'bo'),
      ),
    ])
    expect(chart).not.toContain('#ana')
    expect(chart).toContain('#dee')
  })
})

describe('blocks', () => {
  const blocks = peopleBlocks(cardContext(company, urls))
  const call = (name: string, kind: DirectiveCall['kind'], attributes: Record<string, string> = {}, label = ''): DirectiveResult => blocks.get(name)!({ name, kind, attributes, label, line: 3, column: 1 })
  const rendered = (result: DirectiveResult) => ('nodes' in result ? html(result.nodes) : 'problem' in result ? `problem: ${result.problem.message}` : 'tree')

  it(':person[id] is the name linking to the card', () => {
    expect(rendered(call('person', 'text', {}, 'cy'))).toBe('<a href="/people#cy" class="person-mention">Cy Dee</a>')
  })

  it('::person{id} is the card, with a photo that keeps its size or initials', () => {
    expect(rendered(call('person', 'leaf', { id: 'ana' }))).toContain('<img class="person-photo" src="/photos/ana.png" alt="" width="56" height="56" loading="lazy" decoding="async">')
    expect(rendered(call('person', 'leaf', { id: 'cy' }))).toContain('<span class="person-initials" aria-hidden="true">CD</span>')
  })

  it('::team{slug} is the team with its lead, channel and members', () => {
    const team = rendered(call('team', 'leaf', { slug: 'platform' }))
    expect(team).toContain('<a href="/teams/platform">Platform</a>')
    expect(team).toContain('Lead: <a href="/people#bo">Bo Chen</a>')
    expect(team).toContain('Ask in <a href="https://chat.example/p">#team-platform</a>')
    expect(team.match(/class="person-card"/g)).toHaveLength(2)
  })

  it('::people{team} and ::people{location} are grids of cards', () => {
    expect(rendered(call('people', 'leaf', { team: 'core' })).match(/person-card/g)).toHaveLength(1)
    expect(rendered(call('people', 'leaf', { location: 'lisbon' }))).toContain('#cy')
  })

  it('an unknown id or slug is a problem with "Did you mean"', () => {
    expect(rendered(call('person', 'text', {}, 'cyy'))).toBe('problem: "cyy" is not a person in the directory. Did you mean cy?')
    expect(rendered(call('team', 'leaf', { slug: 'platfrom' }))).toBe('problem: "platfrom" is not a team in teams.yml. Did you mean platform?')
    expect(rendered(call('org-chart', 'leaf', { root: 'Bo Chen' }))).toBe('problem: "Bo Chen" is not a person in the directory. Did you mean bo (Bo Chen)?')
    expect(rendered(call('people', 'leaf', { location: 'Mars' }))).toMatch(/^problem: nobody's location contains "Mars". Locations: Lisbon, Portugal; Tokyo$/)
  })

  it('a block written inline, or as a container, says how to write it', () => {
    expect(rendered(call('people', 'text', { team: 'core' }))).toMatch(/^problem: :people is a block: write it on a line of its own with two colons/)
    expect(rendered(call('person', 'container', { id: 'cy' }))).toMatch(/^problem: ::person takes no content/)
  })

  it('without people data, a block says what to add', () => {
    const none = peopleBlocks(cardContext({ people: [], teams: [], files: [] }, urls))
    const result = none.get('person')!({ name: 'person', kind: 'text', attributes: {}, label: 'x' })
    expect(rendered(result)).toMatch(/^problem: this handbook has no people: add people\.yml \(or a _people\/ folder\)/)
  })
})

describe('pages made from the data', () => {
  const made = generatedPages(company, { urls, lang: 'en' })
  // Published as the site does: links resolved against the generated routes and the content files, with the path prefix.
  const index = createLinkIndex(
    made.map((p) => ({ sourcePath: `(generated)${p.url}`, url: p.url })),
    (file) => file === 'photos/ana.png',
  )
  const pages = made.map((p) => publishGeneratedPage(p, { index, site: { siteUrl: 'https://x.test', pathPrefix: '/hb' }, hrefPrefix: '/hb' }))

  it('are the directory, the org chart, the list of teams and a page per team', () => {
    expect(pages.map((p) => [p.url, p.title])).toEqual([
      ['/people', 'People'],
      ['/people/org-chart', 'Org chart'],
      ['/teams', 'Teams'],
      ['/teams/platform', 'Platform'],
      ['/teams/core', 'Core'],
    ])
    expect([...generatedUrlOwners(company, urls).keys()]).toEqual(pages.map((p) => p.url))
  })

  it('give every person a card whose id is theirs, with the path prefix in links', () => {
    const directory = pages[0]!
    expect(directory.anchors).toEqual(company.people.map((p) => p.id))
    expect(directory.html).toContain('<div class="person-card" id="cy" data-filter="cy dee engineer platform core lisbon, portugal">')
    expect(directory.html).toContain('<a href="/hb/teams/platform">Platform</a>')
    expect(directory.html).toContain('src="/hb/photos/ana.png"')
    expect(directory.files).toEqual(['photos/ana.png'])
    expect(directory.links.filter((use) => use.target.kind === 'broken')).toEqual([])
  })

  it('make each person a search section of the directory', () => {
    expect(pages[0]!.sections.find((s) => s.anchor === 'cy')).toEqual({ anchor: 'cy', heading: 'Cy Dee', depth: 2, text: 'Engineer. Platform, Core. Lisbon, Portugal', code: '' })
  })

  it("show a team's sub-teams and members", () => {
    const platform = pages[3]!
    expect(platform.toc.map((t) => t.text)).toEqual(['Sub-teams', 'Members'])
    expect(platform.html).toContain('<a href="/hb/teams/core">Core</a> · 1 member')
    expect(platform.html).toContain('Members (2)')
    expect(pages[4]!.html).toContain('Part of <a href="/hb/teams/platform">Platform</a>')
  })

  it('escape what the data says', () => {
    const evil = directoryOf('x:\n  name: "<img src=x onerror=alert(1)>"\n  role: "</p><script>alert(2)</script>"\n')
    const [directory] = generatedPages(evil, { urls, lang: 'en' }).map((p) =>
      publishGeneratedPage(p, { index: createLinkIndex([], () => false), site: { siteUrl: 'https://x.test', pathPrefix: '' }, hrefPrefix: '' }),
    )
    const root = parse(directory!.html)
    expect(root.querySelectorAll('script, img, [onerror]')).toHaveLength(0)
    expect(root.querySelector('.person-role')!.text).toBe('</p><script>alert(2)</script>')
  })
})

describe('whether a page may place people blocks (what its cache key depends on)', () => {
  const mayPlacePeopleBlocks = (text: string) => mentionsDirectives(text, blocksFor(NO_PEOPLE), true)
  it('is true for pages that may show people, false for ordinary text', () => {
    for (const text of ['Ask :person[ana]', '::team{slug="x"}', '::org-chart', '<People team="x" />', '::people{location="x"}']) expect(mayPlacePeopleBlocks(text)).toBe(true)
    for (const text of ['our people: all of them', 'team: platform', 'Personal time', 'the org chart']) expect(mayPlacePeopleBlocks(text)).toBe(false)
  })
})

describe('pages made from the data, in the handbook’s language', () => {
  const made = generatedPages(company, { urls, lang: 'ja' })
  const html = (url: string) => toHtml(made.find((p) => p.url === url)!.body)

  it('are titled and worded in Japanese, the filter included', () => {
    expect(made.map((p) => p.title)).toEqual(['メンバー', '組織図', 'チーム', 'Platform', 'Core'])
    const directory = html('/people')
    expect(directory).toContain('<p class="people-summary">2 チームに 7 人。<a href="/people/org-chart">組織図</a>と<a href="/teams">すべてのチーム</a>もご覧ください。</p>')
    expect(directory).toContain('<label for="people-filter-input">メンバーを絞り込む</label>')
    expect(directory).toContain('placeholder="名前、役職、チーム、勤務地"')
    expect(directory).toContain('<p class="person-manager">上長：<a href="/people#ana">Ana Lima</a></p>')
    expect(html('/teams/platform')).toContain('<h2 id="members">メンバー（2）</h2>')
    expect(html('/people/org-chart')).toContain('<summary>直属の部下 4 人（全体で 6 人）</summary>')
    // What search engines and search show of the org chart: Japanese too.
    const chart = made.find((p) => p.url === '/people/org-chart')!
    expect(chart.description).toBe('Ana Limaから始まる会社の報告ライン。')
    expect(chart.sections[0]?.text).toBe('組織図、報告ライン。 Ana Lima')
    const english = generatedPages(company, { urls, lang: 'en' }).find((p) => p.url === '/people/org-chart')!
    expect([english.description, english.sections[0]?.text]).toEqual(['Reporting lines of the company, from Ana Lima down.', 'Org chart, reporting lines. Ana Lima'])
  })

  it('take the handbook’s own wording', () => {
    const own = generatedPages(company, { urls, lang: 'en', messages: messagesFor('en', { en: { peopleTitle: 'Who’s who' } }) })
    expect(own[0]?.title).toBe('Who’s who')
  })
})
