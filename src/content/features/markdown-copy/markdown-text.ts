/**
 * Text from content (titles, descriptions, sidebar labels, the site's name)
 * written into Markdown as text: `<script>`, `&amp;`, `*`, `[`… are escaped
 * so a Markdown reader shows them as written, like the HTML page does, and
 * never reads them as HTML, an entity or formatting. One line each: a line
 * break would end a heading or a list item.
 */
import type { PhrasingContent, Text } from 'mdast'
import { toMarkdown, type Options } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'

const OPTIONS: Options = { extensions: [gfmToMarkdown()] }

/** Runs of white space, line breaks included, as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export const textNode = (value: string): Text => ({ type: 'text', value: oneLine(value) })

/** `# Text` (depth 1 to 6), the text escaped. */
export function headingLine(depth: 1 | 2 | 3 | 4 | 5 | 6, text: string): string {
  return toMarkdown({ type: 'heading', depth, children: [textNode(text)] }, OPTIONS).trim()
}

/** Phrasing (text, links) as one line of Markdown. */
export function inlineMarkdown(children: PhrasingContent[]): string {
  return toMarkdown({ type: 'paragraph', children }, OPTIONS).trim()
}
