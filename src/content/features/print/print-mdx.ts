/**
 * The `.mdx` pages of a print view, filled in after the build. Their bodies
 * are compiled by gatsby-plugin-mdx, so when the view is made (before
 * Gatsby runs) each is a hole with a note; once Gatsby has written the pages
 * the hole gets the page's article, made part of the document like any page
 * (ids prefixed, headings one level down, links made to work in it). The
 * view's HTML as made is the input, never the built file, so a rebuild
 * fills it again from the pages as they are now.
 */
import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { visit } from '../../common/visit'
import { classesOf } from '../../publish/built-page'
import { MDX_HOLE_CLASS, rewriteSectionLinks, sectionOf, type PrintSite, type Section } from './print-document'

/** Where a print view's document starts and ends in the page Gatsby writes: what a fill replaces. */
export const PRINT_DOCUMENT_START = '<!--print-document-->'
export const PRINT_DOCUMENT_END = '<!--/print-document-->'

/** A print view's document between its markers, as published. */
export function markedDocument(html: string): string {
  return `${PRINT_DOCUMENT_START}${html}${PRINT_DOCUMENT_END}`
}

/** Whether a print view's HTML has `.mdx` pages to fill. */
export function hasMdxHoles(html: string): boolean {
  return html.includes(`class="${MDX_HOLE_CLASS}"`)
}

export interface FilledDocument {
  /** The document, without its markers. */
  html: string
  /** Pages whose body was not found in what Gatsby wrote: their notes stay. */
  missing: string[]
  /** How many pages' bodies were filled in. */
  filled: number
}

const stringProp = (node: Element, name: string): string | undefined => {
  const value = node.properties?.[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * The document of a print view (the `html` between its markers, as made)
 * with each `.mdx` page's hole filled with `bodyOf(url)`: the article of the
 * page Gatsby wrote (a tree the fill may change).
 */
export function fillMdxPages(html: string, bodyOf: (url: string) => Root | undefined, site: PrintSite): FilledDocument {
  const tree = fromHtml(html, { fragment: true })
  const used = new Set<string>()
  const sections = new Map<string, Section>()
  const holes: Array<{ hole: Element; url: string; anchor: string }> = []
  visit(tree, 'element', (node) => {
    const id = stringProp(node, 'id')
    if (id) used.add(id)
    if (node.tagName !== 'section' || !classesOf(node).includes('print-page')) return
    const url = stringProp(node, 'dataPage')
    const title = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2')
    const anchor = title && stringProp(title, 'id')
    if (!url || !anchor) return
    // The page's ids in the document, by its own: `<anchor>-<id>` (sectionOf).
    const ids = new Map<string, string>()
    visit(node, 'element', (inner) => {
      const innerId = stringProp(inner, 'id')
      if (innerId?.startsWith(`${anchor}-`)) ids.set(innerId.slice(anchor.length + 1), innerId)
    })
    sections.set(url, { page: { url, title: '', html: '', format: 'md' }, anchor, tree: { type: 'root', children: [] }, ids })
    const hole = node.children.find((child): child is Element => child.type === 'element' && classesOf(child).includes(MDX_HOLE_CLASS))
    if (hole) holes.push({ hole, url, anchor })
  })
  const missing: string[] = []
  const filled: Array<{ hole: Element; section: Section }> = []
  for (const { hole, url, anchor } of holes) {
    const body = bodyOf(url)
    if (!body) {
      missing.push(url)
      continue
    }
    const section = sectionOf({ url, title: '', html: '', format: 'mdx' }, anchor, used, () => body)
    sections.set(url, section)
    filled.push({ hole, section })
  }
  // Links once every page's ids are known: an .mdx page may link to another's heading.
  for (const { hole, section } of filled) {
    rewriteSectionLinks(section, sections, site)
    hole.children = section.tree.children as ElementContent[]
  }
  return { html: toHtml(tree), missing, filled: filled.length }
}
