/**
 * The benchmark's handbook generator: pages (determinism, counts, links,
 * variety) and the generated company (people and teams files in both
 * layouts, every reference valid, the reporting and team trees, the blocks
 * on pages). Over 300 lines because both halves share the same fixtures and
 * helpers (readTree, load, temporary folders); split them if either grows.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { loadHandbook, resolveSettings, type Handbook } from '../../../../src/content'
import { fileRenderCache } from '../../../../src/content/pipeline/render-cache'
import type { CacheOption } from '../../../../src/content/pipeline/render-pages'
import { generateHandbook, type GeneratedHandbook } from '../../../../scripts/lib/generate-handbook'
import { asciiName } from '../../../../scripts/lib/handbook-generator/people'
import { assertNever } from '../../../../src/shared/assert-never'

const PAGES = 300
const temporary: string[] = []

function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `handbook-generated-${label}-`))
  temporary.push(dir)
  return dir
}

/** Every file under `dir` (pages and images), by relative path. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(folder, entry.name), rel)
      else files.set(rel, fs.readFileSync(path.join(folder, entry.name), 'utf8'))
    }
  }
  walk(dir, '')
  return files
}

function load(dir: string, cache?: CacheOption): Handbook {
  const settings = resolveSettings({}, { HANDBOOK_CONTENT_DIR: dir }, process.cwd())
  return loadHandbook(settings, { includeDrafts: true, hrefPrefix: '', ...(cache ? { cache } : {}) })
}

/** Every link that does not land where it should, as "page: href (why)". */
function brokenLinks(handbook: Handbook, dir: string): string[] {
  const bySource = new Map(handbook.pages.map((page) => [page.sourcePath, page]))
  const problems: string[] = []
  for (const page of handbook.pages) {
    for (const use of page.links) {
      const where = `${page.sourcePath}: ${use.href}`
      const target = use.target
      switch (target.kind) {
        case 'broken':
          problems.push(`${where} (${target.reason})`)
          break
        case 'page': {
          const linked = bySource.get(target.route.sourcePath)
          if (!linked) problems.push(`${where} (no loaded page ${target.route.sourcePath})`)
          else if (target.anchor !== undefined && !linked.headings.some((h) => h.id === target.anchor)) {
            problems.push(`${where} (no heading #${target.anchor} on ${linked.sourcePath})`)
          }
          if (use.embedded) problems.push(`${where} (a page embedded as an image)`)
          break
        }
        case 'file':
          if (!fs.existsSync(path.join(dir, target.sourcePath))) problems.push(`${where} (missing file ${target.sourcePath})`)
          if (!use.embedded) problems.push(`${where} (a link to a file, expected a page)`)
          break
        case 'external':
          if (!/^https:\/\/(?:[a-z]+\.)?example\.(?:com|org)\//.test(target.href)) problems.push(`${where} (unexpected external link)`)
          break
        case 'same-page':
        case 'other':
        case 'withheld':
          problems.push(`${where} (unexpected ${target.kind} link)`)
          break
        default:
          assertNever(target)
      }
    }
  }
  return problems
}

function internalLinks(page: Handbook['pages'][number]) {
  return page.links.filter((use) => use.target.kind === 'page')
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true })
})

describe(`a generated handbook of ${PAGES} pages`, () => {
  let first: GeneratedHandbook
  let second: GeneratedHandbook
  let handbook: Handbook

  beforeAll(() => {
    first = generateHandbook(tempDir('a'), { pages: PAGES, seed: 42 })
    second = generateHandbook(tempDir('b'), { pages: PAGES, seed: 42 })
    handbook = load(first.dir)
  }, 120_000)

  it('is byte-identical for the same seed and page count', () => {
    expect(second.files).toEqual(first.files)
    const a = readTree(first.dir)
    const b = readTree(second.dir)
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [file, content] of a) expect(b.get(file), file).toBe(content)
  })

  it('uses 42 as the default seed, and another seed gives another handbook', () => {
    const byDefault = generateHandbook(tempDir('default'), { pages: PAGES })
    expect(readTree(byDefault.dir)).toEqual(readTree(first.dir))
    const other = generateHandbook(tempDir('other'), { pages: PAGES, seed: 7 })
    expect(other.pageCount).toBe(PAGES)
    expect(readTree(other.dir)).not.toEqual(readTree(first.dir))
  })

  it('has exactly the requested number of pages, an index page in every folder', () => {
    expect(first.pageCount).toBe(PAGES)
    expect(first.files).toHaveLength(PAGES)
    expect(new Set(first.files).size).toBe(PAGES)
    const onDisk = [...readTree(first.dir).keys()].filter((file) => file.endsWith('.md'))
    expect(onDisk.sort()).toEqual([...first.files].sort())
    expect(first.files).toContain('index.md')
    const folders = new Set(first.files.map((file) => path.posix.dirname(file)).filter((folder) => folder !== '.'))
    for (const folder of folders) expect(first.files, folder).toContain(`${folder}/index.md`)
    const images = [...readTree(first.dir).keys()].filter((file) => !file.endsWith('.md'))
    for (const image of images) expect(image).toMatch(/(?:^|\/)images\/diagram-\d+\.svg$/)
  })

  it('loads with the real library without a single diagnostic', () => {
    expect(handbook.diagnostics).toEqual([])
    expect(handbook.pages).toHaveLength(PAGES)
  })

  it('resolves every internal link and anchor', () => {
    expect(brokenLinks(handbook, first.dir)).toEqual([])
  })

  it('gives every page 3 to 6 internal links to other pages (the home page links to every section)', () => {
    for (const page of handbook.pages) {
      const links = internalLinks(page)
      for (const use of links) {
        if (use.target.kind === 'page') expect(use.target.route.sourcePath, page.sourcePath).not.toBe(page.sourcePath)
      }
      if (page.sourcePath === 'index.md') {
        const sections = handbook.pages.filter((p) => /^[^/]+\/index\.md$/.test(p.sourcePath))
        expect(links.length).toBe(sections.length)
      } else {
        expect(links.length, page.sourcePath).toBeGreaterThanOrEqual(3)
        expect(links.length, page.sourcePath).toBeLessThanOrEqual(6)
      }
    }
  })

  it('links in every form editors use: .md paths, .md with anchors, site URLs', () => {
    const hrefs = handbook.pages.flatMap((page) => internalLinks(page).map((use) => use.href))
    expect(hrefs.some((href) => /^\.\.\/.*\.md$/.test(href))).toBe(true)
    expect(hrefs.some((href) => /\.md#[^#]+$/.test(href))).toBe(true)
    expect(hrefs.some((href) => /^\/[^#]+$/.test(href) && !href.endsWith('.md'))).toBe(true)
    expect(hrefs.some((href) => /^\/[^#]+#.+$/.test(href))).toBe(true)
    const anchored = handbook.pages.flatMap((page) => internalLinks(page)).filter((use) => use.target.kind === 'page' && use.target.anchor)
    expect(anchored.length).toBeGreaterThan(PAGES / 3)
  })

  it('gives headings unique ids within each page', () => {
    for (const page of handbook.pages) {
      const ids = page.headings.map((h) => h.id)
      expect(new Set(ids).size, page.sourcePath).toBe(ids.length)
    }
  })

  it('has the variety of a real handbook', () => {
    const pages = handbook.pages
    const count = (test: (page: Handbook['pages'][number]) => boolean) => pages.filter(test).length
    // Titles from frontmatter, from a # heading, and from the file name.
    expect(count((p) => p.titleFrom === 'frontmatter')).toBeGreaterThan(PAGES * 0.7)
    expect(count((p) => p.titleFrom === 'heading')).toBeGreaterThan(PAGES * 0.04)
    expect(count((p) => p.titleFrom === 'file')).toBeGreaterThan(0)
    expect(count((p) => p.position !== undefined)).toBeGreaterThan(PAGES * 0.1)
    expect(count((p) => p.frontmatter.sidebar !== undefined)).toBe(0)
    // Japanese pages, in their own folder.
    const japanese = pages.filter((p) => p.lang === 'ja')
    expect(japanese.length).toBeGreaterThan(0)
    for (const page of japanese) expect(page.sourcePath).toMatch(/\/tokyo\//)
    expect(japanese.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(p.html))).toBe(true)
    // Tables, code, quotes, lists, images, external links.
    expect(count((p) => p.html.includes('<table'))).toBeGreaterThan(PAGES * 0.15)
    expect(count((p) => p.html.includes('<pre'))).toBeGreaterThan(PAGES * 0.15)
    expect(count((p) => p.html.includes('<blockquote') || p.html.includes('callout'))).toBeGreaterThan(0)
    expect(count((p) => p.html.includes('<ol'))).toBeGreaterThan(0)
    expect(count((p) => p.links.some((use) => use.embedded && use.target.kind === 'file'))).toBeGreaterThan(0)
    expect(count((p) => p.links.some((use) => use.target.kind === 'external'))).toBeGreaterThan(PAGES * 0.3)
    expect(pages.some((p) => /[éï]/.test(p.html))).toBe(true)
    // Folders two levels deep at least.
    expect(pages.some((p) => p.sourcePath.split('/').length >= 3)).toBe(true)
  })
})

describe('small generated handbooks', () => {
  it.each([1, 2, 5, 16, 57])('%i pages: exact count, clean load, every link resolves', (pages) => {
    const generated = generateHandbook(tempDir(`small-${pages}`), { pages, seed: 3 })
    expect(generated.pageCount).toBe(pages)
    const handbook = load(generated.dir)
    expect(handbook.diagnostics).toEqual([])
    expect(handbook.pages).toHaveLength(pages)
    expect(brokenLinks(handbook, generated.dir)).toEqual([])
  })

  it('rejects a page count that is not a positive integer', () => {
    expect(() => generateHandbook(tempDir('zero'), { pages: 0 })).toThrow(RangeError)
    expect(() => generateHandbook(tempDir('half'), { pages: 2.5 })).toThrow(RangeError)
  })
})

type Person = Record<string, unknown> & { name: string; reports_to?: string; team?: string; teams?: string[] }
type Team = Record<string, unknown> & { name: string; lead: string | string[]; parent?: string; members?: string[] }

/** The people of a generated handbook in either layout, by id. */
function readPeople(dir: string): Record<string, Person> {
  if (fs.existsSync(path.join(dir, 'people.yml'))) return parseYaml(fs.readFileSync(path.join(dir, 'people.yml'), 'utf8')) as Record<string, Person>
  const people: Record<string, Person> = {}
  for (const file of fs.readdirSync(path.join(dir, '_people')).sort()) people[file.replace(/\.yml$/, '')] = parseYaml(fs.readFileSync(path.join(dir, '_people', file), 'utf8')) as Person
  return people
}

const readTeams = (dir: string) => parseYaml(fs.readFileSync(path.join(dir, 'teams.yml'), 'utf8')) as Record<string, Team>
const teamsOf = (person: Person) => [...(person.teams ?? []), ...(person.team ? [person.team] : [])]
const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

const PERSON_FIELDS = ['name', 'role', 'team', 'teams', 'reports_to', 'location', 'timezone', 'pronouns', 'github', 'links', 'photo', 'bio', 'start_date']
const TEAM_FIELDS = ['name', 'description', 'lead', 'parent', 'channel', 'channel_url', 'members']

describe('generated people and teams', () => {
  const PEOPLE = 600
  let withPeople: GeneratedHandbook
  let folder: GeneratedHandbook
  let without: GeneratedHandbook
  let people: Record<string, Person>
  let teams: Record<string, Team>

  beforeAll(() => {
    withPeople = generateHandbook(tempDir('people'), { pages: 200, seed: 5, people: PEOPLE })
    folder = generateHandbook(tempDir('people-folder'), { pages: 200, seed: 5, people: PEOPLE, peopleLayout: 'folder' })
    without = generateHandbook(tempDir('no-people'), { pages: 200, seed: 5 })
    people = readPeople(withPeople.dir)
    teams = readTeams(withPeople.dir)
  }, 120_000)

  it('is byte-identical for the same seed, in both layouts', () => {
    const again = generateHandbook(tempDir('people-again'), { pages: 200, seed: 5, people: PEOPLE })
    expect(readTree(again.dir)).toEqual(readTree(withPeople.dir))
    const folderAgain = generateHandbook(tempDir('people-folder-again'), { pages: 200, seed: 5, people: PEOPLE, peopleLayout: 'folder' })
    expect(readTree(folderAgain.dir)).toEqual(readTree(folder.dir))
  })

  it('writes people.yml and teams.yml, or one _people/<id>.yml per person, with the same people', () => {
    expect(withPeople.dataFiles).toEqual(['people.yml', 'teams.yml'])
    expect(folder.dataFiles).toHaveLength(PEOPLE + 1)
    expect(folder.dataFiles).toContain('teams.yml')
    expect(fs.existsSync(path.join(folder.dir, 'people.yml'))).toBe(false)
    for (const file of folder.dataFiles.filter((f) => f !== 'teams.yml')) expect(file).toMatch(/^_people\/[a-z0-9_-]+\.yml$/)
    expect(readPeople(folder.dir)).toEqual(people)
    expect(readTeams(folder.dir)).toEqual(teams)
    expect(without.dataFiles).toEqual([])
    expect(without.peopleCount).toBe(0)
    expect(fs.existsSync(path.join(without.dir, 'teams.yml'))).toBe(false)
  })

  it('leaves the pages as they are without people, except for the blocks added at the end of a few', () => {
    const a = readTree(without.dir)
    const b = readTree(withPeople.dir)
    let changed = 0
    for (const [file, text] of a) {
      const other = b.get(file)!
      if (other !== text) {
        changed++
        expect(other.startsWith(text), file).toBe(true)
      }
    }
    expect(changed).toBeGreaterThanOrEqual(4)
    expect(changed).toBeLessThan(20)
  })

  it('leaves the addresses of the people directory and the team pages free', () => {
    for (const generated of [withPeople, without, generateHandbook(tempDir('sections'), { pages: 1000, seed: 42 })]) {
      for (const file of generated.files) expect(file, file).not.toMatch(/^(?:people|teams)(?:\.md|\/)/)
    }
  })

  it('has the requested number of people and about one team per fifteen', () => {
    expect(Object.keys(people)).toHaveLength(PEOPLE)
    expect(withPeople.peopleCount).toBe(PEOPLE)
    expect(withPeople.teamCount).toBe(Object.keys(teams).length)
    expect(Object.keys(teams).length).toBe(Math.round(PEOPLE / 15))
  })

  it('uses ids and slugs of a-z0-9_- and only the fields of the data format', () => {
    for (const [id, person] of Object.entries(people)) {
      expect(id).toMatch(/^[a-z0-9_-]+$/)
      expect(typeof person.name).toBe('string')
      for (const field of Object.keys(person)) expect(PERSON_FIELDS, `${id}.${field}`).toContain(field)
      expect(person.start_date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(person.timezone, id).toMatch(/^[A-Z][A-Za-z_]+\/[A-Za-z_/]+$/)
      if (person.github !== undefined) expect(person.github, id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      for (const link of (person.links ?? []) as { label: string; url: string }[]) expect(link.url).toMatch(/^https:\/\/people\.example\.com\//)
    }
    for (const [slug, team] of Object.entries(teams)) {
      expect(slug).toMatch(/^[a-z0-9_-]+$/)
      for (const field of Object.keys(team)) expect(TEAM_FIELDS, `${slug}.${field}`).toContain(field)
      expect(team.channel).toMatch(/^#team-/)
    }
  })

  it('names only people and teams that exist', () => {
    for (const [id, person] of Object.entries(people)) {
      if (person.reports_to !== undefined) expect(people[person.reports_to], `${id} reports_to ${person.reports_to}`).toBeDefined()
      for (const slug of teamsOf(person)) expect(teams[slug], `${id} team ${slug}`).toBeDefined()
    }
    for (const [slug, team] of Object.entries(teams)) {
      for (const lead of asList(team.lead)) expect(people[lead], `${slug} lead ${lead}`).toBeDefined()
      for (const member of team.members ?? []) expect(people[member], `${slug} member ${member}`).toBeDefined()
      if (team.parent !== undefined) expect(teams[team.parent], `${slug} parent`).toBeDefined()
    }
  })

  it('has one CEO, no reporting cycle, managers of 4 to 10 reports, and a tree 3 to 5 levels deep', () => {
    const tops = Object.keys(people).filter((id) => people[id]!.reports_to === undefined)
    expect(tops).toHaveLength(1)
    let deepest = 0
    for (const id of Object.keys(people)) {
      const seen = new Set<string>()
      for (let at: string | undefined = id; at !== undefined; at = people[at]!.reports_to) {
        expect(seen.has(at), `a reporting cycle through ${at}`).toBe(false)
        seen.add(at)
      }
      deepest = Math.max(deepest, seen.size)
    }
    expect(deepest).toBeGreaterThanOrEqual(3)
    expect(deepest).toBeLessThanOrEqual(5)
    const reports = new Map<string, number>()
    for (const person of Object.values(people)) if (person.reports_to) reports.set(person.reports_to, (reports.get(person.reports_to) ?? 0) + 1)
    const counts = [...reports.values()]
    expect(Math.max(...counts)).toBeLessThanOrEqual(10)
    // Filled breadth-first: only the last manager to get reports may have fewer than four.
    expect(counts.filter((n) => n < 4).length).toBeLessThanOrEqual(1)
  })

  it('has a team tree, leads, teams with members from both lists, and the variety of a real directory', () => {
    const list = Object.values(teams)
    const parents = list.filter((team) => team.parent !== undefined)
    expect(parents.length).toBeGreaterThan(list.length / 2)
    expect(list.some((team) => team.parent !== undefined && teams[team.parent]!.parent !== undefined)).toBe(true)
    for (const slug of Object.keys(teams)) {
      const seen = new Set<string>()
      for (let at: string | undefined = slug; at !== undefined; at = teams[at]!.parent) {
        expect(seen.has(at), `a team cycle through ${at}`).toBe(false)
        seen.add(at)
      }
    }
    expect(list.some((team) => asList(team.lead).length > 1)).toBe(true)
    expect(list.some((team) => (team.members ?? []).length > 0)).toBe(true)
    const all = Object.values(people)
    const share = (test: (p: Person) => boolean) => all.filter(test).length / all.length
    expect(share((p) => typeof p.bio === 'string')).toBeGreaterThan(0.6)
    expect(share((p) => p.links !== undefined)).toBeGreaterThan(0.02)
    expect(share((p) => p.pronouns !== undefined)).toBeGreaterThan(0.2)
    expect(share((p) => p.github !== undefined)).toBeGreaterThan(0.1)
    expect(share((p) => p.team !== undefined)).toBeGreaterThan(0.2)
    expect(share((p) => p.teams !== undefined)).toBeGreaterThan(0.2)
    expect(share((p) => teamsOf(p).length > 1)).toBeGreaterThan(0)
    expect(all.some((p) => /[^\x00-\x7f]/.test(p.name))).toBe(true)
    expect(all.some((p) => /10:30|TODO:/.test(String(p.bio)))).toBe(true)
    expect(new Set(all.map((p) => p.timezone)).size).toBeGreaterThan(10)
  })

  it('mentions people and shows teams on a few pages, naming only ids and slugs that exist', () => {
    const pages = [...readTree(withPeople.dir)].filter(([file]) => file.endsWith('.md'))
    const uses = pages.flatMap(([, text]) => [...text.matchAll(/(?<!:):(person)\[([^\]]+)\]|::(person|team|people|org-chart)\{(\w+)="([^"]+)"\}/g)])
    const kinds = new Set(uses.map((m) => m[1] ?? m[3]))
    expect([...kinds].sort()).toEqual(['org-chart', 'people', 'person', 'team'])
    for (const m of uses) {
      if (m[1] === 'person') expect(people[m[2]!], m[0]).toBeDefined()
      else if (m[3] === 'team' || m[3] === 'people') expect(teams[m[5]!], m[0]).toBeDefined()
      else expect(people[m[5]!], m[0]).toBeDefined()
    }
  })

  it('loads with the real library without a single diagnostic, in both layouts', () => {
    // The layouts differ only in how the people are stored. Through the render cache (as a rebuild), the second load
    // renders again only the pages whose inputs differ (the people data is in the key of every page that shows people,
    // 7 of them here; a page with a problem is never cached): 193 identical pages are not rendered twice.
    const cache = { store: fileRenderCache(tempDir('render-cache')), version: 'layouts' }
    for (const generated of [withPeople, folder]) {
      const handbook = load(generated.dir, cache)
      expect(handbook.diagnostics).toEqual([])
      expect(handbook.pages).toHaveLength(200)
    }
  }, 120_000)

  it('works for tiny companies and rejects a bad count or layout', () => {
    for (const count of [1, 2, 7, 16]) {
      const generated = generateHandbook(tempDir(`people-${count}`), { pages: 20, seed: 1, people: count })
      const small = readPeople(generated.dir)
      expect(Object.keys(small)).toHaveLength(count)
      const smallTeams = readTeams(generated.dir)
      for (const person of Object.values(small)) for (const slug of teamsOf(person)) expect(smallTeams[slug]).toBeDefined()
    }
    expect(() => generateHandbook(tempDir('people-negative'), { pages: 5, people: -1 })).toThrow(RangeError)
    expect(() => generateHandbook(tempDir('people-layout'), { pages: 5, people: 3, peopleLayout: 'tree' as 'file' })).toThrow(RangeError)
  })

  it('makes ASCII ids from names in any Latin script', () => {
    expect(asciiName('Łukasz')).toBe('lukasz')
    expect(asciiName('Søren')).toBe('soren')
    expect(asciiName("O'Brien")).toBe('o-brien')
    expect(asciiName('Wiśniewska')).toBe('wisniewska')
  })
})
