/**
 * Recent changes in a built site, from a git repository the test makes with
 * fixed dates: a rename, a deletion, a merge, a commit touching no page and
 * one older than the window. `/changes` lists the rest by day, newest first;
 * `/changes.xml` parses as XML and has one entry per listed commit; pages
 * link to their history. A shallow clone and a folder without git say so.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_TODAY } from '../../scripts/lib/site'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { git as runGit } from '../support/git'
import { mainText, parseHtml } from '../support/html'
import { loadHandbook } from '../../src/content'
import { resolveSettings } from '../../src/content/settings'

const PREFIX = '/docs'
let site: FixtureSite
let repo: string
let build: BuildResult
const temporary: string[] = []

const git = (cwd: string, args: string[], date?: string) => runGit(cwd, args, { author: 'Ada', email: 'ada@acme.test', ...(date ? { date } : {}) })

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true })
  fs.writeFileSync(path.join(repo, file), text)
}

function commit(subject: string, date: string): void {
  git(repo, ['add', '-A'])
  git(repo, ['commit', '-q', '-m', subject], date)
}

/** The fixture's history, oldest first; dates are fixed, "today" is DEFAULT_TODAY (2026-12-01). */
function makeRepository(): string {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-changes-'))
  temporary.push(repo)
  git(repo, ['init', '-q'])
  write('index.md', '---\ntitle: Home\n---\n\nWelcome.\n')
  write('guide/old-name.md', '# The guide\n\nHow we work.\n')
  write('policy.md', '# Travel policy\n\nBook early.\n')
  commit('Start the handbook', '2026-08-01T10:00:00Z') // older than 90 days: not listed
  write('policy.md', '# Travel policy\n\nBook early, fly economy.\n')
  commit('Tighten the <policy> & "rules"', '2026-11-10T09:00:00Z')
  git(repo, ['mv', 'guide/old-name.md', 'guide/new-name.md'])
  commit('Rename the guide', '2026-11-20T11:00:00Z')
  git(repo, ['rm', '-q', 'policy.md'])
  commit('Drop the travel policy', '2026-11-25T12:00:00Z')
  git(repo, ['checkout', '-q', '-b', 'feature'])
  write('faq.md', '# FAQ\n\nAsk away.\n')
  commit('Add the FAQ', '2026-11-26T08:00:00Z')
  git(repo, ['checkout', '-q', 'main'])
  write('index.md', '---\ntitle: Home\n---\n\nWelcome to Acme.\n')
  commit('Edit the home page', '2026-11-27T08:00:00Z')
  git(repo, ['merge', '-q', '--no-ff', '-m', "Merge branch 'feature'", 'feature'], '2026-11-28T08:00:00Z')
  write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
  commit('Add a logo', '2026-11-29T08:00:00Z') // touches no page: not listed
  write('guide/new-name.md', '# The guide\n\nHow we work, together.\n')
  write('faq.md', '# FAQ\n\nAsk away, any time.\n')
  commit('Polish the guide and the FAQ', '2026-11-30T16:45:00Z')
  return repo
}

beforeAll(async () => {
  makeRepository()
  site = await fixtureSite(repo, {
    env: {
      HANDBOOK_PATH_PREFIX: PREFIX,
      HANDBOOK_SITE_URL: 'https://handbook.acme.test',
      HANDBOOK_REPOSITORY_URL: 'https://github.com/acme/handbook',
      HANDBOOK_REPOSITORY_CONTENT_PATH: 'docs',
    },
  })
  build = site.build
  if (build.code !== 0) console.error(build.output)
})

afterAll(() => {
  for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true })
})

const LISTED = ['Polish the guide and the FAQ', 'Edit the home page', 'Add the FAQ', 'Drop the travel policy', 'Rename the guide', 'Tighten the <policy> & "rules"']

describe('/changes', () => {
  it('builds', () => {
    expect(build.code).toBe(0)
  })

  it('lists the commits that changed pages, by day, newest first; no merge, no commit without pages, nothing older than 90 days', () => {
    const root = parseHtml(site.page('/changes'))
    expect(root.querySelector('h1')?.text).toBe('Recent changes')
    expect(root.querySelectorAll('main h2 time').map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-30', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-20', '2026-11-10'])
    expect(root.querySelectorAll('main .change-subject').map((p) => p.text)).toEqual(LISTED)
    const text = mainText(root)
    for (const left of ['Merge branch', 'Add a logo', 'Start the handbook']) expect(text).not.toContain(left)
  })

  it('links the pages changed, under their current URL, and shows deleted ones as gone', () => {
    const items = parseHtml(site.page('/changes')).querySelectorAll('main li.change')
    const pagesOf = (i: number) => items[i]!.querySelectorAll('.change-pages > li').map((li) => [li.querySelector('a')?.getAttribute('href') ?? null, li.text])
    expect(pagesOf(0)).toEqual([
      ['/docs/faq', 'FAQ'],
      ['/docs/guide/new-name', 'The guide'],
    ])
    expect(pagesOf(4)).toEqual([['/docs/guide/new-name', 'The guide (moved from guide/old-name.md)']])
    expect(pagesOf(3)).toEqual([[null, 'Policy (policy.md, no longer exists)']])
    expect(pagesOf(5)).toEqual([[null, 'Policy (policy.md, no longer exists)']])
    expect(items[0]!.querySelector('.change-meta a')?.getAttribute('href')).toMatch(/^https:\/\/github\.com\/acme\/handbook\/commit\/[0-9a-f]{40}$/)
  })

  it('escapes commit subjects', () => {
    const html = site.page('/changes')
    expect(html).not.toContain('<policy>')
    expect(html).toContain('Tighten the &#x3C;policy> &#x26; "rules"')
  })

  it('is linked from the home page', () => {
    expect(parseHtml(site.page('/')).querySelector('main .home-changes a')?.getAttribute('href')).toBe(`${PREFIX}/changes`)
  })

  it('is in the sitemap', () => {
    expect(fs.readFileSync(path.join(site.publicDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>https://handbook.acme.test${PREFIX}/changes</loc>`)
  })
})

describe('/changes.xml', () => {
  it('parses as XML and is an Atom feed with one entry per listed commit', () => {
    const xml = fs.readFileSync(path.join(site.publicDir, 'changes.xml'), 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(`https://handbook.acme.test${PREFIX}/changes`)
    expect(feed.updated).toBe('2026-11-30T16:45:00.000Z')
    const entries = feed.entry as Array<{ title: string; updated: string; link: { '@_href': string } }>
    expect(entries.map((e) => e.title)).toEqual(LISTED)
    expect(entries[0]!.link['@_href']).toMatch(new RegExp(`^https://handbook\\.acme\\.test${PREFIX}/changes#commit-[0-9a-f]{40}$`))
  })

  it('is linked from /changes', () => {
    expect(parseHtml(site.page('/changes')).querySelector('.changes-intro a')?.getAttribute('href')).toBe(`${PREFIX}/changes.xml`)
  })
})

describe('page footers', () => {
  it('link to the page file’s history on the repository host', () => {
    const root = parseHtml(site.page('/guide/new-name'))
    expect(root.querySelector('.article-footer .history-link')?.getAttribute('href')).toBe('https://github.com/acme/handbook/commits/main/docs/guide/new-name.md')
    expect(root.querySelector('.last-updated time')?.getAttribute('datetime')).toBe('2026-11-30T16:45:00.000Z')
  })
})

describe('without the history', () => {
  const settingsFor = (dir: string) => resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir, HANDBOOK_TODAY: DEFAULT_TODAY }, dir)

  it('in a shallow clone, /changes says so and lists nothing', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-changes-shallow-'))
    temporary.push(shallow)
    git(shallow, ['clone', '-q', '--depth', '1', `file://${repo}`, 'clone'])
    const handbook = loadHandbook(settingsFor(path.join(shallow, 'clone')), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.changes.state).toBe('shallow')
    const page = handbook.generated.find((p) => p.url === '/changes')!
    expect(page.html).toContain('shallow clone')
    expect(page.html).not.toContain('change-subject')
  })

  it('outside git, /changes says so and lists nothing', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-changes-plain-'))
    temporary.push(plain)
    fs.writeFileSync(path.join(plain, 'index.md'), '# Home\n')
    const handbook = loadHandbook(settingsFor(plain), { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.changes.state).toBe('none')
    expect(handbook.generated.find((p) => p.url === '/changes')!.html).toContain('built without the git history')
  })
})
