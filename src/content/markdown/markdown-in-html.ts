/**
 * Markdown inside HTML blocks, as kramdown (Jekyll) and Python-Markdown's
 * md_in_html (MkDocs) read it: a block element opened with a `markdown`
 * attribute has its content read as Markdown, where CommonMark keeps it raw
 * up to the next blank line (`**bold**` shown with its stars, a list as
 * dashes).
 *
 *     <div class="note" markdown="1">      markdown, markdown="1", "block": the content's blocks
 *     - one                                 <p markdown="span">: its text only; p, h1-h6, li, dt, dd,
 *     </div>                                td, th, … read their content so by default (Python-Markdown's list)
 *                                           markdown="0": raw, as before
 *
 * The attribute itself is dropped. Runs on the parsed tree: the HTML node's
 * text after the opening tag (up to its closing tag, when the node holds it)
 * is parsed again and put in its place, at its own lines; what follows a
 * blank line inside the element is Markdown for CommonMark already.
 */
import type { Content, Parent, Root } from 'mdast'
import type { Node as UnistNode, Point } from 'unist'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from '../common/visit'

/** One attribute of an opening tag, from where the last one ended: its name and value (sticky, so each match moves on). */
const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y

/** The `markdown` attribute among an opening tag's attributes: where it is in them, and its value ('' when bare). */
function markdownAttribute(attributes: string): { from: number; to: number; value: string } | undefined {
  ATTRIBUTE.lastIndex = 0
  for (let from = 0, found = ATTRIBUTE.exec(attributes); found; from = ATTRIBUTE.lastIndex, found = ATTRIBUTE.exec(attributes)) {
    if (found[1]!.toLowerCase() === 'markdown') return { from, to: ATTRIBUTE.lastIndex, value: found[2] ?? found[3] ?? found[4] ?? '' }
  }
  return undefined
}

/** How far an opening tag is looked for: no real one is longer. */
const MAX_TAG_LENGTH = 10_000

/**
 * The opening tag at the start of `value`: its name, its attributes' text
 * and its length, up to its `>` outside quotes. Read by hand, in one pass:
 * a regular expression for it backtracked on a long run of blanks.
 */
function openingTag(value: string): { name: string; attributes: string; length: number } | undefined {
  const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(value)
  if (!name) return undefined
  let quote = ''
  for (let at = name[0].length; at < value.length && at < MAX_TAG_LENGTH; at++) {
    const char = value[at]!
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") quote = char
    else if (char === '>') return { name: name[1]!, attributes: value.slice(name[0].length, at), length: at + 1 }
    else if (char === '<') return undefined
  }
  return undefined
}

/** Elements whose content is text (Python-Markdown md_in_html's span tags): `markdown="1"` reads it as a paragraph's. */
const SPAN_TAGS = new Set(['address', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'p', 'summary', 'td', 'th'])
/** Nodes that hold text, not blocks: an HTML node in them is inline HTML. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'defListTerm'])

/** The element an opening tag makes, with its attributes as properties (parsed as a browser parses them; sanitized with the page). */
function elementOf(openTag: string, tag: string): Element | undefined {
  const parsed = fromHtml(`${openTag}</${tag}>`, { fragment: true }).children[0]
  return parsed?.type === 'element' ? parsed : undefined
}

/** The closing tag of `tag` that ends `text` (blanks after it aside), or undefined. */
function closingTagAtEnd(text: string, tag: string): string | undefined {
  const close = /<\/([A-Za-z][A-Za-z0-9-]*)[ \t\n]*>$/.exec(text.trimEnd().slice(-(tag.length + 100)))
  return close !== null && close[1]!.toLowerCase() === tag ? close[0] : undefined
}

/** How deep elements with the attribute are read inside each other. */
const MAX_DEPTH = 8

/** Whether the text may hold an element with a `markdown` attribute (a cheap test before the tree walk). */
export function mayHoldMarkdownInHtml(text: string): boolean {
  return /markdown/i.test(text)
}

/**
 * The elements kramdown's parse_block_html reads as Markdown (its HTML content
 * models, block and span); the others (a table's rows, lists, code) stay raw.
 */
const KRAMDOWN_PARSED_TAGS = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'fieldset', 'figure', 'figcaption', 'footer', 'form', 'header', 'hgroup', 'li', 'main', 'nav', 'section', 'td'],
  ...['caption', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'p', 'summary', 'th'],
])

/**
 * Reads the content of the tree's HTML blocks opened with a `markdown`
 * attribute as Markdown, with `parse` (the page's own parser). With
 * `everyBlock` (kramdown's parse_block_html), every HTML block's element is
 * read so, unless it says `markdown="0"` or holds raw text.
 */
export function applyMarkdownInHtml(tree: Root, parse: (text: string) => Root, everyBlock = false, depth = 0): void {
  const found: { parent: Parent; node: Content & { value: string } }[] = []
  visit(tree as UnistNode, (node, _index, parent) => {
    const holder = parent as Parent | null
    if (node.type === 'html' && holder && !PHRASING_PARENTS.has(holder.type)) found.push({ parent: holder, node: node as Content & { value: string } })
  })
  for (const { parent, node } of found) {
    const open = openingTag(node.value)
    if (!open) continue
    const tag = open.name.toLowerCase()
    const attribute = markdownAttribute(open.attributes)
    // The element's content, after its opening tag's line break, and its closing tag when that ends the node.
    const start = node.value[open.length] === '\n' ? open.length + 1 : open.length
    const body = node.value.slice(start).trimEnd()
    const close = closingTagAtEnd(body, tag)
    // Without the attribute (parse_block_html): an element kramdown reads, and only when the node holds the whole of it.
    if (!(attribute || (everyBlock && KRAMDOWN_PARSED_TAGS.has(tag) && close !== undefined))) continue
    const value = (attribute?.value || '1').toLowerCase()
    const openTag = attribute ? `<${open.name}${open.attributes.slice(0, attribute.from)}${open.attributes.slice(attribute.to)}>` : node.value.slice(0, open.length)
    const replacement: Content[] = []
    if (value === '0' || depth >= MAX_DEPTH) {
      replacement.push({ ...node, value: openTag + node.value.slice(open.length) } as Content)
    } else {
      const closed = close !== undefined
      const end = closed ? start + body.length - close.length : node.value.length
      const inner = parse(node.value.slice(start, end))
      if (node.position) shift(inner, node.position.start, node.value.slice(0, start))
      applyMarkdownInHtml(inner, parse, everyBlock, depth + 1)
      const span = value === 'span' || (value !== 'block' && SPAN_TAGS.has(tag))
      const only = inner.children.length === 1 ? inner.children[0] : undefined
      const opening: Content = { type: 'html', value: openTag, ...(node.position ? { position: node.position } : {}) }
      const closing: Content[] = closed ? [{ type: 'html', value: node.value.slice(end).trim() }] : []
      const element = span && only?.type === 'paragraph' && closed ? elementOf(openTag, tag) : undefined
      if (element) {
        // The element holds the paragraph's text as a paragraph holds it (raw tags around it would get line breaks: a space before a period).
        replacement.push({ ...only!, data: { hName: element.tagName, hProperties: element.properties ?? {} } } as Content)
      } else {
        replacement.push(opening, ...inner.children, ...closing)
      }
    }
    parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as Parent['children']))
  }
}

/** Moves the positions of a tree parsed from a part of a node's text to where that part is in the file. */
function shift(tree: Root, at: Point, before: string): void {
  const lines = before.split('\n').length - 1
  const offset = (at.offset ?? 0) + before.length
  visit(tree as UnistNode, (node) => {
    const position = node.position
    if (!position) return
    for (const point of [position.start, position.end]) {
      if (point.line === 1 && lines === 0) point.column += at.column - 1 + before.length
      point.line += at.line - 1 + lines
      if (point.offset !== undefined) point.offset += offset
    }
  })
}
