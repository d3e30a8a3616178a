/**
 * The body of a print view: many pages' rendered HTML made one document to
 * print or save as PDF. Each page becomes a section under its own heading
 * (its anchor, from its URL), its ids prefixed with that anchor so two
 * pages' "Overview" headings stay apart, its headings one level down under
 * the page's, and its links made to work inside the document: a link to a
 * printed page (or one of its headings) becomes `#<page>` / `#<page>-<id>`,
 * a link to any other page of the site a full URL, which a printed sheet
 * can show. Pure: the pages' HTML is given, nothing is read.
 */
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { visit } from '../../common/visit'
import { withoutPathPrefix } from '../../../shared/path-prefix'
import { absoluteUrl } from '../../links/url'
import { messagesFor, type Messages } from '../../../shared/i18n'
import { messageNodes } from '../message-nodes'

/** A page as a print view takes it. */
export interface PrintedPage {
  url: string
  title: string
  /** Its rendered body, links already rewritten for the site (path prefix included); empty for an `.mdx` page. */
  html: string
  format: 'md' | 'mdx'
}

/** Where the site is: full URLs of pages a view does not hold, and the prefix the pages' links carry. */
export interface PrintSite {
  siteUrl: string
  pathPrefix: string
  /** The prefix written into the pages' links: the path prefix when building with it, else "". */
  hrefPrefix: string
}

export interface PrintDocument {
  html: string
  /** Every id the document gives: the pages' anchors first. */
  anchors: string[]
}

/** The anchor of a page in a print view, from its URL: `/handbook/people` → `handbook-people`, the home page `home`. */
export function pageAnchor(url: string): string {
  const slug = url
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'home'
}

/** Attributes that name ids of the same document (footnotes' aria-describedby, labels' for). */
const ID_REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'] as const

const HEADING = /^h([1-6])$/

/** A unique id: `wanted`, else `wanted-2`, `wanted-3`… */
export function claim(used: Set<string>, wanted: string): string {
  let id = wanted
  for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`
  used.add(id)
  return id
}

/** A printed page in a print view: its tree, its anchor and its ids there. */
export interface Section {
  page: PrintedPage
  anchor: string
  tree: Root
  /** The page's own ids → the document's. */
  ids: Map<string, string>
}

/** The path, query and fragment of a site link, without the prefix its href carries. */
function splitSiteHref(href: string, hrefPrefix: string): { path: string; rest: string; fragment?: string } {
  const local = hrefPrefix ? withoutPathPrefix(hrefPrefix, href) : href
  const hash = local.indexOf('#')
  const beforeHash = hash < 0 ? local : local.slice(0, hash)
  const fragment = hash < 0 ? undefined : local.slice(hash + 1)
  const query = beforeHash.indexOf('?')
  const path = query < 0 ? beforeHash : beforeHash.slice(0, query)
  return { path: path.replace(/(.)\/+$/, '$1'), rest: local.slice(path.length), ...(fragment !== undefined ? { fragment } : {}) }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** One page's links made to work in the document. */
export function rewriteSectionLinks(section: Section, byUrl: ReadonlyMap<string, Section>, site: PrintSite): void {
  const inDocument = (target: Section, fragment: string | undefined) => `#${(fragment && (target.ids.get(fragment) ?? target.ids.get(decoded(fragment)))) || target.anchor}`
  visit(section.tree, 'element', (node) => {
    const props = node.properties ?? {}
    for (const name of ID_REFERENCES) {
      const value = props[name]
      if (Array.isArray(value)) props[name] = value.map((id) => section.ids.get(String(id)) ?? id)
      else if (typeof value === 'string')
        props[name] = value
          .split(/\s+/)
          .map((id) => section.ids.get(id) ?? id)
          .join(' ')
    }
    if (node.tagName !== 'a' || typeof props.href !== 'string') return
    const href = props.href
    if (href.startsWith('#')) {
      props.href = inDocument(section, href.slice(1))
      return
    }
    if (!href.startsWith('/') || href.startsWith('//')) return
    const { path, rest, fragment } = splitSiteHref(href, site.hrefPrefix)
    const target = byUrl.get(path) ?? byUrl.get(decoded(path))
    // A page outside the view: its full address, which a printed page can show and a PDF reader can open.
    props.href = target ? inDocument(target, fragment) : `${absoluteUrl(site.siteUrl, site.pathPrefix, decoded(path))}${rest}`
  })
}

/** A page's HTML as a tree of its own, which the caller may change. */
export type ParseBody = (page: PrintedPage) => Root

const parseBody: ParseBody = (page) => fromHtml(page.html, { fragment: true })

/** A page's tree with ids prefixed (recorded in `ids`) and headings one level down. */
export function sectionOf(page: PrintedPage, anchor: string, used: Set<string>, parse: ParseBody): Section {
  const tree = parse(page)
  const ids = new Map<string, string>()
  visit(tree, 'element', (node) => {
    const props = node.properties ?? {}
    if (typeof props.id === 'string' && props.id) {
      const id = claim(used, `${anchor}-${props.id}`)
      if (!ids.has(props.id)) ids.set(props.id, id)
      props.id = id
    }
    const level = HEADING.exec(node.tagName)?.[1]
    // Under the page's own heading (h2): its h2 becomes h3; an h1 in its body (its title written there) too.
    if (level) node.tagName = `h${Math.min(6, Math.max(3, Number(level) + 1))}`
  })
  return { page, anchor, tree, ids }
}

/** The class of the place an `.mdx` page's body takes in a print view, filled after the build (print-mdx.ts). */
export const MDX_HOLE_CLASS = 'print-mdx'

/**
 * The place of an `.mdx` page, whose body is compiled by the site's build
 * and not part of the handbook's HTML here: filled from the page Gatsby
 * wrote after the build (print-mdx.ts); until then (develop) a note.
 */
function mdxHole(page: PrintedPage, site: PrintSite, messages: Messages): ElementContent {
  const url = absoluteUrl(site.siteUrl, site.pathPrefix, page.url)
  return h('div', { className: [MDX_HOLE_CLASS] }, [h('p', { className: ['print-online-only'] }, messageNodes(messages, 'printOnlineOnly', { link: h('a', { href: url }, url) }))])
}

/**
 * The print document of these pages, in this order: a table of contents,
 * then each page under its title (an h2 with the page's anchor), in the
 * words of `messages` (the handbook's language). `parse` gives each page's tree (a copy of one parsed once, when a page is in
 * several views).
 */
export function printDocument(pages: readonly PrintedPage[], site: PrintSite, { parse = parseBody, messages = messagesFor('en') }: { parse?: ParseBody; messages?: Messages } = {}): PrintDocument {
  const used = new Set<string>(['print-contents'])
  const anchors = pages.map((page) => claim(used, pageAnchor(page.url)))
  const sections = pages.map((page, i) => sectionOf(page, anchors[i]!, used, parse))
  const byUrl = new Map(sections.map((section) => [section.page.url, section]))
  for (const section of sections) rewriteSectionLinks(section, byUrl, site)
  const toc = h('nav', { className: ['print-toc'], ariaLabelledBy: 'print-contents' }, [
    h('h2', { id: 'print-contents' }, messages.text('printContents')),
    h(
      'ol',
      sections.map((section) => h('li', [h('a', { href: `#${section.anchor}` }, section.page.title)])),
    ),
  ])
  const body: Element[] = sections.map((section) =>
    h('section', { className: ['print-page'], ariaLabelledBy: section.anchor, dataPage: section.page.url }, [
      h('h2', { className: ['print-page-title'], id: section.anchor }, section.page.title),
      h('p', { className: ['print-page-url'] }, absoluteUrl(site.siteUrl, site.pathPrefix, section.page.url)),
      ...(section.page.format === 'mdx' && !section.page.html ? [mdxHole(section.page, site, messages)] : (section.tree.children as ElementContent[])),
    ]),
  )
  const root: Root = { type: 'root', children: [toc, ...body] }
  return { html: toHtml(root), anchors: [...anchors, ...sections.flatMap((section) => [...section.ids.values()])] }
}
