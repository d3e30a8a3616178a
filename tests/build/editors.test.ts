/**
 * What editors rely on in a built site: broken links stop the build unless
 * HANDBOOK_BROKEN_LINKS=warn; moved pages keep their old URLs (static
 * redirect pages and `_redirects`); each page shows when it last changed
 * and where to edit it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type BuildResult, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { MOVED_PAGES_SITE } from '../support/fixture-settings'
import { parseHtml } from '../support/html'

let site: FixtureSite
let content: string
let strict: CheckedFixture
let lenient: BuildResult

beforeAll(async () => {
  strict = await checkFixture('moved-pages')
  site = await fixtureSite('moved-pages', { env: MOVED_PAGES_SITE })
  content = site.content
  lenient = site.build
  if (lenient.code !== 0) console.error(lenient.output)
})

describe('broken links', () => {
  it('fail the build, at their line', () => {
    expect(strict.code).not.toBe(0)
    expect(strict.output).toContain(`${content}/index.md:6:1: error: broken link "guide/nowhere.md": no page file guide/nowhere.md.`)
  })

  it('are warnings with HANDBOOK_BROKEN_LINKS=warn', () => {
    expect(lenient.code).toBe(0)
    expect(lenient.output).toContain(`${content}/index.md:6:1: warning: broken link "guide/nowhere.md"`)
  })
})

describe('moved pages', () => {
  it('get a static redirect page at each old URL', () => {
    for (const old of ['guide/old-home', 'guide/old-name', 'legacy/guide']) {
      const html = fs.readFileSync(path.join(site.publicDir, old, 'index.html'), 'utf8')
      const root = parseHtml(html)
      expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), old).toBe('0; url=/docs/guide/new-home')
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://handbook.acme.test/docs/guide/new-home')
      expect(root.querySelector('a')?.getAttribute('href')).toBe('/docs/guide/new-home')
      expect(html).not.toContain('<script')
    }
  })

  it('are listed in _redirects', () => {
    expect(fs.readFileSync(path.join(site.publicDir, '_redirects'), 'utf8').trim().split('\n')).toEqual([
      '/docs/guide/old-home /docs/guide/new-home 301',
      '/docs/guide/old-name /docs/guide/new-home 301',
      '/docs/legacy/guide /docs/guide/new-home 301',
    ])
  })
})

describe('each page', () => {
  it('links to its file in the repository and shows when it last changed', () => {
    const root = parseHtml(site.page('/guide/new-home'))
    expect(root.querySelector('a.edit-link')?.getAttribute('href')).toBe('https://github.com/acme/handbook/edit/main/docs/guide/new-home.md')
    const time = root.querySelector('.last-updated time')
    const modified = fs.statSync(path.join(content, 'guide', 'new-home.md')).mtime
    expect(time?.getAttribute('datetime')).toBe(modified.toISOString())
    expect(time?.textContent).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(modified))
  })
})

describe('titles as written (HTML and entities in frontmatter, Markdown marks in a heading)', () => {
  const h1 = (url: string) => parseHtml(site.page(url)).querySelector('h1.article-title')!

  it('keep em/strong/code/sub/sup as markup in the h1, entities decoded, no other tag', () => {
    expect(h1('/guide/npm/ship').innerHTML).toBe('Do it <em>before</em> you ship')
    expect(h1('/guide/networks').innerHTML).toBe('Logging in &amp; Networks')
    expect(h1('/guide/networks').textContent).toBe('Logging in & Networks')
    expect(h1('/guide/water').innerHTML).toBe('H<sub>2</sub>O and E = mc<sup>2</sup>')
    expect(h1('/guide/marks').innerHTML).toBe('Run <strong><code>npm</code></strong> <em>first</em>')
    // Untrusted content: the image of `title: … <img src=x onerror=alert(1)>` is in no page.
    for (const [url, html] of site.pages()) expect(html, url).not.toMatch(/<img[^>]*onerror|onerror=alert/)
  })

  it('are plain decoded text in <title> and meta tags', () => {
    const ship = parseHtml(site.page('/guide/npm/ship'))
    expect(ship.querySelector('title')?.textContent).toMatch(/^Do it before you ship\b/)
    expect(ship.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Do it before you ship')
    const networks = parseHtml(site.page('/guide/networks'))
    expect(networks.querySelector('title')?.textContent).toMatch(/^Logging in & Networks\b/)
    expect(site.page('/guide/networks')).not.toContain('&amp;amp;')
  })

  it('keep their markup in the sidebar, the breadcrumbs and the home page cards', () => {
    const ship = parseHtml(site.page('/guide/npm/ship'))
    expect(ship.querySelector('.sidebar a[href="/docs/guide/npm/ship"]')?.innerHTML).toBe('Do it <em>before</em> you ship')
    expect(ship.querySelector('.sidebar a[href="/docs/guide/npm"]')?.innerHTML).toBe('The <code>npm</code> guide')
    expect(ship.querySelector('.breadcrumbs a[href="/docs/guide/npm"]')?.innerHTML).toBe('The <code>npm</code> guide')
    expect(ship.querySelector('.breadcrumbs [aria-current="page"]')?.innerHTML).toBe('Do it <em>before</em> you ship')
    expect(parseHtml(site.page('/')).querySelector('.section-links a[href="/docs/guide/npm"]')?.innerHTML).toBe('The <code>npm</code> guide')
  })

  it('are plain decoded text in the search index and the Markdown copies', () => {
    const folder = path.join(site.publicDir, '_handbook', 'search')
    const index = fs
      .readdirSync(folder, { recursive: true })
      .map((file) => path.join(folder, String(file)))
      .filter((file) => fs.statSync(file).isFile())
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n')
    expect(index).toContain('"Do it before you ship"')
    expect(index).toContain('"Logging in & Networks"')
    expect(index).toContain('"Run npm first"')
    expect(index).not.toMatch(/<em>|&amp;|<sub>/)
    expect(fs.readFileSync(path.join(site.publicDir, 'guide', 'npm', 'ship.md'), 'utf8')).toMatch(/^# Do it before you ship\n/m)
  })
})
