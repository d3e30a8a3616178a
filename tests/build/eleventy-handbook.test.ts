/**
 * A real Eleventy/Liquid handbook, unedited: the 18F/TTS handbook of
 * ../shared/corpora/18f-handbook (246 pages, public domain), copied with
 * exactly one file added, `pages/handbook.yml`, holding the mapping of the
 * tags its own (absent) Eleventy code defined (tests/fixtures/18f-handbook.yml).
 *
 * The check's output, the navigation and the redirects are asserted on the
 * check and the loaded handbook (no Gatsby); one Gatsby build, with broken
 * links as warnings, asserts what readers get.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import { repeatedProblemLines, summaryBlocks } from '../support/build-log'
import { checkFixture, fixtureSite, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'
import { loadHandbook, type Handbook } from '../../src/content'
import { resolveSettings } from '../../src/content/settings'
import { loadSettingsFile } from '../../src/content/load/settings-file'
import { parse as parseYaml } from 'yaml'
import { markdownCopyFile } from '../../src/content/features/markdown-copy/llms'

const CORPUS = path.resolve(projectRoot, '..', 'shared', 'corpora', '18f-handbook')
const MAPPING = path.join(projectRoot, 'tests', 'fixtures', '18f-handbook.yml')
const addMapping = (copy: string) => fs.copyFileSync(MAPPING, path.join(copy, 'pages', 'handbook.yml'))
const options = { label: '18f-handbook', contentFolder: 'pages', prepare: addMapping }

/**
 * The errors that remain, each a defect of the handbook as published by its own site (its links were broken there too),
 * or an id its old layout, not the page, drew.
 */
const SOURCE_DEFECTS = [
  // The link's anchor ends in a space (`#current-guilds `): no heading has that id, on the old site either.
  /^18f\/chapters\/engineering\.md:190:\d+: error: broken link "\/training-and-development\/working-groups-and-guilds-101\/#current-guilds%20"/,
  // `emoji/` is no page and no file of the handbook (a page of the Slack guide that was never written).
  /^tools\/slack\.md:16:\d+: error: broken link "emoji\/"/,
  // `#questions` was the id of the "Questions?" box the old site's layout drew from a page's `questions:` field; the layout is not imported.
  ...[
    '18f/how-18f-works/research-guidelines.md:298',
    'general-information-and-resources/tech-policies/fitara.md:131',
    'getting-started/classes/gsa-internal-tools.md:109',
    'getting-started/equipment.md:115',
  ].map((place) => new RegExp(`^${place.replace(/[./]/g, '\\$&')}:\\d+: error: broken link "/office-of-solutions/tech-operations/#questions"`)),
]

const hasCorpus = fs.existsSync(CORPUS)

describe.skipIf(!hasCorpus)('the 18F handbook (Eleventy, Liquid), unedited', () => {
  let check: CheckedFixture
  let handbook: Handbook
  let site: FixtureSite

  beforeAll(async () => {
    check = await checkFixture(CORPUS, options)
    const settings = resolveSettings({ ...loadSettingsFile(check.content).config, contentDir: check.content }, {}, projectRoot)
    handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
    site = await fixtureSite(CORPUS, { ...options, env: { HANDBOOK_BROKEN_LINKS: 'warn', HANDBOOK_SITE_URL: 'https://handbook.tts.example' } })
    if (site.build.code !== 0) console.error(site.build.output.slice(-5000))
  })

  it('is recognised, and its source imported', () => {
    expect(check.output.split('\n')[0]).toBe(
      'Source: Eleventy (../_data/navigation.yml, ../_data/collections.yaml, ../_data/healthy-conflict.yml, ../_data/site.yaml, ../_data/travel-steps.yml, ../_data/usa-identifier.yml, ../_includes/): navigation 10 sections, 172 redirects, 3 includes, 61 files beside the content folder',
    )
  })

  it('has no error but the defects of the handbook as its own site published it', () => {
    const errors = check.diagnostics('error')
    expect(errors).toHaveLength(SOURCE_DEFECTS.length)
    for (const defect of SOURCE_DEFECTS)
      expect(
        errors.filter((line) => defect.test(line)),
        String(defect),
      ).toHaveLength(1)
    expect(check.code).toBe(1)
  })

  it('accounts for every file: 237 pages and 9 redirects', () => {
    expect(handbook.pages).toHaveLength(237)
    expect(handbook.redirectPages).toHaveLength(9)
    const files = new Set([...handbook.pages.map((page) => page.sourcePath), ...handbook.redirectPages.map((page) => page.sourcePath)])
    expect(files.size).toBe(246)
    expect(handbook.pages.filter((page) => page.html.includes('shortcode-unknown')).map((page) => page.sourcePath)).toEqual([])
  })

  it('shows the navigation of _data/navigation.yml: its 10 sections, in order, and the lists pages pick', () => {
    const navigation = parseYaml(fs.readFileSync(path.join(CORPUS, '_data', 'navigation.yml'), 'utf8')) as { primary: { text: string }[] }
    const main = handbook.sidebars[0]!
    expect(main.items.slice(0, 10).map((item) => item.label)).toEqual(navigation.primary.map((section) => section.text.replace('&amp;', '&')))
    const travel = handbook.pages.find((page) => page.sourcePath === 'travel-and-leave/travel-and-leave-policies/travel-guide-faq.md')!
    expect(travel.sidebar).toBe('Travel')
  })

  it('builds, every page and redirect published', () => {
    expect(site.build.code).toBe(0)
    expect(site.build.output).toMatch(/^.*handbook: Source: Eleventy \(/m)
    for (const page of handbook.pages) expect(() => site.page(page.url), page.url).not.toThrow()
    for (const redirect of handbook.redirectPages) expect(site.page(redirect.url), redirect.url).toMatch(/http-equiv="refresh"/)
  })

  it("publishes every page's Markdown copy and search sections (made beside the render, page-outputs.ts), the index built on a worker during the build", () => {
    expect(site.build.output).toMatch(/handbook: search index of 237 pages, 1815 sections: .* \(built on a worker during the build, in \d+ ms\)$/m)
    expect(site.build.output).toMatch(/handbook: 238 Markdown copies, llms\.txt, llms-full\.txt/)
    for (const page of handbook.pages) {
      const copy = fs.readFileSync(path.join(site.publicDir, markdownCopyFile(page.url)), 'utf8')
      expect(copy, page.url).toMatch(/^# \S/)
    }
    const copy = fs.readFileSync(path.join(site.publicDir, markdownCopyFile('/travel-and-leave/travel-and-leave-policies/travel-guide-faq')), 'utf8')
    expect(copy).toMatch(/^# .+\n/)
    expect(copy.length).toBeGreaterThan(2000)
    expect(fs.readFileSync(path.join(site.publicDir, 'llms-full.txt'), 'utf8')).toContain(copy.split('\n').find((line) => line.startsWith('## '))!)
  })

  it('counts its warnings by kind in the build log, one line each, once, and builds on', () => {
    const [summary, ...more] = summaryBlocks(site.build.output)
    expect(more).toEqual([])
    const total = Number(/^⚠ The handbook has (\d+) warnings in 237 pages:$/.exec(summary![0]!)?.[1])
    const kinds = summary!.slice(1, -1).map((line) => /^ +(\d+) warnings? +(\S.*)$/.exec(line))
    expect(kinds.every(Boolean), summary!.join('\n')).toBe(true)
    // Every warning is in one kind's count, and no kind is counted twice.
    expect(kinds.reduce((sum, kind) => sum + Number(kind![1]), 0)).toBe(total)
    expect(new Set(kinds.map((kind) => kind![2])).size).toBe(kinds.length)
    // The broken links HANDBOOK_BROKEN_LINKS=warn let through are one of them.
    expect(kinds.map((kind) => kind![2])).toContain('link-broken')
    expect(site.build.output.indexOf(summary![0]!)).toBeLessThan(site.build.output.indexOf('Done building'))
    expect(repeatedProblemLines(site.build.output)).toEqual([])
  })

  it('shows no placeholder and no Liquid on any page, outside code', () => {
    for (const [url, html] of site.pages()) {
      const root = parseHtml(html)
      expect(root.querySelectorAll('.shortcode-unknown'), url).toHaveLength(0)
      for (const element of root.querySelectorAll('pre, code, script, style')) element.remove()
      const text = root.querySelector('main')?.text ?? ''
      for (const syntax of ['{%', '%}', '{{']) expect(text, `${url} shows ${syntax}`).not.toContain(syntax)
    }
  })

  it("runs the includes with their data, and keeps the old tags' addresses and arguments", () => {
    const root = site.html('/travel-and-leave/travel-and-leave-policies/first-time-travel-complete-concur-profile')
    // The include's own classes are the old theme's, which the page sanitizer does not keep; its structure and text are.
    const steps = root.querySelectorAll('main [aria-label="progress"] > ol > li')
    expect(steps.map((step) => step.text.replace(/\s+/g, ' ').trim())).toEqual(['Get Concur access completed', 'Get GSA travel card completed', 'Update Concur profile current', 'Book travel not completed'])
    // {% page href %} inside the include's loop became a link to the page.
    expect(steps[0]!.querySelector('a')?.getAttribute('href')).toBe('/travel-and-leave/travel-and-leave-policies/first-time-travel-get-in-concur')
    // {% slack_channel "vets" "Vets" %}: the channel's address and its own text.
    const slack = site.html('/training-and-development/working-groups-and-guilds-101').querySelectorAll('main a[href^="https://gsa-tts.slack.com/messages/"]')
    expect(slack.length).toBeGreaterThan(5)
    expect(slack.every((a) => a.text.trim().length > 0)).toBe(true)
  })

  it('publishes the files pages link to from beside the content folder, at their old address', () => {
    const images = [...site.pages().values()].flatMap((html) =>
      parseHtml(html)
        .querySelectorAll('main img')
        .map((img) => img.getAttribute('src') ?? ''),
    )
    const old = images.filter((src) => src.startsWith('/_img/'))
    expect(old.length).toBeGreaterThan(20)
    for (const src of old) expect(fs.existsSync(path.join(site.publicDir, decodeURI(src))), src).toBe(true)
  })
})
