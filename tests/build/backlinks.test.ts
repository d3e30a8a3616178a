/**
 * "Linked from" in a built site: a page linked from 12 pages shows 10 and
 * folds 2 in a static <details>; each entry names the section its link is
 * in; a page shows only the pages that link to it; the list's heading stays
 * out of the table of contents; generated pages show none; and after an
 * edit that adds a link, the linked page's list follows, and the rebuild
 * renders only the pages whose data changed and renames only the search
 * files whose contents changed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

const PREFIX = '/hb'
let site: FixtureSite
let first: BuildResult
let pages: Record<string, string>
let edited: BuildResult
let editedNote: string
/** The print view of the whole handbook, before and after the edit. */
let printBefore: string
let printAfter: string
/** The search index's files after the first build. */
let searchBefore: Set<string>
const searchFolder = () => path.join(site.publicDir, '_handbook', 'search')

const page = (url: string) => parseHtml(pages[url]!)
/** Each "Linked from" entry as [page title, section or '', href]. */
const entries = (root: ReturnType<typeof parseHtml>, selector = '.backlinks-list a') =>
  root.querySelectorAll(selector).map((a) => [a.querySelector('.backlink-page')!.text, a.querySelector('.backlink-section')?.text ?? '', a.getAttribute('href')])

beforeAll(async () => {
  site = await fixtureSite('backlinks', { editable: true, env: { HANDBOOK_PATH_PREFIX: PREFIX } })
  first = site.build
  if (first.code !== 0) console.error(first.output)
  pages = Object.fromEntries(['/guide/target', '/guide/reference', '/guide/lonely', '/guide/sections', '/notes/note-01', '/teams/core', '/people'].map((url) => [url, site.page(url)]))
  searchBefore = new Set(fs.readdirSync(searchFolder()))
  printBefore = site.page('/print')
  // Note 01 gains a link to Lonely: Lonely's text does not change, its list does.
  fs.appendFileSync(path.join(site.content, 'notes', 'note-01.md'), '\nAlso [lonely](../guide/lonely.md).\n')
  edited = await site.rebuild()
  editedNote = site.page('/guide/lonely')
  printAfter = site.page('/print')
})

afterAll(() => site?.dispose())

describe('Linked from', () => {
  it('builds without errors', () => {
    expect(first.code).toBe(0)
    expect(first.output).not.toMatch(/error:/)
  })

  it('shows the first 10 of 12 linking pages, by title, and the other 2 in a static <details>', () => {
    const root = page('/guide/target')
    const section = root.querySelector('main article section.backlinks')!
    expect(section.querySelector('h2')!.text).toBe('Linked from')
    const shown = section.querySelectorAll(':scope > .backlinks-list > li')
    expect(shown).toHaveLength(10)
    expect(entries(root, ':scope .backlinks > .backlinks-list a').map(([title]) => title)).toEqual([
      'Backlinks fixture',
      'Components in MDX',
      'Lonely',
      'Note 01',
      'Note 02',
      'Note 03',
      'Note 04',
      'Note 05',
      'Note 06',
      'Note 07',
    ])
    const details = section.querySelector('details.backlinks-more')!
    expect(details.hasAttribute('open')).toBe(false)
    expect(details.querySelector('summary')!.text).toBe('and 2 more')
    expect(entries(details)).toEqual([
      ['Note 08', 'Section 08', `${PREFIX}/notes/note-08#section-08`],
      ['Note 09', 'Section 09', `${PREFIX}/notes/note-09#section-09`],
    ])
    // No script is needed: production pages ship none but the site's islands.
    expect(pages['/guide/target']).not.toMatch(/<script[^>]*>[^<]*backlink/i)
  })

  it('names the section a link is in (h2/h3; an h4 belongs to the h3 above), one entry per section, and links to it', () => {
    expect(entries(page('/guide/reference'))).toEqual([
      ['Sections', '', `${PREFIX}/guide/sections`],
      ['Sections', 'Getting started', `${PREFIX}/guide/sections#getting-started`],
      ['Sections', 'Details', `${PREFIX}/guide/sections#details`],
    ])
    // The MDX page's link has its section too.
    expect(entries(page('/guide/target'))[1]).toEqual(['Components in MDX', 'From MDX', `${PREFIX}/guide/components#from-mdx`])
  })

  it('lists only the pages that link here: not the pages that link to the pages it links to', () => {
    expect(entries(page('/guide/lonely'))).toEqual([['Backlinks fixture', '', PREFIX]])
    // Nothing links to a note (the target's list is not the note's).
    expect(page('/notes/note-01').querySelector('.backlinks')).toBeNull()
    expect(pages['/notes/note-01']).not.toContain('Linked from')
    // Links to itself and to its own sections do not count.
    expect(entries(page('/guide/target')).map(([title]) => title)).not.toContain('Target')
  })

  it('keeps its heading out of the table of contents, with an id the page does not use', () => {
    const root = page('/guide/target')
    // The page has its own "Linked from" heading: the list's takes the next id.
    expect(root.querySelector('.markdown #linked-from')!.text).toBe('Linked from')
    expect(root.querySelector('.backlinks h2')!.getAttribute('id')).toBe('linked-from-1')
    expect(root.querySelector('.backlinks')!.getAttribute('aria-labelledby')).toBe('linked-from-1')
    const tocLinks = root.querySelectorAll('.toc a, .toc-mobile a').map((a) => a.getAttribute('href'))
    expect(tocLinks).not.toContain('#linked-from-1')
    expect(
      page('/guide/reference')
        .querySelectorAll('.toc a, .toc-mobile a')
        .map((a) => a.text),
    ).not.toContain('Linked from')
  })

  it('shows none on generated pages, even those the body of a page links to', () => {
    expect(page('/teams/core').querySelector('.backlinks')).toBeNull()
    expect(page('/people').querySelector('.backlinks')).toBeNull()
  })

  it('follows an edit: a page gains a link, the linked page lists it', () => {
    expect(edited.code).toBe(0)
    expect(entries(parseHtml(editedNote))).toEqual([
      ['Backlinks fixture', '', PREFIX],
      ['Note 01', 'Section 01', `${PREFIX}/notes/note-01#section-01`],
    ])
  })

  it('renames only the search files the edit changed: the others keep their names, which browsers have cached', () => {
    const after = fs.readdirSync(searchFolder())
    const renamed = after.filter((name) => !searchBefore.has(name))
    expect(renamed.length).toBeGreaterThan(0)
    expect(renamed.length).toBeLessThan(after.length / 4)
    // The manifest, whose name never changes, and the renamed files are all the build wrote there; the old names are gone.
    const line = /search index of \d+ pages, \d+ sections: (\d+) of (\d+) files rewritten/.exec(edited.output)
    expect(line, edited.output).not.toBeNull()
    expect(Number(line![1])).toBe(renamed.length + 1)
    expect(Number(line![2])).toBe(after.length)
    expect([...searchBefore].filter((name) => !after.includes(name))).toHaveLength(searchBefore.size + renamed.length - after.length)
  })

  it('renders the HTML of the pages whose data the edit changed, not of every page', () => {
    // Gatsby's count of the pages it rendered, done/to do: every page again whenever the HTML renderer's hash changes
    // (src/node/renderer-content-hash.ts, renderer-environment.ts).
    const rendered = /Building static HTML for pages - [\d.]+s - (\d+)\/(\d+)/.exec(edited.output)
    expect(rendered, edited.output).not.toBeNull()
    const all = site.pages().size
    expect(all).toBeGreaterThan(20)
    expect(Number(rendered![1])).toBeLessThan(all / 4)
    expect(Number(rendered![1])).toBeGreaterThanOrEqual(2)
  })

  it('prints the edited page as it is now: the print view, made after the build, is filled in again though Gatsby did not render it', () => {
    // The edited page's section in the view of the whole handbook, its new link made a link inside the document.
    const section = (html: string) => parseHtml(html).querySelector('.print-page[data-page="/notes/note-01"]')!
    const hrefs = (html: string) =>
      section(html)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
    expect(hrefs(printBefore)).not.toContain('#guide-lonely')
    expect(hrefs(printAfter)).toContain('#guide-lonely')
    expect(section(printAfter).text).toContain('Also lonely')
    // One document, filled once: the place Gatsby wrote holds it, nothing of the earlier fill is left.
    expect(printAfter.split('<!--print-document-->')).toHaveLength(2)
    expect(printAfter.match(/class="print-page"/g)?.length).toBe(printBefore.match(/class="print-page"/g)?.length)
    // Gatsby rendered the two pages whose data changed (the note, Lonely), not the view: its node holds no document.
    expect(/Building static HTML for pages - [\d.]+s - (\d+)\//.exec(edited.output)![1]).toBe('2')
  })
})
