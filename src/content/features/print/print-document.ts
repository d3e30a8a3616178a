/**
 * The body of a print view: many pages' rendered HTML made one document to
 * print or save as PDF. Each page becomes a section under its own heading
 * (its anchor, from its URL), its ids prefixed with that anchor so two
 * pages' "Overview" headings stay apart, its headings one level down under
 * the page's, and its links made to work inside the document: a link to a
 * printed page (or one of its headings) becomes `#<page>` / `#<page>-<id>`,
 * a link to any other page of the site a full URL, which a printed sheet
 * can show. Pure: the pages' HTML is given, nothing is read.
 *
 * The pages' HTML is rewritten where a view changes it, as cut once
 * (./section-markup.ts); the same rules on a tree (sectionOf,
 * rewriteSectionLinks) serve `.mdx` pages filled in after the build
 * (./print-mdx.ts).
 */
import type { ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { visit } from '../../common/visit'
import { withoutPathPrefix } from '../../../shared/path-prefix'
import { absoluteUrl } from '../../links/url'
import { messagesFor, type Messages } from '../../../shared/i18n'
import { messageNodes } from '../message-nodes'
import { cutMarkup, writeAttribute, WATCHED_ATTRIBUTES, type Markup } from './section-markup'

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

/** A page's ids in the document: its anchor, and its own ids → the document's. */
export type SectionIds = Pick<Section, 'anchor' | 'ids'>

/** Where a link of `section` leads in the document: a printed page (or one of its ids) in it, any other page of the site by its full URL. */
export function printedHref(href: string, section: SectionIds, byUrl: ReadonlyMap<string, SectionIds>, site: PrintSite): string {
  const inDocument = (target: SectionIds, fragment: string | undefined) => `#${(fragment && (target.ids.get(fragment) ?? target.ids.get(decoded(fragment)))) || target.anchor}`
  if (href.startsWith('#')) return inDocument(section, href.slice(1))
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const { path, rest, fragment } = splitSiteHref(href, site.hrefPrefix)
  const target = byUrl.get(path) ?? byUrl.get(decoded(path))
  // A page outside the view: its full address, which a printed page can show and a PDF reader can open.
  return target ? inDocument(target, fragment) : `${absoluteUrl(site.siteUrl, site.pathPrefix, decoded(path))}${rest}`
}

/** A heading's new tag under its page's own title (an h2): one level down, and never above h3 (a page's h1, its title written there, too). */
export function printedHeading(tagName: string): string | undefined {
  const level = HEADING.exec(tagName)?.[1]
  return level ? `h${Math.min(6, Math.max(3, Number(level) + 1))}` : undefined
}

/** One page's links made to work in the document. */
export function rewriteSectionLinks(section: Section, byUrl: ReadonlyMap<string, SectionIds>, site: PrintSite): void {
  visit(section.tree, 'element', (node) => {
    const props = node.properties ?? {}
    for (const name of ID_REFERENCES) {
      const value = props[name]
      if (Array.isArray(value)) props[name] = value.map((id) => section.ids.get(String(id)) ?? id)
      else if (typeof value === 'string') props[name] = documentIds(value.split(/\s+/), section)
    }
    if (node.tagName === 'a' && typeof props.href === 'string') props.href = printedHref(props.href, section, byUrl, site)
  })
}

/** A page's HTML as a tree of its own, which the caller may change. */
export type ParseBody = (page: PrintedPage) => Root

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
    node.tagName = printedHeading(node.tagName) ?? node.tagName
  })
  return { page, anchor, tree, ids }
}

/** A page in a print view as its cut HTML (section-markup.ts): the document's id of each id it gives, in order, and its ids by their own. */
interface MarkupSection extends SectionIds {
  page: PrintedPage
  markup: Markup
  given: string[]
}

/** A page's HTML cut at the tags a view changes (a page in several views is cut once). */
export type CutBody = (page: PrintedPage) => Markup

const cutBody: CutBody = (page) => cutMarkup(page.html)

function markupSection(page: PrintedPage, anchor: string, used: Set<string>, markup: Markup): MarkupSection {
  const ids = new Map<string, string>()
  const given: string[] = []
  for (const piece of markup) {
    if (typeof piece === 'string' || piece.closing) continue
    const own = piece.attributes.find((attribute) => attribute.name === 'id')?.value
    if (!own) continue
    const id = claim(used, `${anchor}-${own}`)
    if (!ids.has(own)) ids.set(own, id)
    given.push(id)
  }
  return { page, anchor, markup, ids, given }
}

/** Ids made the document's. */
function documentIds(ids: readonly string[], section: SectionIds): string {
  return ids.map((id) => section.ids.get(id) ?? id).join(' ')
}

/** An attribute's ids made the document's, read as hast reads it: `for` as one value split at white space, the others (`aria-describedby`, `headers`…) as a trimmed list. */
function referencedIds(name: string, value: string, section: SectionIds): string {
  if (name === 'for') return documentIds(value.split(/\s+/), section)
  const trimmed = value.trim()
  return trimmed ? documentIds(trimmed.split(/[ \t\n\r\f]+/), section) : ''
}

/** The section's HTML in the document: its ids, links and references to ids rewritten, its headings one level down, all else as written. */
function writeSection(section: MarkupSection, byUrl: ReadonlyMap<string, SectionIds>, site: PrintSite): string {
  let html = ''
  let given = 0
  for (const piece of section.markup) {
    if (typeof piece === 'string') {
      html += piece
      continue
    }
    const name = printedHeading(piece.name) ?? piece.name
    if (piece.closing) {
      html += `</${name}>`
      continue
    }
    html += `<${name}`
    const seen = new Set<string>()
    for (const attribute of piece.attributes) {
      // A repeated attribute is dropped, as the browser drops it.
      if (seen.has(attribute.name)) continue
      seen.add(attribute.name)
      const { value } = attribute
      if (!WATCHED_ATTRIBUTES.has(attribute.name) || value === undefined) html += attribute.raw
      else if (attribute.name === 'id') html += value ? writeAttribute('id', section.given[given++]!) : attribute.raw
      else if (attribute.name === 'href') html += piece.name === 'a' ? writeAttribute('href', printedHref(value, section, byUrl, site)) : attribute.raw
      else html += writeAttribute(attribute.name, referencedIds(attribute.name, value, section))
    }
    html += piece.end
  }
  return html
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

/** The pages of a print view as its document gives them: each page's anchor and ids, in the order the document gives them. */
interface PrintSections {
  /** Every id the document gives: the pages' anchors first. */
  anchors: string[]
  sections: MarkupSection[]
}

/** The id of a print view's table of contents, taken before any page's. */
const TOC_ID = 'print-contents'

function printSections(pages: readonly PrintedPage[], cut: CutBody): PrintSections {
  const used = new Set<string>([TOC_ID])
  const anchors = pages.map((page) => claim(used, pageAnchor(page.url)))
  const sections = pages.map((page, i) => markupSection(page, anchors[i]!, used, cut(page)))
  return { anchors: [...anchors, ...sections.flatMap((section) => [...section.ids.values()])], sections }
}

/**
 * The ids the print document of these pages gives (`PrintDocument.anchors`),
 * without writing it: what the checks need of a view whose document is made
 * after the build (print-pages.ts).
 */
export function printAnchors(pages: readonly PrintedPage[], { cut = cutBody }: { cut?: CutBody } = {}): string[] {
  return printSections(pages, cut).anchors
}

/**
 * The print document of these pages, in this order: a table of contents,
 * then each page under its title (an h2 with the page's anchor), in the
 * words of `messages` (the handbook's language). `cut` gives each page's
 * cut HTML (section-markup.ts; one cut once, when a page is in several views).
 */
export function printDocument(pages: readonly PrintedPage[], site: PrintSite, { cut = cutBody, messages = messagesFor('en') }: { cut?: CutBody; messages?: Messages } = {}): PrintDocument {
  const { anchors, sections } = printSections(pages, cut)
  const byUrl = new Map(sections.map((section) => [section.page.url, section]))
  const toc = h('nav', { className: ['print-toc'], ariaLabelledBy: TOC_ID }, [
    h('h2', { id: TOC_ID }, messages.text('printContents')),
    h(
      'ol',
      sections.map((section) => h('li', [h('a', { href: `#${section.anchor}` }, section.page.title)])),
    ),
  ])
  const body = sections.map((section) => {
    const mdx = section.page.format === 'mdx' && !section.page.html
    const wrapper = toHtml(
      h('section', { className: ['print-page'], ariaLabelledBy: section.anchor, dataPage: section.page.url }, [
        h('h2', { className: ['print-page-title'], id: section.anchor }, section.page.title),
        h('p', { className: ['print-page-url'] }, absoluteUrl(site.siteUrl, site.pathPrefix, section.page.url)),
        ...(mdx ? [mdxHole(section.page, site, messages)] : []),
      ]),
    )
    // The page's own HTML goes in as written, before the section's end tag.
    return mdx ? wrapper : `${wrapper.slice(0, -'</section>'.length)}${writeSection(section, byUrl, site)}</section>`
  })
  return { html: toHtml(toc) + body.join(''), anchors }
}
