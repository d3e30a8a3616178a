/**
 * A page's rendered HTML cut at the tags a print view changes: start tags
 * with an id, a link or a reference to an id, and headings (start and end),
 * with everything between them kept as written. A print view rewrites those
 * tags only (print-document.ts), so a page in several views is cut once and
 * never parsed into a tree and written out again: on 1,000 generated pages
 * parsing and re-serialising took 3.1 s of every build, a rebuild after a
 * one-page edit included.
 *
 * The input is HTML our renderer wrote (hast-util-to-html): quoted
 * attributes, `<` escaped in text, raw text only in `<script>` and
 * `<style>`. Raw HTML a page passed through is read by the same rules as a
 * browser's tokenizer for start tags, end tags, comments and CDATA; a `<`
 * that starts none of them is text.
 */
import { parseEntities } from 'parse-entities'
import { stringifyEntities } from 'stringify-entities'

export interface MarkupAttribute {
  /** As written, lower-cased. */
  name: string
  /** The attribute as written, with the white space before it. */
  raw: string
  /** Its value, character references decoded; undefined when written without one. */
  value: string | undefined
}

export interface MarkupTag {
  /** As written, lower-cased. */
  name: string
  closing: boolean
  attributes: MarkupAttribute[]
  /** What closes the tag as written: `>` or `/>`, with any white space before it. */
  end: string
}

/** Text kept as written, and the tags a print view may change, in document order. */
export type Markup = readonly (string | MarkupTag)[]

const HEADING = /^h[1-6]$/
/** Attributes whose value a print view rewrites: ids, links, and references to ids. */
export const WATCHED_ATTRIBUTES = new Set(['id', 'href', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'for', 'headers'])
const RAW_TEXT = new Set(['script', 'style'])

const TAG_NAME = /[A-Za-z][^\t\n\f\r />]*/y
const ATTRIBUTE = /([\t\n\f\r ]*)([^\t\n\f\r />"'<=][^\t\n\f\r />"'<=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*("[^"]*"|'[^']*'|[^\t\n\f\r >"'<=`]+))?/y
const TAG_END = /[\t\n\f\r ]*\/?>/y
const END_TAG = /<\/([A-Za-z][^\t\n\f\r />]*)[\t\n\f\r ]*>/y

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at
  return pattern.exec(text)
}

function decoded(value: string): string {
  return value.includes('&') ? parseEntities(value, { attribute: true }) : value
}

/** The start tag at `at` (a `<` followed by a letter), or undefined when none can be read there. */
function startTag(html: string, at: number): { tag: MarkupTag; next: number } | undefined {
  const name = matchAt(TAG_NAME, html, at + 1)
  if (!name) return undefined
  let next = at + 1 + name[0].length
  const attributes: MarkupAttribute[] = []
  // White space parts attributes, except after a quoted value (`a="1"b="2"`, which browsers read as two).
  let quotedLast = false
  for (let attribute = matchAt(ATTRIBUTE, html, next); attribute && (attribute[1]!.length > 0 || quotedLast); attribute = matchAt(ATTRIBUTE, html, next)) {
    const quoted = attribute[3]
    quotedLast = quoted !== undefined && (quoted.startsWith('"') || quoted.startsWith("'"))
    const value = quoted === undefined ? undefined : quoted.startsWith('"') || quoted.startsWith("'") ? quoted.slice(1, -1) : quoted
    attributes.push({ name: attribute[2]!.toLowerCase(), raw: attribute[0], value: value === undefined ? undefined : decoded(value) })
    next += attribute[0].length
  }
  const end = matchAt(TAG_END, html, next)
  if (!end) return undefined
  return { tag: { name: name[0].toLowerCase(), closing: false, attributes, end: end[0] }, next: next + end[0].length }
}

/** Where the construct starting with `<!` or `<?` at `at` ends. */
function skipMarkupDeclaration(html: string, at: number): number {
  const [open, close] = html.startsWith('<!--', at) ? ['<!--', '-->'] : html.startsWith('<![CDATA[', at) ? ['<![CDATA[', ']]>'] : ['<', '>']
  const end = html.indexOf(close, at + open.length)
  return end < 0 ? html.length : end + close.length
}

/** The page's HTML as text and the tags a print view may change. */
export function cutMarkup(html: string): Markup {
  const pieces: (string | MarkupTag)[] = []
  let kept = 0
  let at = html.indexOf('<')
  const keep = (tag: MarkupTag, start: number, next: number) => {
    if (start > kept) pieces.push(html.slice(kept, start))
    pieces.push(tag)
    kept = next
  }
  while (at >= 0 && at < html.length) {
    const second = html.charCodeAt(at + 1)
    let next = at + 1
    if (second === 47 /* / */) {
      const end = matchAt(END_TAG, html, at)
      if (end) {
        next = at + end[0].length
        const name = end[1]!.toLowerCase()
        if (HEADING.test(name)) keep({ name, closing: true, attributes: [], end: '>' }, at, next)
      }
    } else if (second === 33 /* ! */ || second === 63 /* ? */) {
      next = skipMarkupDeclaration(html, at)
    } else {
      const read = startTag(html, at)
      if (read) {
        next = read.next
        const { tag } = read
        if (HEADING.test(tag.name) || tag.attributes.some((attribute) => WATCHED_ATTRIBUTES.has(attribute.name))) keep(tag, at, next)
        if (RAW_TEXT.has(tag.name)) {
          // Its text runs to its end tag, whatever it holds (CSS's `a > b`, a script's `<`).
          const close = new RegExp(`</${tag.name}[\\t\\n\\f\\r />]`, 'gi')
          close.lastIndex = next
          next = close.exec(html)?.index ?? html.length
        }
      }
    }
    at = html.indexOf('<', next)
  }
  if (kept < html.length) pieces.push(html.slice(kept))
  return pieces
}

/** The characters escaped in a written attribute value, and a test for any of them. */
const ESCAPED = ['\0', '"', '&', "'", '`']
const NEEDS_ESCAPE = /[\0"&'`]/

/** An attribute as hast-util-to-html writes it: double quotes, and the characters a double-quoted value may not hold as references. */
export function writeAttribute(name: string, value: string): string {
  // Most values (ids, paths) hold none of those: written as they are, without the escaper's pass.
  const escaped = NEEDS_ESCAPE.test(value) ? stringifyEntities(value, { subset: ESCAPED, attribute: true }) : value
  return ` ${name}="${escaped}"`
}
