/**
 * A company's own handbook folder with its handbook.yml: the title, logo
 * (and dark logo), header links, footer, favicon, social cards and accent
 * colour reach every page; the brand files are copied; a bad handbook.yml
 * stops the build at its line.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

const PREFIX = '/acme'
/** The fixture's title: 60 characters, as long as a company's may be (tests/e2e/header.test.ts checks the header fits it). */
const TITLE = 'The Acme Corporation Handbook: how we work together each day'
let site: FixtureSite
let mistakes: string
let built: BuildResult
let failed: BuildResult

beforeAll(async () => {
  site = await fixtureSite('brand', { env: { HANDBOOK_PATH_PREFIX: PREFIX } })
  built = site.build
  if (built.code !== 0) console.error(built.output)
  pages = { home: site.page('/'), guide: site.page('/guide') }
  copied = ['assets/acme-logo.svg', 'assets/acme-logo-dark.svg', 'assets/acme-icon.svg', 'assets/social-card.png', 'assets/guide-card.png'].filter((file) => site.exists(file))
  const broken = await fixtureSite('brand-mistakes')
  mistakes = broken.content
  failed = broken.build
})

let pages: { home: string; guide: string }
let copied: string[]

describe('a content folder with its own handbook.yml', () => {
  it('builds, with the file warning about the accent colour it had to darken', () => {
    expect(built.code).toBe(0)
    expect(built.output).toMatch(/handbook\.yml:8:14: warning: "accentColor" #ffd33d is too light/)
  })

  it('names the site with its title: header, <title>, og:site_name', () => {
    const home = parseHtml(pages.home)
    expect(home.querySelector('.site-title-text')?.textContent).toBe(TITLE)
    expect(home.querySelector('title')?.textContent).toBe(TITLE)
    expect(parseHtml(pages.guide).querySelector('title')?.textContent).toBe(`Guide · ${TITLE}`)
    expect(home.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(TITLE)
  })

  it('shows the logo and the dark logo in the header, sized, the title their accessible name', () => {
    const link = parseHtml(pages.home).querySelector('a.site-title')!
    const [light, dark] = link.querySelectorAll('img')
    expect(light?.getAttribute('src')).toBe(`${PREFIX}/assets/acme-logo.svg`)
    expect(light?.getAttribute('alt')).toBe('')
    expect([light?.getAttribute('width'), light?.getAttribute('height')]).toEqual(['96', '32'])
    expect(dark?.getAttribute('src')).toBe(`${PREFIX}/assets/acme-logo-dark.svg`)
    expect(link.getAttribute('href')).toBe(PREFIX)
  })

  it('lists the header links, an external one marked for screen readers, and again in the phone drawer', () => {
    for (const html of [pages.home, pages.guide]) {
      const root = parseHtml(html)
      const header = root.querySelectorAll('.site-header .header-links a')
      expect(header.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
        ['https://acme.test/careers', 'Careers (external site)'],
        [`${PREFIX}/guide`, 'Guide'],
      ])
      expect(root.querySelectorAll('[data-sidebar] .drawer-links a').map((a) => a.getAttribute('href'))).toEqual(['https://acme.test/careers', `${PREFIX}/guide`])
    }
  })

  it('renders the footer Markdown on every page, site links with the prefix', () => {
    for (const html of [pages.home, pages.guide]) {
      const footer = parseHtml(html).querySelector('footer.site-footer')!
      expect(footer.innerHTML).toBe(`<p>© Acme Inc. · <a href="mailto:handbook@acme.test">Contact us</a> · <a href="${PREFIX}/guide">Guide</a></p>`)
    }
  })

  it("links the favicon file and the social cards: the site default, and a page's own image", () => {
    const home = parseHtml(pages.home)
    const guide = parseHtml(pages.guide)
    expect(home.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(`${PREFIX}/assets/acme-icon.svg`)
    expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`https://handbook.acme.test${PREFIX}/assets/social-card.png`)
    expect(home.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(`https://handbook.acme.test${PREFIX}/assets/social-card.png`)
    expect(guide.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`https://handbook.acme.test${PREFIX}/assets/guide-card.png`)
  })

  it('copies the brand files and the page image to the site', () => {
    expect(copied).toHaveLength(5)
  })

  it('sets the accent custom properties, shaded for contrast, in both themes', () => {
    const style = parseHtml(pages.home).querySelector('style[data-accent]')?.textContent ?? ''
    expect(style).toContain('html:root{--accent:#8e6e00;')
    expect(style).toContain("html:root[data-theme='dark']{--accent:#ffd33d;")
  })

  it('never makes handbook.yml a page', () => {
    expect(fs.existsSync(path.join(site.publicDir, 'handbook'))).toBe(false)
    expect(fs.existsSync(path.join(site.publicDir, 'handbook.yml'))).toBe(false)
  })
})

describe('a bad handbook.yml', () => {
  it('stops the build at its file and line', () => {
    expect(failed.code).not.toBe(0)
    expect(failed.output).toContain(`${mistakes}/handbook.yml:6:11: error: link 1 of "headerLinks": href "careers" is neither a site path nor a full URL.`)
    expect(failed.output).toContain(`${mistakes}/handbook.yml:7:7: error: "logo": there is no file assets/missing.svg in the content folder.`)
  })
})
