import { describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import { fromHtml } from 'hast-util-from-html'
import { printDocument, type PrintedPage } from '../../../../src/content/features/print/print-document'
import { fillMdxPages, hasMdxHoles } from '../../../../src/content/features/print/print-mdx'
import { messagesFor } from '../../../../src/shared/i18n'

const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '/docs', hrefPrefix: '/docs' }

const timeOff: PrintedPage = { url: '/handbook/time-off', title: 'Time off', format: 'md', html: '<h2 id="overview">Overview</h2><p>Set <a href="/docs/handbook/goals#checking-in">goals</a> first.</p>' }
const goals: PrintedPage = { url: '/handbook/goals', title: 'Goals', format: 'mdx', html: '' }
const tabs: PrintedPage = { url: '/handbook/tabs', title: 'Tabs', format: 'mdx', html: '' }
// What Gatsby wrote for the .mdx pages: their articles' bodies.
const built: Record<string, string> = {
  '/handbook/goals':
    '<h2 id="overview">Overview</h2><aside class="callout"><p>Read <a href="/docs/handbook/time-off#overview">time off</a> and <a href="/docs/handbook/tabs#one">tab one</a>.</p></aside><h2 id="checking-in">Checking in</h2>',
  '/handbook/tabs': '<h2 id="one">One</h2><p>See <a href="#one">above</a> and <a href="/docs/elsewhere">elsewhere</a>.</p>',
}
const bodyOf = (url: string) => (built[url] === undefined ? undefined : fromHtml(built[url]!, { fragment: true }))

describe('filling the .mdx pages of a print view after the build', () => {
  const made = printDocument([timeOff, goals, tabs], site)

  it('leaves a hole with a note for each .mdx page while the view is made', () => {
    expect(hasMdxHoles(made.html)).toBe(true)
    expect(parse(made.html).querySelectorAll('.print-mdx .print-online-only')).toHaveLength(2)
    expect(hasMdxHoles(printDocument([timeOff], site).html)).toBe(false)
  })

  const filled = fillMdxPages(made.html, bodyOf, site)
  const root = parse(filled.html)

  it("puts each page's article in its hole, as any page of the document: ids prefixed, headings one level down", () => {
    expect(filled.missing).toEqual([])
    expect(root.querySelectorAll('.print-online-only')).toHaveLength(0)
    expect(root.getElementById('handbook-goals-checking-in')?.tagName).toBe('H3')
    expect(root.getElementById('handbook-tabs-one')?.tagName).toBe('H3')
    expect(root.querySelector('#handbook-goals ~ .print-mdx aside.callout')).not.toBeNull()
    const ids = root.querySelectorAll('[id]').map((element) => element.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("makes the pages' links work in the document, between .mdx pages too", () => {
    const hrefs = root.querySelectorAll('.print-mdx a').map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['#handbook-time-off-overview', '#handbook-tabs-one', '#handbook-tabs-one', 'https://handbook.example.com/docs/elsewhere'])
    const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id))
    for (const href of root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')) if (href.startsWith('#')) expect(ids, href).toContain(href.slice(1))
  })

  it('keeps the note of a page Gatsby wrote no article for, and names it', () => {
    const partly = fillMdxPages(made.html, (url) => (url === '/handbook/tabs' ? undefined : bodyOf(url)), site)
    expect(partly.missing).toEqual(['/handbook/tabs'])
    expect(parse(partly.html).querySelectorAll('.print-online-only')).toHaveLength(1)
  })

  it('fills the view as made, so a second fill gives the same document', () => {
    expect(fillMdxPages(made.html, bodyOf, site).html).toBe(filled.html)
  })
})

describe('a print view in the handbook’s language', () => {
  it('words its contents and the note of an .mdx page in it', () => {
    const root = parse(printDocument([timeOff, goals], site, { messages: messagesFor('ja') }).html)
    expect(root.querySelector('#print-contents')?.text).toBe('目次')
    expect(root.querySelector('.print-online-only')?.text).toBe('このページには操作できる内容があります。オンラインで読んでください：https://handbook.example.com/docs/handbook/goals')
    expect(root.querySelector('.print-online-only a')?.getAttribute('href')).toBe('https://handbook.example.com/docs/handbook/goals')
  })
})
