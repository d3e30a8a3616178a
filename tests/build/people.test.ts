/**
 * People and teams in a built site: the pages made from people.yml (or
 * _people/) and teams.yml, every block in .md and .mdx, ordinary colons
 * surviving the directive syntax, links into the directory, a content page
 * on a generated URL, and rendered pages following an edit of people.yml.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type BuildResult, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { mainText, parseHtml } from '../support/html'
import { unpackPages, type SearchCoreFile } from '../../src/shared/search/format'

const PREFIX = '/hb'
let site: FixtureSite
let first: BuildResult
let pages: Record<string, string>
let edited: BuildResult
let editedBlocks: string

const page = (url: string) => parseHtml(pages[url]!)

beforeAll(async () => {
  site = await fixtureSite('people', { editable: true, env: { HANDBOOK_PATH_PREFIX: PREFIX } })
  first = site.build
  if (first.code !== 0) console.error(first.output)
  pages = Object.fromEntries(
    ['/', '/people', '/people/org-chart', '/teams', '/teams/platform', '/teams/people-ops', '/guide/blocks', '/guide/colons', '/guide/components', '/guide/links'].map((url) => [url, site.page(url)]),
  )
  // The same site built again after Bo changes role: pages that show Bo follow, from the render cache's point of view too.
  const people = path.join(site.content, 'people.yml')
  fs.writeFileSync(people, fs.readFileSync(people, 'utf8').replace('role: Head of Platform', 'role: VP Infrastructure'))
  edited = await site.rebuild()
  editedBlocks = site.page('/guide/blocks')
})

afterAll(() => site?.dispose())

describe('the generated pages', () => {
  it('build without errors', () => {
    expect(first.code).toBe(0)
    expect(first.output).not.toMatch(/error:/)
  })

  it('/people has a card per person, with their id, that reads without JavaScript', () => {
    const root = page('/people')
    const cards = root.querySelectorAll('.people-directory .person-card')
    expect(cards.map((card) => card.id)).toEqual(['ana_lima', 'bo_chen', 'carmen_ruiz', 'dmitri_volkov', 'emeka_obi', 'fatima_zahra'])
    const bo = root.querySelector('#bo_chen')!
    expect(bo.querySelector('.person-name')!.text).toBe('Bo Chen')
    expect(bo.querySelector('.person-role')!.text).toBe('Head of Platform')
    expect(bo.querySelector('.person-place')!.text).toBe('Toronto, Canada · America/Toronto')
    expect(bo.querySelector('.person-manager a')!.getAttribute('href')).toBe(`${PREFIX}/people#ana_lima`)
    expect(bo.querySelector('.person-teams a')!.getAttribute('href')).toBe(`${PREFIX}/teams/platform`)
    const ana = root.querySelector('#ana_lima')!
    expect(ana.querySelector('img.person-photo')!.getAttribute('src')).toBe(`${PREFIX}/photos/ana.svg`)
    expect(ana.querySelector('.person-pronouns')!.text).toBe('(she/her)')
    expect(ana.querySelector('.person-start time')!.getAttribute('datetime')).toBe('2015-03-01')
    expect(ana.querySelectorAll('.person-links a').map((a) => a.getAttribute('href'))).toEqual(['https://github.com/analima', 'https://ana.example'])
    expect(ana.querySelector('.person-bio em')!.text).toBe('garage')
    expect(pages['/people']).not.toContain('alert("bio")')
    // The photo is published next to the pages.
    expect(fs.existsSync(path.join(site.publicDir, 'photos', 'ana.svg'))).toBe(true)
  })

  it('/people/org-chart nests reporting lines from the top', () => {
    const tree = page('/people/org-chart').querySelector('.org-tree')!
    const top = tree.querySelector(':scope > li')!
    expect(top.querySelector('.org-person a')!.text).toBe('Ana Lima')
    expect(top.querySelector('summary')!.text).toBe('2 direct reports, 5 in all')
    const bo = top.querySelectorAll('li').find((li) => li.querySelector('.org-person a')!.text === 'Bo Chen')!
    expect(bo.querySelectorAll('li .org-person a').map((a) => a.text)).toEqual(['Carmen Ruiz', 'Dmitri Volkov'])
  })

  it('each team has a page with its members, lead, parent and channel', () => {
    const platform = page('/teams/platform')
    expect(platform.querySelector('h1')!.text).toBe('Platform')
    expect(platform.querySelectorAll('.people-grid .person-name').map((n) => n.text)).toEqual(['Bo Chen', 'Carmen Ruiz', 'Dmitri Volkov'])
    expect(mainText(platform)).toContain('Lead: Bo Chen')
    expect(mainText(platform)).toContain('Part of Leadership')
    expect(platform.querySelector('.team-channel a')!.getAttribute('href')).toBe('https://chat.acme.example/platform')
    expect(
      page('/teams')
        .querySelectorAll('.team-tree a')
        .map((a) => a.text),
    ).toContain('People Ops')
  })

  it('are in the sidebar where sidebars.yml lists them, marked current', () => {
    const current = page('/people').querySelector('.sidebar [aria-current="page"]')
    expect(current?.text.trim()).toBe('Directory')
  })

  it('are in the sitemap and the search index', () => {
    const sitemap = fs.readFileSync(path.join(site.publicDir, 'sitemap.xml'), 'utf8')
    for (const url of ['/people', '/people/org-chart', '/teams', '/teams/platform']) expect(sitemap).toContain(`${PREFIX}${url}</loc>`)
    const searchDir = fs.readdirSync(path.join(site.publicDir, '_handbook', 'search'))
    const core = fs.readFileSync(path.join(site.publicDir, '_handbook', 'search', searchDir.find((f) => f.startsWith('core-'))!), 'utf8')
    expect(unpackPages((JSON.parse(core) as SearchCoreFile).pages).map(([url, title]) => [url, title])).toContainEqual(['/people', 'People'])
    const text = searchDir
      .filter((f) => f.startsWith('text-'))
      .map((f) => fs.readFileSync(path.join(site.publicDir, '_handbook', 'search', f), 'utf8'))
      .join('')
    expect(text).toContain('"bo_chen","Bo Chen"')
  })

  it('data files never become pages', () => {
    expect(fs.existsSync(path.join(site.publicDir, 'people.yml'))).toBe(false)
    expect(fs.existsSync(path.join(site.publicDir, 'teams'))).toBe(true)
    expect(fs.existsSync(path.join(site.publicDir, 'teams.yml'))).toBe(false)
  })
})

describe('blocks in pages', () => {
  it(':person[id] and :team[slug] are linked names', () => {
    const root = page('/guide/blocks')
    const mention = root.querySelector('a.person-mention')!
    expect([mention.text, mention.getAttribute('href')]).toEqual(['Bo Chen', `${PREFIX}/people#bo_chen`])
    expect(root.querySelector('a.team-mention')!.getAttribute('href')).toBe(`${PREFIX}/teams/platform`)
    expect(page('/').querySelector('a.person-mention')!.text).toBe('Ana Lima')
  })

  it('::person, ::team, ::people and ::org-chart are cards, grids and trees', () => {
    const root = page('/guide/blocks')
    const markdown = root.querySelector('main .markdown')!
    expect(markdown.querySelectorAll(':scope > .person-card .person-name').map((n) => n.text)).toEqual(['Carmen Ruiz'])
    expect(markdown.querySelector('.team-card .team-name')!.text).toBe('Platform')
    expect(markdown.querySelectorAll('.team-card .person-name').length).toBe(3)
    const grids = markdown.querySelectorAll(':scope > .people-grid').map((grid) => grid.querySelectorAll('.person-name a').map((n) => n.text))
    expect(grids).toEqual([
      ['Emeka Obi', 'Fatima Zahra'],
      ['Ana Lima', 'Carmen Ruiz'],
    ])
    expect(markdown.querySelectorAll('.org-chart .org-person a').map((a) => a.text)).toEqual(['Bo Chen', 'Carmen Ruiz', 'Dmitri Volkov'])
    // Cards carry no ids or headings of their own inside a page: the table of contents stays the page's.
    expect(root.querySelectorAll('.toc a').map((a) => a.text)).toEqual(['The platform team', 'People Ops', 'In Lisbon', 'Under Bo'])
  })

  it('the MDX components draw the same blocks', () => {
    const markdown = page('/guide/components').querySelector('main')!
    expect(markdown.querySelector('a.person-mention')!.text).toBe('Ana Lima')
    expect(markdown.querySelector('.team-card .team-name')!.text).toBe('People Ops')
    expect(markdown.querySelectorAll('.people-grid .person-name').map((n) => n.text)).toEqual(expect.arrayContaining(['Bo Chen', 'Carmen Ruiz', 'Dmitri Volkov']))
    expect(markdown.querySelectorAll('.org-chart .org-person a').map((a) => a.text)).toEqual(['Emeka Obi', 'Fatima Zahra'])
  })

  it('ordinary text with colons survives, and directive syntax in code stays literal', () => {
    const text = mainText(page('/guide/colons'))
    for (const literal of [
      '10:30',
      'n:th',
      'key:value',
      // An emoji's name is the emoji (features/emoji); a name that is none stays as written.
      '🎉 for wins',
      ':team-notes:',
      'mailto:x',
      'TODO:fix',
      'Ratio 3:2',
      'std::vector',
      'IPv6 ::1',
      'C:\\Windows',
      ':::sidenote',
      'Not a block of ours: its fences stay.',
      '::unknown{a="b"}',
      '::person{id="ana_lima"}',
      ':person[ana_lima]',
      '::team{slug="platform"}',
    ]) {
      expect(text, literal).toContain(literal)
    }
    expect(page('/guide/colons').querySelectorAll('main .person-card, main .person-mention')).toHaveLength(0)
  })

  it('links into the directory and team pages resolve, with the path prefix', () => {
    expect(
      page('/guide/links')
        .querySelectorAll('main .markdown a')
        .map((a) => a.getAttribute('href')),
    ).toEqual([`${PREFIX}/people#bo_chen`, `${PREFIX}/teams/platform`, `${PREFIX}/teams`, `${PREFIX}/people/org-chart`])
  })
})

describe('owners and review dates', () => {
  it('each page says who owns it, from its folder or its own owner field, linked', () => {
    const owner = (url: string) => page(url).querySelector('.article-line-owners')
    expect(owner('/guide/links')!.text).toBe('Owned by Platform. Ask in #team-platform')
    expect(owner('/guide/links')!.querySelector('a')!.getAttribute('href')).toBe(`${PREFIX}/teams/platform`)
    expect(owner('/guide/colons')!.text).toBe('Owned by Ana Lima')
    expect(owner('/guide/colons')!.querySelector('a')!.getAttribute('href')).toBe(`${PREFIX}/people#ana_lima`)
    expect(owner('/')).toBeNull()
  })

  it('a page past its review date has the note, a current one has none (HANDBOOK_TODAY=2026-12-01)', () => {
    const note = page('/guide/blocks').querySelector('[role="note"]')!
    expect(note.text.replace(/\s+/g, ' ')).toBe('This page was last reviewed on January 15, 2026 and may be out of date. Ask Platform.')
    expect(note.querySelector('a')!.getAttribute('href')).toBe(`${PREFIX}/teams/platform`)
    expect(page('/guide/links').querySelector('[role="note"]')).toBeNull()
  })

  it('the team page lists the pages the team owns, and a card the pages its person owns', () => {
    expect(
      page('/teams/platform')
        .querySelectorAll('.team-owned a')
        .map((a) => a.text),
    ).toEqual(['Blocks', 'Components', 'Links'])
    expect(page('/people').querySelector('#ana_lima .person-owns')!.text).toBe('Owns Ordinary colons')
  })
})

describe('editing people.yml', () => {
  it('renders again the pages that show the person, and the directory', () => {
    expect(edited.code).toBe(0)
    const blocks = parseHtml(editedBlocks)
    expect(blocks.querySelector('.team-card .person-role')!.text).toBe('VP Infrastructure')
    expect(parseHtml(site.page('/people')).querySelector('#bo_chen .person-role')!.text).toBe('VP Infrastructure')
    expect(first.output).not.toContain('VP Infrastructure')
  })
})

describe('one person per file in _people/', () => {
  let folder: string
  let built: BuildResult
  let collision: CheckedFixture
  let directory: FixtureSite

  /** Each top-level entry of people.yml becomes its own file, the id its name; the photo path stays relative to the data file. */
  function splitPeople(folder: string): void {
    const people = fs.readFileSync(path.join(folder, 'people.yml'), 'utf8')
    fs.rmSync(path.join(folder, 'people.yml'))
    fs.mkdirSync(path.join(folder, '_people'))
    for (const chunk of people.split(/^(?=[a-z_]+:\s*$)/m).filter((part) => /^[a-z_]+:\s*$/m.test(part.split('\n')[0]!))) {
      const [head, ...rest] = chunk.split('\n')
      const body = rest
        .map((line) => line.replace(/^ {2}/, ''))
        .join('\n')
        .replace('photo: photos/ana.svg', 'photo: ../photos/ana.svg')
      fs.writeFileSync(path.join(folder, '_people', `${head!.replace(/:\s*$/, '')}.yml`), body)
    }
    fs.writeFileSync(path.join(folder, '_people', 'README.md'), '# Not a page\n\nEditors: one file per person.\n')
  }

  beforeAll(async () => {
    directory = await fixtureSite('people', { prepare: splitPeople })
    built = directory.build
    if (built.code !== 0) console.error(built.output)
    collision = await checkFixture('people', {
      prepare: (content) => {
        splitPeople(content)
        fs.writeFileSync(path.join(content, 'people.md'), '# People\n\nOur own people page.\n')
      },
    })
    folder = collision.content
  })

  it('builds the same directory', () => {
    expect(built.code).toBe(0)
    const cards = directory.html('/people').querySelectorAll('.people-directory .person-card')
    expect(cards.map((card) => card.id)).toEqual(['ana_lima', 'bo_chen', 'carmen_ruiz', 'dmitri_volkov', 'emeka_obi', 'fatima_zahra'])
    expect(directory.html('/people').querySelector('#ana_lima img')!.getAttribute('src')).toBe('/photos/ana.svg')
    expect(directory.exists('_people')).toBe(false)
  })

  it('a content page at a generated URL is an error naming both', () => {
    expect(collision.code).not.toBe(0)
    expect(collision.output).toContain(
      `${folder}/people.md:1: error: its URL /people is used by the people directory (made from _people/; peopleUrl in handbook.config.ts moves it). Rename the file or set another slug in its frontmatter`,
    )
  })
})
