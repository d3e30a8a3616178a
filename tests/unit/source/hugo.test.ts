/**
 * A Hugo site around its content folder (tests/fixtures/hugo-site, written
 * from the Hugo and Docsy docs): recognised by its configuration, `static/`
 * served at the site root, includes from `assets/` and the site root, the
 * shortcodes the site and its theme define named in their warning, and
 * `lastmod` as "Last updated" when git has no date.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, redirectsOf, type Handbook, type Page } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { checkHandbook } from '../../../src/content/checks'
import { guessTool } from '../../../src/content/source/detect'
import { rootMarkersIn } from '../../../src/content/source/source-root'
import { hugoIncludeFolders, readHugoSite } from '../../../src/content/source/hugo'
import { readSource, sourcePathsToWatch } from '../../../src/content/source/read-source'
import { includeCandidates } from '../../../src/content/markdown/shortcodes/includes'
import { sourceLine, sourceSummary } from '../../../src/content/source/summary'
import { loadSettingsFile } from '../../../src/content/load/settings-file'
import { parse as parseHtml } from 'node-html-parser'

const FIXTURE = path.resolve(__dirname, '../../fixtures/hugo-site')
let root: string
let site: string

beforeAll(() => {
  // A copy outside the repository: git knows none of its dates, so `lastmod` is the page's date.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-hugo-'))
  site = path.join(root, 'site')
  fs.cpSync(FIXTURE, site, { recursive: true })
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

describe('recognising a Hugo site', () => {
  it('by hugo.toml|yaml|json, config.toml, or config/_default/', () => {
    for (const marker of ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config/_default']) expect(guessTool([marker]), marker).toBe('hugo')
    expect(guessTool(['config.yaml'])).toBe('none')
    expect(guessTool(['config.yaml', 'layouts'])).toBe('hugo')
  })

  it('finds config/_default/ as a marker, and a folder named config alone as none', () => {
    const dir = path.join(root, 'markers')
    fs.mkdirSync(path.join(dir, 'a/config/_default'), { recursive: true })
    fs.mkdirSync(path.join(dir, 'b/config'), { recursive: true })
    expect(rootMarkersIn(path.join(dir, 'a'))).toEqual(['config/_default'])
    expect(rootMarkersIn(path.join(dir, 'b'))).toEqual([])
  })
})

describe('reading the site around the content folder', () => {
  it("reads the configuration's contentDir, static/ files and the shortcodes the site and its theme define", () => {
    const hugo = readHugoSite(site)
    expect(hugo.configFile).toBe('hugo.toml')
    expect(hugo.contentDir).toBe('content')
    expect([...hugo.staticFiles]).toEqual([['images/logo.png', 'static/images/logo.png']])
    expect(Object.fromEntries(hugo.shortcodes)).toEqual({
      'new-style': 'layouts/_shortcodes/new-style.html',
      'site-note': 'layouts/shortcodes/site-note.html',
      'theme-box': 'themes/docsy-like/layouts/shortcodes/theme-box.html',
    })
  })

  it('has develop watch assets/, static/, layouts/ and the configuration, the folders the pages read around the content folder', () => {
    const real = fs.realpathSync(site)
    expect(sourcePathsToWatch(readSource(path.join(site, 'content')))).toEqual(['assets', 'static', 'layouts', 'hugo.toml'].map((name) => path.join(real, name)))
    // The configuration in config/_default/ (its folder, every file of it), and only the folders the site has.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-hugo-watch-'))
    try {
      fs.mkdirSync(path.join(other, 'config', '_default'), { recursive: true })
      fs.writeFileSync(path.join(other, 'config', '_default', 'hugo.toml'), 'title = "A"\n')
      fs.mkdirSync(path.join(other, 'content'))
      fs.mkdirSync(path.join(other, 'static'))
      const otherReal = fs.realpathSync(other)
      expect(sourcePathsToWatch(readSource(path.join(other, 'content')))).toEqual([path.join(otherReal, 'static'), path.join(otherReal, 'config')])
      // The site itself as the content folder: it is all watched already.
      expect(sourcePathsToWatch(readSource(other))).toEqual([])
    } finally {
      fs.rmSync(other, { recursive: true, force: true })
    }
  })

  it('looks for includes in the content folder, then assets/, then the site root, and reads only inside the root', () => {
    expect(hugoIncludeFolders('content')).toEqual(['../assets', '..'])
    expect(hugoIncludeFolders('')).toEqual(['assets'])
    expect(includeCandidates('includes/x.md', 'docs/page.md', ['../assets', '..'])).toEqual(['docs/includes/x.md', 'includes/x.md', '../assets/includes/x.md', '../includes/x.md'])
    const source = readSource(path.join(site, 'content'))
    expect(source.tool).toBe('hugo')
    expect(source.readAround?.('../assets/includes/security-footer.md')).toContain('security@example.org')
    expect(source.readAround?.('../../outside.md')).toBeUndefined()
    fs.writeFileSync(path.join(root, 'secret.md'), 'secret')
    fs.symlinkSync(path.join(root, 'secret.md'), path.join(site, 'assets/includes/link.md'))
    try {
      expect(source.readAround?.('../assets/includes/link.md')).toBeUndefined()
    } finally {
      fs.rmSync(path.join(site, 'assets/includes/link.md'))
    }
  })

  it('warns, with the fix, when the folder given is the site itself and its pages are in contentDir', () => {
    const source = readSource(site)
    expect(source.diagnostics.map((d) => `${d.file}: ${d.code}: ${d.message}`)).toEqual([
      expect.stringMatching(/^hugo\.toml: source-content-dir: the content folder given is the Hugo site itself, whose pages are in content\/ .*set HANDBOOK_CONTENT_DIR .*content$/),
    ])
  })
})

describe('a Hugo site, loaded', () => {
  let handbook: Handbook
  const page = (url: string): Page => handbook.pages.find((p) => p.url === url)!

  beforeAll(() => {
    // Without its handbook.yml: the site as it shows before its {{generator:…}} are mapped.
    const settings = resolveSettings({ title: 'Larkspur' }, { HANDBOOK_CONTENT_DIR: path.join(site, 'content') }, root)
    handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
  })

  it("orders its navigation by weight, and publishes a page's aliases as redirects to it", () => {
    // Without a sidebars file, each top-level folder is a sidebar: docs/ its own, its pages by weight.
    const docs = handbook.sidebars.find((sidebar) => sidebar.name === 'Docs')
    expect(docs?.items.map((item) => item.label)).toEqual(['Docs', 'Videos and labels', 'Includes', 'Images', 'Custom shortcodes', 'Dated', 'Generated', 'Our team', 'Docsy blocks'])
    expect(redirectsOf(handbook).map(({ from, to }) => ({ from, to }))).toEqual([{ from: '/media/all-hands', to: '/docs/videos' }])
  })

  it('renders the built-ins Hugo accepts, with no error', () => {
    const html = page('/docs/videos').html
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=431s"')
    expect(html).toContain('Watch “All hands” on YouTube (from 7:11)')
    expect(html).toContain('<span class="badge badge-green">Beta</span>')
    expect(html).toContain('<span class="badge badge-warning">Deprecated</span>')
    expect(html).not.toContain('TODO')
    expect(checkHandbook(handbook, { brokenLinks: 'error' }).filter((d) => d.severity === 'error')).toEqual([])
  })

  it("includes a file from the site's assets/ and reads one from the site root", () => {
    const html = page('/docs/includes').html
    expect(html).toContain('Report security issues to <strong><a href="mailto:security@example.org">security@example.org</a></strong>')
    expect(html).toMatch(/<pre class="language-yaml"[^>]*><code class="language-yaml">.*steps/)
  })

  it("draws {{< param >}} from the site's params (hugo.toml), as Hugo's .Param reads them", () => {
    expect(page('/docs/includes').html).toContain("The handbook's repository, from the site's params: https://github.com/example/handbook.")
    expect(handbook.diagnostics.filter((d) => d.file === 'docs/includes.md')).toEqual([])
  })

  it('resolves a site-absolute image from static/ and publishes it from there', () => {
    expect(page('/docs/images').html).toContain('src="/images/logo.png"')
    expect(handbook.source.files.get('images/logo.png')).toBe('static/images/logo.png')
  })

  it('names a shortcode the site or its theme defines as defined by your site, with the mapping to write', () => {
    const messages = handbook.diagnostics.filter((d) => d.code === 'shortcode-unknown').map((d) => d.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\{\{< site-note >\}\} is defined by your site \(\.\.\/layouts\/shortcodes\/site-note\.html\).*shortcodes: \{ "site-note": \{ template: "…" \} \}.*e\.g\. "\{0\}"/),
        expect.stringMatching(/^\{\{< theme-box >\}\} is defined by your site \(\.\.\/themes\/docsy-like\/layouts\/shortcodes\/theme-box\.html\)/),
      ]),
    )
  })

  it('shows {{generator:…}} as a marked placeholder with one warning kind per name, and as written in code', () => {
    const html = page('/docs/generated').html
    expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toContain('{{')
    expect(html).toContain('<code>{{generator:reporting_structure}}</code>')
    expect(
      handbook.diagnostics
        .filter((d) => d.code === 'shortcode-unknown' && d.file.endsWith('generated.md'))
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['{{generator:glossary}}', '{{generator:reporting_structure}}'])
  })

  it('says in the Source: line what was found', () => {
    expect(sourceLine(sourceSummary(handbook))).toBe('Source: Hugo (../hugo.toml): 1 redirect, 1 file beside the content folder, 3 shortcodes your site defines (to map)')
  })

  it("draws Docsy's page blocks, tabpane languages, imgproc, iframe and swaggerui, with no error", () => {
    const html = page('/docs/landing').html
    const main = parseHtml(html, { blockTextElements: { script: true, style: true } })
    expect(main.querySelector('section h2')?.innerHTML).toBe('Welcome to <strong>Larkspur</strong>!')
    expect(main.querySelectorAll('section section h3').map((h) => h.text)).toEqual(['Read it first', 'Contributions welcome!'])
    expect(main.querySelectorAll('.tab-panel pre').map((pre) => pre.getAttribute('class'))).toEqual(['language-go', 'language-python'])
    expect(main.querySelector('figure img')?.getAttribute('src')).toBe('/docs/landing/spruce-shoot.png')
    expect(main.querySelector('iframe')?.getAttribute('src')).toBe('https://docs.google.com/document/d/e/handbook/pub')
    expect(main.querySelector('.shortcode-unknown-name')?.text).toBe('API reference: swaggerui src="/openapi/petstore.yaml"')
    expect(html).not.toMatch(/blocks\/|imgproc|tabpane/)
    expect(checkHandbook(handbook, { brokenLinks: 'error' }).filter((d) => d.severity === 'error')).toEqual([])
  })

  it('dates a page git does not know by its lastmod', () => {
    expect(page('/docs/dated').lastUpdated).toBe('2026-03-14T00:00:00.000Z')
  })
})

describe("a Hugo site's {{generator:…}}, mapped in its handbook.yml", () => {
  let handbook: Handbook
  const page = (url: string): Page => handbook.pages.find((p) => p.url === url)!

  beforeAll(() => {
    // As the build does: the content folder's handbook.yml, then the folder.
    const content = path.join(site, 'content')
    const read = loadSettingsFile(content)
    expect(read.diagnostics).toEqual([])
    handbook = loadHandbook(resolveSettings({ ...read.config, title: 'Larkspur' }, { HANDBOOK_CONTENT_DIR: content }, root), { includeDrafts: false, hrefPrefix: '' })
  })

  it('draws the org chart, the team and its people, and links the glossary, with no warning about them', () => {
    const html = page('/docs/team').html
    const main = parseHtml(html)
    expect(html).not.toContain('{{')
    expect(html).not.toContain('shortcode-unknown')
    expect(main.querySelector('.org-chart .org-person a')?.text).toBe('Ana Lima')
    expect(html).toMatch(/<p>Who reports to whom:<\/p>\n<div class="org-chart">[\s\S]*<p>Ask your lead when in doubt\.<\/p>/)
    expect(main.querySelector('.team-card .team-name')?.text).toBe('Product')
    expect(main.querySelectorAll('li .people-grid .person-name').map((p) => p.text)).toEqual(['Bo Chen', 'Cy Dee'])
    expect(main.querySelector('a[href="/glossary"]')?.text).toBe('glossary')
    expect(page('/docs/generated').html).toContain('<div class="org-chart">')
    expect(handbook.diagnostics.filter((d) => d.code === 'shortcode-unknown' && d.kind?.startsWith('{{generator:'))).toEqual([])
    expect(checkHandbook(handbook, { brokenLinks: 'error' }).filter((d) => d.severity === 'error')).toEqual([])
  })
})
