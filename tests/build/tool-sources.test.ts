/**
 * Handbooks from GitBook, Hugo, Docusaurus, MkDocs and Jekyll with the old tool's
 * files around their content (fixtures written from each tool's public
 * documentation): the check of each names what it recognised and finds no
 * error, and one Gatsby build, of the Docusaurus site, shows what only the
 * build can: its `.mdx` page's `@theme/` imports compiled onto our blocks,
 * and `static/` published at the site root.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type FixtureSite } from '../support/fixture-site'

/** Each fixture, the content folder inside it, the Source: line its check prints, and what its check no longer reports. */
const SOURCES: { fixture: string; contentFolder: string | undefined; source: string; absent?: string; warns?: RegExp }[] = [
  { fixture: 'gitbook', contentFolder: undefined, source: 'Source: GitBook (SUMMARY.md): navigation 6 sections, 2 redirects, 3 files beside the content folder' },
  {
    fixture: 'hugo-site',
    contentFolder: 'content',
    source: 'Source: Hugo (../hugo.toml): 1 redirect, 1 file beside the content folder, 3 shortcodes your site defines (to map)',
    // Its handbook.yml maps them onto the org chart, team and people blocks and the glossary page.
    absent: '{{generator:',
  },
  { fixture: 'docusaurus-site', contentFolder: 'docs', source: 'Source: Docusaurus (../sidebars.ts, 2 _category_ files): navigation 4 sections, 15 redirects, 2 files beside the content folder' },
  { fixture: 'mkdocs', contentFolder: 'docs', source: 'Source: MkDocs (../mkdocs.yml): navigation 5 sections, 2 redirects' },
  // Its pages' kramdown (the table of contents marker and its heading, attribute lists, a .btn link drawn as our button) is read as kramdown
  // (markdown/attribute-lists.ts): the theme's other classes reported.
  {
    fixture: 'nav-just-the-docs',
    contentFolder: undefined,
    source: 'Source: Jekyll (Just the Docs frontmatter (parent, nav_order), _config.yml): navigation 4 sections',
    absent: '.text-delta',
    warns: /^docs\/utilities\/index\.md:10: warning: the attribute list \{: \.fs-6 \.fw-300 \} is not applied: the classes \.fs-6 \.fw-300/,
  },
]

describe('the check of a handbook from each tool', () => {
  for (const { fixture, contentFolder, source, absent, warns } of SOURCES) {
    it(`${fixture}: names what it recognised and finds no error`, async () => {
      const check = await checkFixture(fixture, contentFolder ? { contentFolder } : {})
      expect(check.output.split('\n')[0]).toBe(source)
      expect(check.diagnostics('error')).toEqual([])
      expect(check.code).toBe(0)
      if (absent) expect(check.output).not.toContain(absent)
      if (warns) expect(check.diagnostics('warning')).toContainEqual(expect.stringMatching(warns))
    })
  }
})

describe('a Docusaurus site, built', () => {
  let site: FixtureSite

  beforeAll(async () => {
    site = await fixtureSite('docusaurus-site', { contentFolder: 'docs' })
    if (site.build.code !== 0) console.error(site.build.output.slice(-4000))
  })

  it('builds its .mdx page with the @theme/ components as our blocks', () => {
    expect(site.build.code).toBe(0)
    const main = site.html('/guides/install').querySelector('main')!
    expect(main.querySelectorAll('.tabs .tab-panel').length).toBe(2)
    expect(main.querySelector('.callout-warning .callout-title')?.text.trim()).toBe('Node 18')
    expect(main.querySelector('details summary')?.text.trim()).toBe('Behind a proxy?')
    expect(site.page('/guides/install')).not.toContain('@theme/')
  })

  it("puts pages at Docusaurus' addresses (number prefixes dropped) and writes links to the old /docs/… addresses to them", () => {
    expect(site.html('/tutorial/deploy').querySelector('main h1')?.text.trim()).toBe('Deploy your site')
    expect(site.html('/api/webhooks/signatures').querySelector('main h1')?.text.trim()).toBe('Verify a signature')
    const hrefs = site
      .html('/api')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(expect.arrayContaining(['/api/client', '/tutorial/deploy', '/api/error-codes#retry-codes', '/intro']))
    // The old site's addresses forward, for bookmarks.
    const forwards = (url: string) => site.html(url).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')
    expect(forwards('/docs/tutorial/deploy')).toBe('0; url=/tutorial/deploy')
    expect(forwards('/docs/api/webhooks/signatures')).toBe('0; url=/api/webhooks/signatures')
  })

  it("labels <Tabs values>' items and shows <CodeBlock title> and fences' titles", () => {
    const main = site.html('/api/sdks').querySelector('main')!
    expect(main.querySelectorAll('.tabs .tab-label').map((label) => label.text.trim())).toEqual(['JavaScript', 'Python', 'Golang'])
    expect(main.querySelector('figure.code-block .code-title')?.text.trim()).toBe('/src/components/HelloCodeTitle.js')
    // A fence's title="…" in a .md page too.
    expect(site.html('/api/client').querySelector('main figure.code-block .code-title')?.text.trim()).toBe('/src/client.js')
  })

  it('publishes static/ at the site root', () => {
    expect(fs.existsSync(path.join(site.publicDir, 'img', 'logo.png'))).toBe(true)
  })
})
