import { describe, expect, it } from 'vitest'
import { loadDirectory } from '../../../../src/content/features/people'
import { findLoops } from '../../../../src/content/features/people/references'
import { formatDiagnostic, type Diagnostic } from '../../../../src/content/common/diagnostics'

/** Loads a directory from data files (path → text); `files` are the other content files. */
function load(data: Record<string, string>, files: string[] = []) {
  const diagnostics: Diagnostic[] = []
  const texts = Object.entries(data)
    .map(([path, text]) => ({ path, text }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
  const directory = loadDirectory(texts, new Set([...files, ...Object.keys(data)]), diagnostics)
  return { directory, messages: diagnostics.map((d) => formatDiagnostic(d)), diagnostics }
}

const people = `
jane_doe:
  name: Jane Doe
  role: CEO
  teams: [leadership]
  location: Lisbon, Portugal
  timezone: Europe/Lisbon
  pronouns: she/her
  github: "@janedoe"
  links:
    - label: Blog
      url: https://jane.example
  bio: |
    Started the company. *Loves* maps.
  start_date: 2019-02-28
li_wei:
  name: Li Wei
  role: Platform lead
  team: platform
  reports_to: jane_doe
  photo: photos/li.png
sam_okafor:
  name: Sam Okafor
  reports_to: li_wei
`
const teams = `
leadership:
  name: Leadership
  lead: jane_doe
  channel: "#leadership"
platform:
  name: Platform
  description: Keeps **everything** running.
  lead: [li_wei]
  parent: leadership
  channel: "#team-platform"
  channel_url: https://chat.example/platform
  members: [sam_okafor]
`

describe('people.yml and teams.yml', () => {
  it('reads every field of a person, as written', () => {
    const { directory, messages } = load({ 'people.yml': people, 'teams.yml': teams }, ['photos/li.png'])
    expect(messages).toEqual([])
    const jane = directory.people.find((p) => p.id === 'jane_doe')!
    expect(jane).toMatchObject({
      name: 'Jane Doe',
      role: 'CEO',
      teams: ['leadership'],
      location: 'Lisbon, Portugal',
      timezone: 'Europe/Lisbon',
      pronouns: 'she/her',
      github: 'janedoe',
      links: [{ label: 'Blog', url: 'https://jane.example' }],
      startDate: '2019-02-28',
      source: { file: 'people.yml', line: 2 },
    })
    expect(jane.reportsTo).toBeUndefined()
    expect(JSON.stringify(jane.bio)).toContain('"tagName":"em"')
    const li = directory.people.find((p) => p.id === 'li_wei')!
    expect(li).toMatchObject({ teams: ['platform'], reportsTo: 'jane_doe', photo: 'photos/li.png' })
  })

  it('sorts people by name and keeps teams in file order', () => {
    const { directory } = load({ 'people.yml': people, 'teams.yml': teams }, ['photos/li.png'])
    expect(directory.people.map((p) => p.id)).toEqual(['jane_doe', 'li_wei', 'sam_okafor'])
    expect(directory.teams.map((t) => t.slug)).toEqual(['leadership', 'platform'])
  })

  it("makes a team's members the union of its members list and the people who name it, leads first", () => {
    const { directory } = load({ 'people.yml': people, 'teams.yml': teams }, ['photos/li.png'])
    const platform = directory.teams.find((t) => t.slug === 'platform')!
    expect(platform.members).toEqual(['li_wei', 'sam_okafor'])
    expect(platform).toMatchObject({ leads: ['li_wei'], parent: 'leadership', channel: '#team-platform', channelUrl: 'https://chat.example/platform' })
    // Listed by the team, so the person's card names the team too.
    expect(directory.people.find((p) => p.id === 'sam_okafor')!.teams).toEqual(['platform'])
  })

  it('reads one person per file from _people/, the file name being the id', () => {
    const { directory, messages } = load({
      '_people/jane_doe.yml': 'name: Jane Doe\nrole: CEO\n',
      '_people/li_wei.yml': 'name: Li Wei\nreports_to: jane_doe\n',
    })
    expect(messages).toEqual([])
    expect(directory.people.map((p) => [p.id, p.reportsTo ?? null, p.source.file])).toEqual([
      ['jane_doe', null, '_people/jane_doe.yml'],
      ['li_wei', 'jane_doe', '_people/li_wei.yml'],
    ])
  })

  it('keeps a start date as written: no time zone shifts it', () => {
    const { directory } = load({ 'people.yml': 'a:\n  name: A\n  start_date: 2024-01-01\n' })
    expect(directory.people[0]!.startDate).toBe('2024-01-01')
  })

  it('sanitizes bios and descriptions like pages', () => {
    const { directory } = load({
      'people.yml': 'a:\n  name: A\n  bio: |\n    Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))\n',
      'teams.yml': 't:\n  name: T\n  description: <iframe src="https://evil.example"></iframe> ok\n',
    })
    const html = JSON.stringify([directory.people[0]!.bio, directory.teams[0]!.description])
    expect(html).not.toMatch(/script|onerror|javascript:|"iframe"/i)
    expect(html).toContain('ok')
  })
})

describe('mistakes in the data, each at its line with the fix', () => {
  it('reports a field of the wrong type at its line and keeps the rest of the person', () => {
    const { directory, messages } = load({ 'people.yml': 'a:\n  name: A\n  teams: [[platform]]\n  start_date: 2024-02-30\n  links: https://x.example\n' })
    expect(messages).toEqual([
      'people.yml:3:11: error: "teams" of a must be a list of team slugs from teams.yml, e.g. teams: [platform, design] (item 1 is a list)',
      'people.yml:4:3: error: "start_date" of a must be a date written YYYY-MM-DD, e.g. start_date: 2023-04-17, but it is the text "2024-02-30"',
      expect.stringMatching(/^people\.yml:5:3: error: "links" of a must be a list of links, each with a label and an https:\/\/, mailto: or \/site URL/),
    ])
    expect(directory.people[0]!.name).toBe('A')
  })

  it('reports the list item that is wrong', () => {
    const { messages } = load({ 'people.yml': 'a:\n  name: A\n  links:\n    - label: Home\n      url: https://a.example\n    - label: Evil\n      url: javascript:alert(1)\n' })
    expect(messages).toEqual([expect.stringMatching(/^people\.yml:7:12: error: "links" of a must be a list of links.*\(item 2, url, is the text "javascript:alert\(1\)"\)$/)])
  })

  it('requires a name', () => {
    const { directory, messages } = load({ 'people.yml': 'a:\n  role: CEO\n' })
    expect(messages).toEqual(['people.yml:1:1: error: a has no "name". Add a line under it, e.g. name: Jane Doe'])
    expect(directory.people).toEqual([])
  })

  it('warns about an unknown field with the field it probably meant', () => {
    const { messages } = load({ 'people.yml': 'a:\n  name: A\n  title: CEO\n  reportsto: b\n  colour: blue\n' })
    expect(messages).toEqual([
      'people.yml:3:3: warning: "title" is not a field of a, so it is ignored. Did you mean "role"?',
      'people.yml:4:3: warning: "reportsto" is not a field of a, so it is ignored. Did you mean "reports_to"?',
      expect.stringMatching(/^people\.yml:5:3: warning: "colour" is not a field of a, so it is ignored\. Fields: name, role/),
    ])
  })

  it('gives each unknown field its kind, so the same field on every person is one line of the report', () => {
    const { diagnostics } = load({ 'people.yml': 'a:\n  name: A\n  twitter: a\nb:\n  name: B\n  twitter: b\n  colour: blue\n' })
    expect(diagnostics.map((d) => [d.line, d.code, d.kind])).toEqual([
      [3, 'data-unknown-field', 'twitter'],
      [6, 'data-unknown-field', 'twitter'],
      [7, 'data-unknown-field', 'colour'],
    ])
  })

  it('reports an id that is not lowercase letters, digits, _ and -', () => {
    const { messages } = load({ 'people.yml': 'Jane Doe:\n  name: Jane Doe\n' })
    expect(messages).toEqual(['people.yml:1:1: error: "Jane Doe" is not a valid person id: use lowercase letters, digits, _ and -, e.g. jane_doe'])
  })

  it('reports a duplicate id at the second one, naming the first', () => {
    const { messages, directory } = load({ 'people.yml': 'a:\n  name: A\nb:\n  name: B\na:\n  name: Other A\n' })
    expect(messages).toEqual(['people.yml:5:1: error: the person id "a" is defined twice: first at people.yml:1. Keep one of them, or give this one another id'])
    expect(directory.people.map((p) => p.name)).toEqual(['A', 'B'])
  })

  it('reports unknown people and teams with "Did you mean", also when a name was written instead of an id', () => {
    const { messages } = load({
      'people.yml': 'jane_doe:\n  name: Jane Doe\nli:\n  name: Li\n  reports_to: jane_do\n  teams: [platfrom]\nsam:\n  name: Sam\n  reports_to: Jane Doe\n',
      'teams.yml': 'platform:\n  name: Platform\n  lead: [li, nobody_at_all]\n  parent: infra\n  members: [sam, jane]\n',
    })
    expect(messages).toEqual([
      'people.yml:5:15: error: "jane_do" in reports_to of li is not a person in people.yml. Did you mean jane_doe?',
      'people.yml:9:15: error: "Jane Doe" in reports_to of sam is not a person in people.yml. Did you mean jane_doe (Jane Doe)?',
      'teams.yml:4:11: error: "infra" in parent of team platform is not a team in teams.yml.',
      'people.yml:6:11: error: "platfrom" in teams of li is not a team in teams.yml. Did you mean platform?',
      'teams.yml:3:14: error: "nobody_at_all" in lead of platform is not a person in people.yml.',
      'teams.yml:5:18: error: "jane" in members of platform is not a person in people.yml. Did you mean jane_doe (Jane Doe)?',
    ])
  })

  it('reports a reporting line that loops, naming the people in it', () => {
    const { messages, directory } = load({
      'people.yml': 'top:\n  name: Top\na:\n  name: Ann\n  reports_to: b\nb:\n  name: Ben\n  reports_to: c\nc:\n  name: Cy\n  reports_to: a\nd:\n  name: Dee\n  reports_to: d\n',
    })
    expect(messages).toEqual([
      'people.yml:5:15: error: reporting lines loop: Ann (a) → Ben (b) → Cy (c) → Ann (a). Change reports_to of one of them, so that every line ends at the top of the company',
      'people.yml:14:15: error: d reports to themselves. Set reports_to to their manager, or remove it for the top of the company',
    ])
    // The loop is cut, so the org chart still has a top.
    expect(
      directory.people
        .filter((p) => !p.reportsTo)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'top'])
  })

  it('reports a team tree that loops', () => {
    const { messages } = load({ 'teams.yml': 'a:\n  name: A\n  parent: b\nb:\n  name: B\n  parent: a\n' })
    expect(messages).toEqual(["teams.yml:3:11: error: teams are each other's parent: a → b → a. Remove parent from one of them"])
  })

  it('reports a photo that is not there, relative to the data file', () => {
    const { messages } = load({ '_people/li.yml': 'name: Li\nphoto: li.jpg\n', '_people/sam.yml': 'name: Sam\nphoto: sam.pgn\n', '_people/ann.yml': 'name: Ann\nphoto: https://x.example/a.png\n' }, [
      '_people/li.jpeg',
    ])
    expect(messages).toEqual([
      expect.stringMatching(/^_people\/ann\.yml:2:8: error: the photo of ann must be an image file in the content folder, not an address/),
      '_people/li.yml:2:8: error: the photo of li, li.jpg, is not in the content folder (looked for _people/li.jpg). Did you mean li.jpeg?',
      expect.stringMatching(/^_people\/sam\.yml:2:8: error: the photo of sam must be an image/),
    ])
  })

  it('refuses people in both people.yml and _people/', () => {
    const { messages } = load({ 'people.yml': 'a:\n  name: A\n', '_people/b.yml': 'name: B\n' })
    expect(messages[0]).toMatch(/^people\.yml:1:1: error: people are in both people\.yml and _people\/ \(1 files\): keep one form/)
  })

  it('reports malformed YAML at its line, once, with the usual fix', () => {
    const { messages, directory } = load({ 'people.yml': 'a:\n  name: A\n  role: Lead: Platform\n' })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^people\.yml:3:\d+: error: malformed YAML: .*must be wrapped in quotes$/)
    expect(directory.people).toEqual([])
  })

  it('says what shape a file must have', () => {
    expect(load({ 'people.yml': '- name: A\n' }).messages[0]).toMatch(/^people\.yml:1:1: error: this file must be a list of people by id, e.g./)
    expect(load({ 'people.yml': 'a: Ann\n' }).messages[0]).toMatch(/^people\.yml:1:1: error: a must be a group of fields on the lines below it/)
  })

  it('accepts an empty file', () => {
    expect(load({ 'people.yml': '# nobody yet\n' })).toMatchObject({ messages: [], directory: { people: [] } })
  })
})

describe('findLoops', () => {
  it('finds each loop once, wherever the walk starts', () => {
    const next = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['x', 'a'],
      ['y', 'y'],
      ['z', undefined],
    ])
    expect(findLoops(['x', 'a', 'b', 'c', 'y', 'z'], (id) => next.get(id))).toEqual([['a', 'b', 'c'], ['y']])
  })

  it('walks a long chain once (5,000 people)', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `p${i}`)
    expect(findLoops(ids, (id) => (id === 'p0' ? undefined : `p${Number(id.slice(1)) - 1}`))).toEqual([])
  })
})
