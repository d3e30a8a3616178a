import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultSidebarName, loadHandbook, type Handbook, type Page } from '../../../src/content'
import { resolveSettings, type HandbookSettings } from '../../../src/content/settings'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { redirectsOf } from '../../../src/content/features/redirects/redirects'
import { redirectsWing } from '../../../src/content/features/redirects/wing'
import { checkHandbook } from '../../../src/content/checks'

let root: string

/** Writes files (path → text or bytes) under a new folder of `root`. */
function makeContent(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(root, name)
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, content)
  }
  return dir
}

function settingsFor(dir: string, env: Record<string, string> = {}): HandbookSettings {
  return resolveSettings({ title: 'Acme Handbook' }, { HANDBOOK_CONTENT_DIR: dir, ...env }, root)
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-unit-'))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

describe('loadHandbook: a small handbook', () => {
  let handbook: Handbook
  let drafts: Handbook
  const page = (url: string, from: Handbook = handbook): Page => {
    const found = from.pages.find((p) => p.url === url)
    if (!found) throw new Error(`no page ${url}; have ${from.pages.map((p) => p.url).join(', ')}`)
    return found
  }

  beforeAll(() => {
    const dir = makeContent('basic', {
      'README.md': '---\ntitle: Welcome\n---\n# Welcome\n\nSee [values](company/values.md), [bands](people/bands.csv) and ![chart](people/images/chart.svg).\n',
      'company/_index.md': '# Company\n\nAbout the company and how it is run.\n',
      'company/values.md': '# Our Values\n\nWe value things, in a paragraph long enough.\n\n## Write things down\n\nText.\n\n[plan](plan.md)\n',
      'company/time-off_policy.md': 'No title anywhere in this file, only text.\n',
      'company/plan.md': '---\ndraft: true\ntitle: Secret plan\n---\nSecret\n',
      'company/Team Charter.md': '---\ntitle: Charter\nsidebar_position: 2\nlang: fr\ndescription: How teams work.\nsteward: ops\n---\nText.\n',
      'company/ordered.md': '---\nweight: 5\n---\nText.\n',
      'company/renamed.md': '---\nslug: new-name\n---\nText.\n',
      '日本語/ようこそ.md': '# ようこそ\n\n日本語のページです。これは説明文として十分な長さです。\n',
      'people/README.md': '---\ntitle: People\nsidebar: Company\n---\nText\n',
      'people/values.md': 'Mojibake saved by an editor: the teamâ€™s values, kept as written.\n',
      'people/bands.csv': 'a,b\n1,2\n',
      'people/images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'people/unused.pdf': 'x',
      '.github/workflow.md': '# Not content\n',
      'node_modules/pkg/README.md': '# Not content\n',
      '.hidden.md': '# Not content\n',
    })
    handbook = loadHandbook(settingsFor(dir), { includeDrafts: false, hrefPrefix: '' })
    drafts = loadHandbook(settingsFor(dir, { HANDBOOK_PATH_PREFIX: 'hb' }), { includeDrafts: true, hrefPrefix: '/hb' })
  })

  it('has no problems', () => {
    expect(handbook.diagnostics).toEqual([])
  })

  it("keeps each page file's text as read, frontmatter included, for the checks and search", () => {
    expect(page('/company/values').source).toBe('# Our Values\n\nWe value things, in a paragraph long enough.\n\n## Write things down\n\nText.\n\n[plan](plan.md)\n')
    expect(page('/').source.startsWith('---\ntitle: Welcome\n---\n')).toBe(true)
  })

  it('gives each page its URL', () => {
    expect(handbook.pages.map((p) => p.url).sort()).toEqual(
      ['/', '/company', '/company/new-name', '/company/ordered', '/company/team-charter', '/company/time-off_policy', '/company/values', '/people', '/people/values', '/日本語/ようこそ'].sort(),
    )
  })

  it('skips hidden folders and node_modules', () => {
    expect(handbook.pages.some((p) => p.sourcePath.includes('.github') || p.sourcePath.includes('node_modules'))).toBe(false)
    expect(handbook.pages.some((p) => p.sourcePath === '.hidden.md')).toBe(false)
  })

  it('takes the title from the frontmatter, then the H1, then the file name', () => {
    expect(page('/')).toMatchObject({ title: 'Welcome', titleFrom: 'frontmatter' })
    expect(page('/company/values')).toMatchObject({ title: 'Our Values', titleFrom: 'heading' })
    expect(page('/company/time-off_policy')).toMatchObject({ title: 'Time off policy', titleFrom: 'file' })
    expect(page('/company/ordered')).toMatchObject({ title: 'Ordered', titleFrom: 'file' })
  })

  it('does not repeat the title heading in the body', () => {
    expect(page('/').html).not.toContain('<h1')
    expect(page('/company/values').html).not.toContain('<h1')
  })

  it('gives a Japanese file name a Japanese URL and title', () => {
    expect(page('/日本語/ようこそ')).toMatchObject({ sourcePath: '日本語/ようこそ.md', title: 'ようこそ', sidebar: '日本語' })
  })

  it('renders mis-encoded looking text as written', () => {
    expect(page('/people/values').html).toContain('the teamâ€™s values')
  })

  it('reads descriptions, positions, language, sidebar and unknown fields', () => {
    const charter = page('/company/team-charter')
    expect(charter).toMatchObject({ description: 'How teams work.', position: 2, lang: 'fr', sidebar: 'Company' })
    expect(charter.frontmatter.steward).toBe('ops')
    expect(page('/company/ordered').position).toBe(5)
    expect(page('/company/values').description).toBe('We value things, in a paragraph long enough.')
    // A field naming a defined sidebar (another folder's) moves the page there; one naming no sidebar would be dropped with a warning (issue 29).
    expect(page('/people').sidebar).toBe('Company')
    expect(page('/').sidebar).toBe('Handbook')
    expect(page('/company/values')).not.toHaveProperty('position')
  })

  it('lists the non-page files pages link to or embed', () => {
    expect(handbook.linkedFiles).toEqual(['people/bands.csv', 'people/images/chart.svg'])
    expect([...handbook.contentFiles].sort()).toEqual(['people/bands.csv', 'people/images/chart.svg', 'people/unused.pdf'])
  })

  it('rewrites links in the rendered body', () => {
    expect(page('/').html).toContain('href="/company/values"')
    expect(page('/').html).toContain('src="/people/images/chart.svg"')
    expect(page('/', drafts).html).toContain('href="/hb/company/values"')
  })

  it('leaves drafts out when includeDrafts is false, so links to them are broken', () => {
    expect(handbook.pages.some((p) => p.sourcePath === 'company/plan.md')).toBe(false)
    const planLink = page('/company/values').links.find((l) => l.href === 'plan.md')
    expect(planLink?.target.kind).toBe('broken')
  })

  it('keeps drafts when includeDrafts is true', () => {
    expect(page('/company/plan', drafts)).toMatchObject({ draft: true, title: 'Secret plan' })
    expect(page('/company/values', drafts).links.find((l) => l.href === 'plan.md')?.target.kind).toBe('page')
  })

  it('has no edit link without a repository', () => {
    expect(page('/')).not.toHaveProperty('editUrl')
  })

  it('gives edit links when a repository is configured', () => {
    const dir = path.join(root, 'basic')
    const withRepo = loadHandbook(settingsFor(dir, { HANDBOOK_REPOSITORY_URL: 'https://github.com/acme/handbook/', HANDBOOK_REPOSITORY_CONTENT_PATH: 'docs' }), { includeDrafts: false, hrefPrefix: '' })
    expect(page('/company/team-charter', withRepo).editUrl).toBe('https://github.com/acme/handbook/edit/main/docs/company/Team%20Charter.md')
  })
})

describe('loadHandbook: problems', () => {
  let handbook: Handbook

  beforeAll(() => {
    const dir = makeContent('broken', {
      'dup.md': 'dup one\n',
      'dup/index.md': 'dup two\n',
      'wrong-type.md': '---\ntitle: Fine\n\ndraft: "yes"\n---\nText.\n',
      'bad-yaml.md': '---\ntitle: ok\ndescription: a: b\n---\nText.\n',
      'unclosed.md': '---\ntitle: Never closed\n\nText.\n',
      '404.md': '# Lost\n',
      'syntax.mdx': '# MDX\n\nHello {oops\n',
      'component.mdx': '# Good MDX\n\n<Callout>hi</Callout>\n\n[broken](missing.md)\n',
      'good.md': '# Good\n\nA good page.\n',
    })
    handbook = loadHandbook(settingsFor(dir), { includeDrafts: false, hrefPrefix: '' })
  })

  const diagnostic = (file: string, code: string) => handbook.diagnostics.find((d) => d.file === file && d.code === code)

  it('reports two files with one URL, naming both, and keeps the first', () => {
    const dup = handbook.diagnostics.filter((d) => d.code === 'url-duplicate')
    expect(dup).toHaveLength(1)
    expect(dup[0]!.severity).toBe('error')
    expect(dup[0]!.message).toContain('dup.md')
    expect(dup[0]!.message).toContain('dup/index.md')
    expect(dup[0]!.message).toContain('/dup')
    expect(handbook.pages.filter((p) => p.url === '/dup')).toHaveLength(1)
  })

  it('reports frontmatter errors with file and line', () => {
    expect(diagnostic('wrong-type.md', 'frontmatter-type')).toMatchObject({ severity: 'error', line: 4 })
    expect(diagnostic('bad-yaml.md', 'frontmatter-yaml')).toMatchObject({ severity: 'error', line: 3 })
    expect(diagnostic('unclosed.md', 'frontmatter-unclosed')).toMatchObject({ severity: 'error', line: 1 })
    expect(formatDiagnostic(diagnostic('wrong-type.md', 'frontmatter-type')!)).toMatch(/^wrong-type\.md:4: error: "draft" must be true or false/)
  })

  it('still builds the pages with frontmatter errors', () => {
    const wrongType = handbook.pages.find((p) => p.sourcePath === 'wrong-type.md')
    expect(wrongType).toMatchObject({ title: 'Fine', draft: false, url: '/wrong-type' })
    expect(handbook.pages.find((p) => p.sourcePath === 'bad-yaml.md')?.html).toContain('Text.')
  })

  it('refuses URLs the site itself uses', () => {
    expect(diagnostic('404.md', 'url-reserved')).toMatchObject({ severity: 'error', line: 1 })
    expect(handbook.pages.some((p) => p.url === '/404')).toBe(false)
  })

  it('reports an MDX syntax error at its line instead of throwing', () => {
    const d = diagnostic('syntax.mdx', 'syntax')
    expect(d).toMatchObject({ severity: 'error', line: 3 })
    expect(d!.message).toContain('write \\{ and \\<')
    expect(handbook.pages.find((p) => p.sourcePath === 'syntax.mdx')).toMatchObject({ format: 'mdx', html: '', title: 'Syntax' })
  })

  it('reads MDX pages without rendering them', () => {
    const mdx = handbook.pages.find((p) => p.sourcePath === 'component.mdx')
    expect(mdx).toMatchObject({ format: 'mdx', title: 'Good MDX', titleFrom: 'heading', html: '' })
    expect(mdx!.links.map((l) => l.target.kind)).toEqual(['broken'])
  })

  it('reports no problem for the good page', () => {
    expect(handbook.diagnostics.some((d) => d.file === 'good.md')).toBe(false)
  })
})

describe('defaultSidebarName', () => {
  it('is the humanized top-level folder, or the default sidebar at the root', () => {
    expect(defaultSidebarName('people/time-off.md', 'Handbook')).toBe('People')
    expect(defaultSidebarName('engineering-guides/deep/x.md', 'Handbook')).toBe('Engineering guides')
    expect(defaultSidebarName('values.md', 'Handbook')).toBe('Handbook')
  })
})

describe('loadHandbook: a handbook moved from Hugo', () => {
  let handbook: Handbook
  beforeAll(() => {
    const dir = makeContent('hugo', {
      '_index.md': '# Home\n\nSee {{< ref "offices" >}}.\n',
      'ops/_index.md': '# Operations\n',
      'ops/offices.md': '---\ntitle: Our offices around the world\nlinkTitle: Offices\nurl: /offices/\n---\n{{< include "/_shared/address.md" >}}\n',
      'ops/bundle/index.md': '---\nheadless: true\n---\nOnly to be included.\n',
      'ops/travel.md': '# Travel\n\n{{< include "bundle/index.md" >}}\n',
      '_shared/address.md': 'Main Street **1**.\n',
      'ops/then.md': '---\nurl: offices\n---\nSame address.\n',
    })
    handbook = loadHandbook(settingsFor(dir), { includeDrafts: false, hrefPrefix: '' })
  })

  it('publishes url: as the address, linkTitle as the sidebar label, and leaves headless and _ files out', () => {
    expect(handbook.pages.map((p) => p.url).sort()).toEqual(['/', '/offices', '/ops', '/ops/travel'])
    const offices = handbook.pages.find((p) => p.url === '/offices')!
    expect(offices.title).toBe('Our offices around the world')
    expect(JSON.stringify(handbook.sidebars)).toContain('"label":"Offices"')
    expect(offices.html).toBe('<p>Main Street <strong>1</strong>.</p>')
    expect(handbook.pages.find((p) => p.url === '/ops/travel')!.html).toContain('<p>Only to be included.</p>')
  })

  it('reports two pages claiming one url: like any address collision', () => {
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d, (file) => file))).toEqual(expect.arrayContaining([expect.stringMatching(/ops\/then\.md.*would both be the page \/offices/)]))
  })
})

describe('loadHandbook: pages as Jekyll and Eleventy saw them', () => {
  let handbook: Handbook
  const page = (url: string): Page => {
    const found = handbook.pages.find((p) => p.url === url)
    if (!found) throw new Error(`no page ${url}; have ${handbook.pages.map((p) => p.url).join(', ')}`)
    return found
  }

  beforeAll(() => {
    // Shaped like the 18F handbook: Eleventy's _data/ and _includes/ beside the content folder, pages moved under folders keeping their short old URLs.
    const dir = makeContent('eleventy', {
      '_data/site.yml': 'title: TTS Handbook\n',
      '_includes/note.html': '<p>Note</p>\n',
      'pages/tools/tock.md': '---\ntitle: Tock\nredirect_from:\n  - /tock/\n---\n\n## Time tracking and billing\n\nText.\n',
      'pages/tools/airtable.md': '---\ntitle: Airtable\nredirect_from:\n  - /airtable/\n  - /tools/airtable/\n---\n\nText.\n',
      'pages/policies/billing_policy.md': '---\ntitle: Billing policy\nredirect_to: /tock/#time-tracking-and-billing\nredirect_from:\n  - /billing-policy/\n---\n',
      'pages/policies/open-source.md': '---\ntitle: Open source policy\nredirect_to: https://github.com/18F/open-source-policy/blob/master/policy.md\nredirect_from:\n  - /open-source/\n---\n',
      'pages/CONTRIBUTING.md': '---\ntitle: Contributing\npermalink: /contributing/\n---\n\nText.\n',
      'pages/values.md': '---\ntitle: Our values\nsubtitle: "Travel guide: Step 3"\npermalink: /team/values.html\nlast_modified_at: 2016-03-09T20:02:08-05:00\nquestions:\n  - travel\n---\n\nText.\n',
      'pages/notes.md': '---\ntitle: Notes\npermalink: false\nreviewers: [ana]\n---\n\nDrafts of the editors, [nowhere](/nowhere/).\n',
      'pages/guide.md':
        '---\ntitle: Guide\nquestions:\n  - people-ops\n---\n\n[Tock](/tock/), [billing](/billing-policy/), [billing](policies/billing_policy.md), [open source](/open-source/), [home](/), [values](/team/values.html), [contributing](/contributing/), [Airtable](/airtable)\n',
    })
    handbook = loadHandbook(settingsFor(path.join(dir, 'pages')), { includeDrafts: false, hrefPrefix: '' })
  })

  it('recognises the tool, and gives each page its permalink, no page for permalink: false or redirect_to:', () => {
    expect(handbook.source.tool).toBe('eleventy')
    expect(handbook.pages.map((p) => `${p.sourcePath} ${p.url}`).sort()).toEqual([
      'CONTRIBUTING.md /contributing',
      'guide.md /guide',
      'tools/airtable.md /tools/airtable',
      'tools/tock.md /tools/tock',
      'values.md /team/values',
    ])
  })

  it('makes each redirect_to: page a redirect at its URL and its old ones, straight to its destination', async () => {
    expect(handbook.redirectPages.map((p) => [p.url, p.redirectTo])).toEqual([
      ['/policies/billing_policy', '/tools/tock#time-tracking-and-billing'],
      ['/policies/open-source', 'https://github.com/18F/open-source-policy/blob/master/policy.md'],
    ])
    const output = (await redirectsWing.outputs!({ handbook, settings: settingsFor(path.join(root, 'eleventy', 'pages')), production: true, hrefPrefix: '', documentOf: () => undefined }))!
    expect(output.summary('all 1', 3)).toBe('7 redirects (2 of them redirect_to: pages)')
    expect(output.placeholders?.map((p) => p.path)).toEqual(expect.arrayContaining(['policies/billing_policy/index.html', 'open-source/index.html', 'team/values.html']))
    expect(output.placeholders?.find((p) => p.path === 'open-source/index.html')?.contents).toContain('url=https://github.com/18F/open-source-policy/blob/master/policy.md')
    expect(redirectsOf(handbook).map((r) => `${r.from} ${r.to}${r.file ? ' (file)' : ''}`)).toEqual([
      '/airtable /tools/airtable',
      '/billing-policy /tools/tock#time-tracking-and-billing',
      '/open-source https://github.com/18F/open-source-policy/blob/master/policy.md',
      '/policies/billing_policy /tools/tock#time-tracking-and-billing',
      '/policies/open-source https://github.com/18F/open-source-policy/blob/master/policy.md',
      '/team/values.html /team/values (file)',
      '/tock /tools/tock',
    ])
  })

  it('finds the page of an old URL, a redirect_to: page and the home page, and writes links to old URLs to the page itself', () => {
    const links = page('/guide').links.map((use) => `${use.href} → ${use.target.kind === 'page' ? use.target.route.url + (use.target.anchor ? `#${use.target.anchor}` : '') : use.target.kind}`)
    expect(links).toEqual([
      '/tock/ → /tools/tock',
      '/billing-policy/ → /policies/billing_policy',
      'policies/billing_policy.md → /policies/billing_policy',
      '/open-source/ → /policies/open-source',
      '/ → /',
      '/team/values.html → /team/values',
      '/contributing/ → /contributing',
      '/airtable → /tools/airtable',
    ])
    expect(page('/guide').html).toContain('<a href="/tools/tock">Tock</a>')
    expect(page('/guide').html).toContain('<a href="/policies/billing_policy">billing</a>')
    const problems = checkHandbook(handbook, { brokenLinks: 'error' }).filter((d) => d.severity === 'error')
    expect(problems).toEqual([])
  })

  it('shows the subtitle, dates a page git does not know by its last_modified_at, and lists the unused fields once', () => {
    expect(page('/team/values').subtitle).toBe('Travel guide: Step 3')
    expect(page('/guide')).not.toHaveProperty('subtitle')
    expect(page('/team/values').lastUpdated).toBe('2016-03-09T00:00:00.000Z')
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d, (file) => file))).toEqual([
      "guide.md:3: warning: `questions:` (2 pages, the first here) is not a field this handbook uses. It is kept in each page's data but not shown: if readers need it, write it in the page's text; else remove it",
    ])
    expect(checkHandbook(handbook, { brokenLinks: 'error' }).map((d) => `${d.file}:${d.line}: ${d.code}`)).toContain('tools/airtable.md:5: redirect-self')
  })
})
