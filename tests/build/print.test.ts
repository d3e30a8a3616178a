/**
 * The print views of the reader-tools fixture (the build all of issue 32's
 * tests share): `/print` holds every page in the sidebar's reading order,
 * under a table of contents, with ids unique and links in the document;
 * `/print/handbook` the Handbook group; the group's page and the home page
 * link to them; search engines, the sitemap and search leave them out.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type FixtureSite } from '../support/fixture-site'
import { pageAnchor } from '../../src/content/features/print/print-document'

let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('reader-tools')
  if (site.build.code !== 0) console.error(site.build.output)
})

/** The pages a print view holds, by their headings' anchors, in order. */
const printedPages = (url: string) =>
  site
    .html(url)
    .querySelectorAll('.print-page > .print-page-title')
    .map((heading) => heading.id)

describe('print views', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
  })

  it('prints the whole handbook at /print in the reading order of its sidebar, each page once, under a table of contents', () => {
    const anchors = printedPages('/print')
    // The sidebar as the group's page draws it (open), its links in order; other parts of the fixture may add pages of their own.
    const sidebar = [
      ...new Set(
        site
          .html('/handbook')
          .querySelectorAll('.sidebar a[href]')
          .map((a) => a.getAttribute('href')!),
      ),
    ].map((url) => pageAnchor(url))
    for (const anchor of ['home', 'handbook', 'handbook-people', 'handbook-time-off', 'handbook-equipment']) expect(sidebar).toContain(anchor)
    expect(anchors.slice(0, sidebar.length)).toEqual(sidebar.filter((anchor) => anchors.includes(anchor)))
    expect(new Set(anchors).size).toBe(anchors.length)
    const toc = site
      .html('/print')
      .querySelectorAll('.print-toc a')
      .map((a) => a.getAttribute('href'))
    expect(toc).toEqual(anchors.map((anchor) => `#${anchor}`))
  })

  it('gives every id once and leads every in-document link to one of them', () => {
    for (const url of ['/print', '/print/handbook']) {
      const page = site.html(url)
      const ids = page.querySelectorAll('main [id]').map((element) => element.id)
      expect(new Set(ids).size, url).toBe(ids.length)
      expect(ids).toContain('handbook-people-hiring')
      expect(ids).toContain('handbook-time-off-sick-leave')
      const known = new Set(page.querySelectorAll('[id]').map((element) => element.id))
      const internal = page.querySelectorAll('.print-page a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1))
      expect(internal.length).toBeGreaterThan(3)
      for (const id of internal) expect(known, `${url} #${id}`).toContain(id)
    }
  })

  it('turns links between printed pages into in-document links, and keeps the rest', () => {
    const equipment = site.html('/print').querySelector('#handbook-equipment')!.parentNode
    const hrefs = equipment.querySelectorAll('a').map((a) => a.getAttribute('href'))
    expect(hrefs).toContain('#handbook-people-onboarding')
    expect(hrefs).toContain('#handbook-time-off-sick-leave')
    expect(hrefs).toContain('#handbook-time-off')
    expect(hrefs).toContain('https://supplies.example.org/catalogue')
    expect(hrefs.filter((href) => href?.startsWith('/'))).toEqual([])
    // Its own headings, one level down under the page's title.
    expect(equipment.querySelector('#handbook-equipment-setting-up')?.tagName).toBe('H3')
    expect(equipment.querySelector('details summary')?.text).toBe("How to install the company's tools")
  })

  it('prints an .mdx page in full, from the page Gatsby wrote, in the HTML and in the page data alike', () => {
    const goals = site.html('/print').querySelector('#handbook-goals')!.parentNode
    expect(goals.querySelector('.print-online-only')).toBeNull()
    expect(goals.querySelector('.callout')?.text).toContain("helps them read their team's OKR.")
    expect(goals.querySelector('#handbook-goals-checking-in')?.tagName).toBe('H3')
    expect(goals.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('#handbook-time-off-sick-leave')
    // The site's own navigation renders the view from its page data: the same document.
    const data = fs.readFileSync(path.join(site.publicDir, 'page-data/print/page-data.json'), 'utf8')
    expect(data).toContain('handbook-goals-checking-in')
    expect(data).not.toContain('print-online-only')
  })

  it('prints the Handbook group at /print/handbook: its page, then its pages, in the same order', () => {
    const whole = printedPages('/print')
    const group = printedPages('/print/handbook')
    expect(group[0]).toBe('handbook')
    expect(group).toEqual(whole.filter((anchor) => anchor.startsWith('handbook')))
    expect(group).toEqual(expect.arrayContaining(['handbook-people', 'handbook-time-off', 'handbook-equipment']))
    expect(site.html('/print/handbook').querySelector('h1')?.text).toBe('Print: Handbook')
  })

  it("links to the views from the group's page and the home page", () => {
    expect(site.html('/handbook').querySelector('a.print-link')?.getAttribute('href')).toBe('/print/handbook')
    expect(site.html('/handbook/people').querySelector('a.print-link')).toBeNull()
    expect(site.html('/').querySelector('.home-print a')?.getAttribute('href')).toBe('/print')
  })

  it('keeps the views out of search engines, the sitemap, search and llms-full.txt', () => {
    expect(site.html('/print').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    expect(site.html('/handbook').querySelector('meta[name="robots"]')).toBeNull()
    const sitemap = fs.readFileSync(path.join(site.publicDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('/handbook/people')
    expect(sitemap).not.toContain('/print')
    const llms = fs.readFileSync(path.join(site.publicDir, 'llms-full.txt'), 'utf8')
    expect(llms).toContain('We hire people who write well')
    expect(llms).not.toContain('Print: ')
    expect(site.exists('print.md')).toBe(false)
  })
})
