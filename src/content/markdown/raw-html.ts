/**
 * A page's raw HTML (its HTML blocks and inline tags, `raw` nodes once the
 * Markdown tree is an HTML tree) read into elements. hast-util-raw does it by
 * passing the whole tree through an HTML parser (parse5), a fifth of the step
 * from Markdown tree to HTML; most pages hold no raw HTML (189 of the 237 of
 * a real handbook), and their tree is left as mdast-util-to-hast made it.
 * Their HTML is the same but for what the parser's round trip did to it: a
 * boolean attribute is written `data-footnote-ref`, not `data-footnote-ref=""`,
 * and a table's line breaks stay inside it instead of being moved before it.
 */
import type { Root } from 'hast'
import { raw } from 'hast-util-raw'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { EXIT, visit } from '../common/visit'

/** Whether the tree holds raw HTML. */
export function holdsRawHtml(tree: Root): boolean {
  let found = false
  visit(tree as Node, 'raw', () => {
    found = true
    return EXIT
  })
  return found
}

/** The tree with its raw HTML read (hast-util-raw); a tree with none, as it is. */
export function withRawHtmlRead(tree: Root, file: VFile): Root {
  return holdsRawHtml(tree) ? (raw(tree, file) as Root) : tree
}
