/** URLs of handbook.yml, handbook.config.ts, the environment, people.yml and teams.yml: checked like content URLs, at file:line:col. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic, type Diagnostic } from '../../../src/content/common/diagnostics'
import { resolveSettings, SettingsError } from '../../../src/content/settings'
import { readSettingsFile } from '../../../src/content/settings'
import { footerHtml, siteChrome } from '../../../src/content/features/brand/chrome'
import { commitUrl, editUrl, historyUrl } from '../../../src/content/page/edit-url'
import { loadDirectory } from '../../../src/content/features/people'

const cwd = path.resolve('/site')
const read = (text: string) => readSettingsFile(text, () => true)
const lines = (text: string) => read(text).diagnostics.map((d) => formatDiagnostic(d))

describe('handbook.yml URLs', () => {
  it.each([
    [
      'peopleUrl: //evil.example',
      'handbook.yml:1:12: error: "peopleUrl" is "//evil.example": it starts with "//", which names another host and leaves the site: write a path of this site such as peopleUrl: /people',
    ],
    ['peopleUrl: /../outside', 'handbook.yml:1:12: error: "peopleUrl" is "/../outside": it leaves the site: write a path of this site such as peopleUrl: /people'],
    ['teamsUrl: "/%2e%2e/x"', 'handbook.yml:1:11: error: "teamsUrl" is "/%2e%2e/x": it leaves the site: write a path of this site such as teamsUrl: /teams'],
    ['teamsUrl: /.', 'handbook.yml:1:11: error: "teamsUrl" is "/.": that is the home page, which its pages would replace: write a path of this site such as teamsUrl: /teams'],
    ['peopleUrl: /search', 'handbook.yml:1:12: error: "peopleUrl" is "/search": that is the address of the search results page: write a path of this site such as peopleUrl: /people'],
    ['peopleUrl: https://evil.example', 'handbook.yml:1:12: error: "peopleUrl" is "https://evil.example": it is a full URL, which would leave the site: write a path of this site such as peopleUrl: /people'],
    ['peopleUrl: people', 'handbook.yml:1:12: error: "peopleUrl" is "people": it is not a path of this site (it must start with "/"): write a path of this site such as peopleUrl: /people'],
    ['peopleUrl: /staff\nteamsUrl: /staff/', 'handbook.yml:2:11: error: "teamsUrl" is /staff, which is also peopleUrl, the people directory: write another path such as teamsUrl: /teams'],
    [
      'repository:\n  url: "javascript:alert(1)"',
      'handbook.yml:2:8: error: "repository" url "javascript:alert(1)" uses "javascript:", which a link of the handbook may not use: write the web address of the repository, e.g. url: "https://github.com/acme/handbook"',
    ],
    [
      'repository: { branch: main, url: //evil.example/acme }',
      'handbook.yml:1:34: error: "repository" url "//evil.example/acme" starts with "//", which leaves the site for the host it names: write the web address of the repository, e.g. url: "https://github.com/acme/handbook"',
    ],
    [
      'headerLinks:\n  - label: Careers\n    href: " JaVaScRiPt:alert(1)"',
      'handbook.yml:3:11: error: link 1 of "headerLinks": href " JaVaScRiPt:alert(1)" uses "javascript:", which a link of the handbook may not use: write a path of this site (/…) or a full URL (https://…, mailto:…)',
    ],
    [
      'headerLinks:\n  - { label: CDN, href: //evil.example }',
      'handbook.yml:2:25: error: link 1 of "headerLinks": href "//evil.example" starts with "//", which leaves the site for the host it names: write a path of this site (/…) or a full URL (https://…, mailto:…)',
    ],
    [
      'socialImage: "data:image/svg+xml,<svg onload=alert(1)>"',
      'handbook.yml:1:14: error: "socialImage" is "data:image/svg+xml,<svg onload=alert(1)>", which uses "data:", which a link of the handbook may not use: write a full URL starting with https://, or the path of a file in the content folder: socialImage: images/social-card.png',
    ],
  ])('%s', (text, message) => {
    expect(lines(`${text}\n`)).toEqual([message])
    const { config } = read(`${text}\n`)
    // The value is left out: the default (or handbook.config.ts's) applies.
    expect(JSON.stringify(config)).not.toMatch(/evil|javascript|outside|%2e|data:|"\/\."|"\/search"|"people"/i)
  })

  it('keeps safe URLs, tidied', () => {
    const { config, diagnostics } = read('peopleUrl: /staff/\nteamsUrl: /groups\nrepository: { url: "https://github.com/acme/handbook" }\nheaderLinks: [{ label: Call, href: "tel:+15551234" }]\n')
    expect(diagnostics).toEqual([])
    const settings = resolveSettings(config, {}, cwd)
    expect([settings.peopleUrl, settings.teamsUrl, settings.repository.url]).toEqual(['/staff', '/groups', 'https://github.com/acme/handbook'])
  })
})

describe('handbook.config.ts and environment URLs', () => {
  it.each([
    [
      { peopleUrl: '//evil.example' },
      {},
      'peopleUrl: "//evil.example" in handbook.config.ts: it starts with "//", which names another host and leaves the site: write a path of this site such as peopleUrl: /people',
    ],
    [{ teamsUrl: '/a/../../b' }, {}, 'teamsUrl: "/a/../../b" in handbook.config.ts: it leaves the site: write a path of this site such as teamsUrl: /teams'],
    [
      {},
      { HANDBOOK_REPOSITORY_URL: 'javascript:alert(1)' },
      'HANDBOOK_REPOSITORY_URL: "javascript:alert(1)" uses "javascript:", which a link of the handbook may not use: write the web address of the repository, e.g. https://github.com/acme/handbook',
    ],
    [
      { headerLinks: [{ label: 'X', href: 'javascript:alert(1)' }] },
      {},
      'headerLinks in handbook.config.ts: href "javascript:alert(1)" of "X" uses "javascript:", which a link of the handbook may not use: write a path of this site (/…) or a full URL (https://…, mailto:…)',
    ],
  ])('refuses %j %j', (config, env, message) => {
    expect(() => resolveSettings(config, env, cwd)).toThrow(SettingsError)
    expect(() => resolveSettings(config, env, cwd)).toThrow(message)
  })

  it('renders no link from a repository URL that reached the page unchecked', () => {
    const repository = { url: 'javascript:alert(1)//', branch: 'main', contentPath: '' }
    expect([editUrl(repository, 'a.md'), historyUrl(repository, 'a.md'), commitUrl(repository, 'abc')]).toEqual([undefined, undefined, undefined])
    const chrome = siteChrome({
      ...resolveSettings({}, {}, cwd),
      headerLinks: [
        { label: 'Evil', href: 'javascript:alert(1)' },
        { label: 'Ok', href: '/ok' },
      ],
    })
    expect(chrome.headerLinks.map((link) => link.href)).toEqual(['/ok'])
  })

  it('sanitises footer links (Markdown and raw HTML)', () => {
    const html = footerHtml('[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> [c](data:text/html,x) [ok](/ok)', '/prefix')
    expect(html).not.toMatch(/javascript|data:/i)
    expect(html).toContain('href="/prefix/ok"')
  })
})

describe('people.yml and teams.yml links', () => {
  function load(data: Record<string, string>) {
    const diagnostics: Diagnostic[] = []
    const texts = Object.entries(data).map(([p, text]) => ({ path: p, text }))
    const directory = loadDirectory(texts, new Set(Object.keys(data)), diagnostics)
    return { directory, messages: diagnostics.map((d) => formatDiagnostic(d)) }
  }

  it.each([
    ['JaVaScRiPt:alert(1)', 7, 12],
    ['//evil.example', 7, 12],
    ['/\\evil.example', 7, 12],
    ['"\\tjavascript:alert(1)"', 7, 12],
    ['"&#106;avascript:alert(1)"', 7, 12],
  ])('refuses url %s at people.yml:%i:%i', (url, line, column) => {
    const { messages } = load({ 'people.yml': `a:\n  name: A\n  links:\n    - label: Home\n      url: https://a.example\n    - label: Evil\n      url: ${url}\n` })
    expect(messages).toEqual([expect.stringMatching(new RegExp(`^people\\.yml:${line}:${column}: error: "links" of a must be a list of links`))])
  })

  it('keeps web, mail, phone and site links', () => {
    const { directory, messages } = load({
      'people.yml':
        'a:\n  name: A\n  links:\n    - { label: Web, url: "https://a.example" }\n    - { label: Mail, url: "mailto:a@a.example" }\n    - { label: Phone, url: "tel:+1555" }\n    - { label: Team, url: /teams/x }\n',
    })
    expect(messages).toEqual([])
    expect(directory.people[0]!.links?.map((link) => link.url)).toEqual(['https://a.example', 'mailto:a@a.example', 'tel:+1555', '/teams/x'])
  })

  it('refuses a channel_url of another kind at its line', () => {
    const { messages } = load({ 'teams.yml': 'platform:\n  name: Platform\n  channel_url: "//evil.example"\n' })
    expect(messages).toEqual([
      'teams.yml:3:3: error: "channel_url" of team platform must be the https:// address of the channel, e.g. channel_url: https://acme.slack.com/archives/C0123, but it is the text "//evil.example"',
    ])
  })
})
