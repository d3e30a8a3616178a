/**
 * Builds a handbook shaped like real ones (no frontmatter, README/_index
 * folder pages, raw HTML, braces, `.md` links, spaces in names, a
 * mis-encoded character, CJK, an `.mdx` page) from a folder outside the
 * project, and checks the HTML that comes out.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { HTMLElement } from 'node-html-parser'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { hrefs, mainText, parseHtml } from '../support/html'

let site: FixtureSite
let build: BuildResult

beforeAll(async () => {
  site = await fixtureSite('real-world', { env: { HANDBOOK_SITE_URL: 'https://handbook.acme.test', HANDBOOK_TITLE: 'Acme Handbook' } })
  build = site.build
  if (build.code !== 0) console.error(build.output)
})

function page(url: string): HTMLElement {
  return parseHtml(site.page(url))
}

describe('a real-world handbook built from a folder outside the project', () => {
  it('builds', () => {
    expect(build.code).toBe(0)
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })

  it("runs its queries and writes its HTML in the build's own process, with no Gatsby worker started (scripts/gatsby-lazy-workers.cjs)", () => {
    expect(build.output).toMatch(/^success run queries in this process - /m)
    expect(build.output).not.toMatch(/run queries in workers/)
    expect(build.output).toMatch(/^success Building static HTML for pages - /m)
  })

  it('turns every page into HTML, drafts left out', () => {
    const expected = [
      '/',
      '/company',
      '/company/values',
      '/company/management',
      '/company/structure',
      '/company/team-charter',
      '/people',
      '/people/compensation',
      '/people/time-off_policy',
      '/people/raw-html',
      '/engineering/code-style',
      '/engineering/callouts',
      '/engineering/on-call',
      '/日本語/ようこそ',
      '/guides/alerts',
    ]
    for (const url of expected) expect(() => site.page(url), url).not.toThrow()
    expect(fs.existsSync(path.join(site.publicDir, 'engineering', 'draft-plan'))).toBe(false)
    expect(fs.existsSync(path.join(site.publicDir, '404.html'))).toBe(true)
  })

  it('titles pages from frontmatter, the first H1, or the file or folder name, with one H1 each', () => {
    const titles: Record<string, string> = {
      '/': 'Acme Operations Handbook',
      '/company': 'Company',
      '/company/structure': 'Small teams',
      '/company/team-charter': 'Team Charter',
      '/people': 'People',
      '/people/time-off_policy': 'Time off policy',
      '/people/compensation': 'Compensation',
      '/engineering/on-call': 'On call',
    }
    for (const [url, title] of Object.entries(titles)) {
      const root = page(url)
      const h1s = root.querySelectorAll('h1')
      expect(
        h1s.map((h) => h.textContent.trim()),
        url,
      ).toEqual([title])
      // The home page's <title> is the site's title.
      expect(root.querySelector('title')?.textContent, url).toContain(url === '/' ? 'Acme Handbook' : title)
    }
  })

  it('keeps HTML comments out of the page', () => {
    expect(site.page('/')).not.toContain('GitHub-style README')
    expect(site.page('/engineering/on-call')).not.toContain('exported from the wiki')
    expect(mainText(page('/engineering/on-call'))).toContain('The on-call rota is kept in the pager tool.')
  })

  it('resolves every link form editors write', () => {
    const links = hrefs(page('/company/management'))
    expect(links).toEqual(expect.arrayContaining(['/company/structure', '/people/compensation#severance', '/company/values#we-write-things-down', '/company/values', '/people', 'https://example.org/guide']))
    // The site's own absolute URL becomes an internal link.
    expect(links).not.toContain('https://handbook.acme.test/company/values')
    expect(links.filter((href) => href === '/company/values')).toHaveLength(2)
    expect(hrefs(page('/'))).toEqual(expect.arrayContaining(['/company/values', '/people/compensation']))
    expect(hrefs(page('/people'))).toEqual(expect.arrayContaining(['/people/compensation', '/people/time-off_policy']))
  })

  it('copies images and files next to the Markdown and links them', () => {
    for (const file of ['people/bands.csv', 'people/policy.pdf', 'people/images/bands.svg']) {
      expect(fs.existsSync(path.join(site.publicDir, file)), file).toBe(true)
    }
    const root = page('/people/compensation')
    expect(hrefs(root)).toEqual(expect.arrayContaining(['/people/bands.csv', '/people/policy.pdf']))
    const image = root.querySelector('main img')
    expect(image?.getAttribute('src')).toBe('/people/images/bands.svg')
    expect(image?.getAttribute('alt')).toBe('Pay bands by level')
  })

  it('renders raw HTML, braces and < signs, and strips anything that runs script', () => {
    const html = site.page('/people/raw-html')
    const root = parseHtml(html)
    const text = mainText(root)
    expect(text).toContain('a < b and b > a, and {braces} stay as written')
    expect(text).toContain('Line one')
    expect(root.querySelector('main details summary')?.textContent).toBe('More detail')
    expect(root.querySelectorAll('main kbd')).toHaveLength(2)
    expect(root.querySelectorAll('main img').map((img) => img.getAttribute('alt'))).toEqual(['Bands diagram', 'Bands again'])
    expect(html).not.toContain('window.injected')
    expect(html).not.toMatch(/\son[a-z]+=/i)
    expect(html).not.toContain('javascript:')
    const frames = root.querySelectorAll('main iframe').map((frame) => frame.getAttribute('src'))
    expect(frames).toEqual(['https://www.youtube.com/embed/abc123'])
    expect(root.querySelector('#old-anchor')).not.toBeNull()
  })

  it('renders text that looks mis-encoded as written', () => {
    expect(mainText(page('/company/values'))).toContain('the teamâ€™s values')
  })

  it('gives headings GitHub-style ids with anchor links and a table of contents', () => {
    const root = page('/company/management')
    expect(root.querySelector('h2#one-to-ones')).not.toBeNull()
    expect(root.querySelector('h3#agenda')).not.toBeNull()
    expect(root.querySelector('a.heading-anchor[href="#one-to-ones"]')).not.toBeNull()
    const toc = root.querySelectorAll('aside.toc a[data-toc-link]').map((a) => a.getAttribute('href'))
    expect(toc).toEqual(['#one-to-ones', '#agenda'])
  })

  it('highlights code at build time and leaves unknown languages plain', () => {
    const root = page('/engineering/code-style')
    for (const language of ['bash', 'tsx', 'yaml', 'python']) {
      const block = root.querySelector(`pre[data-language="${language}"]`)
      expect(block, language).not.toBeNull()
      expect(block!.querySelectorAll('.token').length, language).toBeGreaterThan(0)
    }
    const plain = root.querySelector('pre[data-language="brainfudge"]')
    expect(plain?.querySelectorAll('.token')).toHaveLength(0)
    expect(plain?.textContent).toContain('++[>+<-] < not highlighted')
  })

  it('supports GFM: tables, task lists, strikethrough, autolinks, footnotes', () => {
    const root = page('/engineering/code-style')
    expect(root.querySelector('main table th')?.textContent).toBe('Tool')
    expect(root.querySelectorAll('main input[type="checkbox"]')).toHaveLength(2)
    expect(root.querySelector('main del')?.textContent).toBe('Deprecated')
    expect(hrefs(root)).toEqual(expect.arrayContaining(['http://www.example.com', 'https://example.com/docs']))
    expect(root.querySelector('main section.footnotes')).not.toBeNull()
  })

  it('links footnote references to their notes, in .md and .mdx pages', () => {
    for (const url of ['/engineering/code-style', '/engineering/callouts']) {
      const root = page(url)
      const ref = root.querySelector('main sup a[data-footnote-ref]')
      expect(ref, url).not.toBeNull()
      const id = ref!.getAttribute('href')!.slice(1)
      expect(root.getElementById(id)?.textContent, url).toMatch(/Because reviewers asked|An MDX footnote/)
    }
  })

  it('renders an .mdx page from outside the project with handbook components', () => {
    const root = page('/engineering/callouts')
    expect(root.querySelector('.callout-warning .callout-title')?.textContent).toBe('Careful')
    expect(root.querySelector('.callout-warning a')?.getAttribute('href')).toBe('/company/values#we-ship-small')
    expect(root.querySelector('.callout-note')?.textContent).toContain('A short note.')
    expect(mainText(root)).toContain('Braces need escaping in MDX: {like this}.')
    expect(root.querySelectorAll('h1')).toHaveLength(1)
  })

  it('turns GitHub alerts into callouts and honours a frontmatter slug', () => {
    const root = page('/guides/alerts')
    expect(root.querySelector('.callout-note')?.textContent).toContain('Notes stand out.')
    expect(root.querySelector('.callout-warning')?.textContent).toContain('Warnings stand out more.')
  })

  it('keeps Unicode file names in URLs and a page’s own language', () => {
    const root = page('/日本語/ようこそ')
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('ja')
    expect(root.querySelector('h2')?.getAttribute('id')).toBe('勤務時間')
    expect(page('/').querySelector('html')?.getAttribute('lang')).toBe('en')
  })

  it('shows the sidebar of the page’s folder with the current page marked, readable without JavaScript', () => {
    const root = page('/company/values')
    const nav = root.querySelector('nav.sidebar, nav[aria-label$="pages"]')
    expect(nav).not.toBeNull()
    const current = nav!.querySelector('a[aria-current="page"]')
    expect(current?.getAttribute('href')).toBe('/company/values')
  })

  it('ships one small script instead of the Gatsby runtime', () => {
    const root = page('/company/values')
    const scripts = root.querySelectorAll('script[src]').map((script) => script.getAttribute('src'))
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/^\/_handbook\/handbook-[\w-]+\.js$/)
    expect(site.page('/company/values')).not.toMatch(/app-[0-9a-f]+\.js|window\.___/)
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://handbook.acme.test/company/values')
  })
})
