/**
 * Heading ids, the same everywhere they are used: anchors in the page, the
 * table of contents, links checked by the build. Ids follow GitHub's slugs;
 * `## Title {#custom-id}` (Hugo, Docusaurus, VitePress) sets one explicitly, as
 * does an attribute list with an id (`## Title { #custom-id .class }`: MkDocs,
 * kramdown, Goldmark).
 */
import type { Heading, Root as MdastRoot, Text } from 'mdast'
import type { Node as UnistNode } from 'unist'
import type { Element, Root as HastRoot } from 'hast'
import { SKIP, visit } from '../common/visit'
import { toString as hastToString } from 'hast-util-to-string'
import type { HeadingInfo } from '../links/heading'
import { createHeadingSlugger } from '../links/slug'

// Where handbook.ts imports it from.

// Any id without spaces or braces, as markdown-it-attrs (Eleventy sites) reads `{#…}`: the 18F handbook has `{##ttsc-help-wanted-slack-channel}` and `{#18f-delivery-assurance-(aka-tlc-crew)}`, and links to them.
const CUSTOM_ID = /\s*\{#([^\s{}]+)\}\s*$/u

/** One attribute of a list: `#id`, `.class`, `key=value`. */
const ATTRIBUTE = String.raw`(?:[#.][^\s{}]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))`
/**
 * A whole attribute list, as MkDocs' attr_list, kramdown, Hugo's Goldmark and markdown-it-attrs read one after a
 * heading: `{ #id .class key=value }`, `{: #id }`. Its id is the heading's; classes and the rest are the old theme's.
 */
const ATTRIBUTE_LIST = new RegExp(String.raw`\s*\{:?\s*(${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)\s*\}\s*$`, 'u')

/** Moves a trailing `{#custom-id}` (or an attribute list with an id) from a Markdown heading's text to its id. */
export function applyCustomHeadingIds(tree: MdastRoot): void {
  // As a plain unist tree: with the directive node types in mdast (remark-directive), inferring every descendant type is too deep for tsc.
  visit(tree as UnistNode, 'heading', (node) => {
    const heading = node as Heading
    const last = heading.children[heading.children.length - 1]
    if (last?.type !== 'text') return
    const value = (last as Text).value
    const custom = CUSTOM_ID.exec(value)
    const list = custom ? undefined : ATTRIBUTE_LIST.exec(value)
    const id = custom ? custom[1] : /(?:^|\s)#([^\s{}]+)/.exec(list?.[1] ?? '')?.[1]
    const match = custom ?? list
    if (!match) return
    ;(last as Text).value = value.slice(0, match.index)
    if (id) heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties as object), id } }
  })
}

export function isHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName)
}

/** Headings meant for screen readers only (the footnotes label) stay out of the TOC and get no anchor. */
function isVisuallyHidden(node: Element): boolean {
  const classes = node.properties?.className
  return Array.isArray(classes) && classes.includes('sr-only')
}

function explicitId(node: Element): string | undefined {
  const existing = node.properties?.id
  return typeof existing === 'string' && existing !== '' ? existing : undefined
}

/**
 * Gives every heading without an id a GitHub-style one and lists them in order.
 * Ids the editor set (`{#id}`, raw `<h2 id>`) are kept exactly and collected
 * first, so an automatic id, before or after them, never takes the same one.
 */
export function assignHeadingIds(tree: HastRoot): HeadingInfo[] {
  const taken = new Set<string>()
  visit(tree, 'element', (node) => {
    if (!isHeading(node)) return
    const id = explicitId(node)
    if (id) taken.add(id)
  })
  const slugger = createHeadingSlugger()
  const headings: HeadingInfo[] = []
  visit(tree, 'element', (node) => {
    if (!isHeading(node)) return
    const text = hastToString(node).replace(/\s+/g, ' ').trim()
    let id = explicitId(node)
    if (id === undefined) {
      // The slugger numbers repeats itself (foo, foo-1, foo-2); asking again skips ids set explicitly.
      do id = slugger.slug(text)
      while (taken.has(id))
      taken.add(id)
    }
    node.properties = { ...node.properties, id }
    if (isVisuallyHidden(node)) return
    headings.push({ depth: Number(node.tagName.slice(1)), id, text, ...(node.position ? { line: node.position.start.line } : {}) })
  })
  return headings
}

/**
 * Adds a visible "#" link to each heading, outside the heading itself so the
 * heading's text (read by screen readers and the TOC) stays clean.
 */
export function addHeadingAnchors(tree: HastRoot): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!isHeading(node) || node.tagName === 'h1' || isVisuallyHidden(node) || !parent || index === null) return
    const id = String(node.properties?.id ?? '')
    if (!id) return
    const text = hastToString(node).replace(/\s+/g, ' ').trim()
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
      children: [
        node,
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}` },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] },
          ],
        },
      ],
    }
    parent.children[index] = wrapper
    return [SKIP, index + 1]
  })
}
