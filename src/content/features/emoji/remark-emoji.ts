/**
 * `:name:` → the emoji, by gemoji's names (GitHub's own list, the data
 * remark-gemoji reads), as remark-gemoji does, but never in the text of an
 * address written as its own link (`https://x.org/:tada:/` shows as
 * written, as it was typed): only text nodes, so never in code either.
 * Material for MkDocs' icons (`:material-check:`, `:fontawesome-brands-github:`,
 * `:octicons-mark-github-16:`) are drawn as their SVG (icons.ts), which goes
 * into the page as our directives' HTML does, trusted (directive-output.ts);
 * an icon that cannot be drawn stays as written, with a warning at its line.
 * Its attribute list's size and alignment (`{ .lg .middle }`, read by
 * attribute-lists.ts) are its classes. A page draws at most MAX_ICONS.
 */
import type { Element } from 'hast'
import type { HTML, Link, Parent, PhrasingContent, Root, Text } from 'mdast'
import { nameToEmoji } from 'gemoji'
import type { Node as UnistNode } from 'unist'
import type { VFile } from 'vfile'
import { SKIP, visit } from '../../common/visit'
import { directiveOutputNode, type DirectiveOutputNode } from '../../markdown/directive-output'
import { ICON_MARKER } from '../../markdown/attribute-lists'
import { ICON_NAME, drawIcon } from './icons'

const SHORTCODE = /:(\+1|[-\w]+):/g

/** How many icons a page draws: each is an SVG of up to 11 KB, and a pull request's page could name thousands. A real page has tens. */
export const MAX_ICONS = 500

/** The icons a page has drawn so far, and whether the limit was reported. */
interface IconCount {
  drawn: number
  reported: boolean
}

/** The text node's value with its emoji drawn, cut where an icon is drawn (each icon its own node). */
function piecesOf(text: Text, file: VFile, count: IconCount): PhrasingContent[] | string {
  const pieces: PhrasingContent[] = []
  let value = ''
  let at = 0
  for (const match of text.value.matchAll(SHORTCODE)) {
    const [written, name] = match as unknown as [string, string]
    value += text.value.slice(at, match.index)
    at = match.index! + written.length
    if (Object.hasOwn(nameToEmoji, name)) {
      value += nameToEmoji[name]!
      continue
    }
    const icon = ICON_NAME.test(name) ? drawIcon(name) : undefined
    if (icon && !('problem' in icon) && count.drawn >= MAX_ICONS) {
      if (!count.reported) {
        const message = file.message(`${written} and the icons after it are not drawn: a page draws at most ${MAX_ICONS} icons. Use fewer, or split the page`, text)
        message.ruleId = 'icon-limit'
        count.reported = true
      }
      value += written
      continue
    }
    if (icon && !('problem' in icon)) {
      count.drawn++
      if (value) pieces.push({ type: 'text', value })
      value = ''
      pieces.push(directiveOutputNode('text', [icon], text.position) as PhrasingContent)
      continue
    }
    if (icon) {
      const message = file.message(`${written} ${icon.problem}`, text)
      message.ruleId = 'icon-shortcode'
    }
    value += written
  }
  value += text.value.slice(at)
  if (pieces.length === 0) return value
  if (value) pieces.push({ type: 'text', value })
  return pieces
}

export function remarkEmoji() {
  return (tree: Root, file: VFile) => {
    const count: IconCount = { drawn: 0, reported: false }
    visit(tree as UnistNode, 'text', (node: UnistNode, index: number | null, parent: UnistNode | null) => {
      const text = node as Text
      if (!text.value.includes(':')) return
      // An autolink (`https://…` or `<https://…>`): its text is its address.
      if (parent?.type === 'link' && (parent as Link).url.includes(text.value)) return
      const pieces = piecesOf(text, file, count)
      if (typeof pieces === 'string') {
        text.value = pieces
        return
      }
      const siblings = (parent as Parent).children
      // An icon at the end of the text, then the marker its attribute list left: the icon takes the list's classes.
      const last = pieces[pieces.length - 1] as unknown as DirectiveOutputNode
      const marker = siblings[index! + 1]
      const classes = marker?.type === 'html' ? ICON_MARKER.exec((marker as HTML).value)?.[1] : undefined
      const removed = classes && last.type === 'handbookDirective' ? 2 : 1
      if (removed === 2) {
        const span = last.hast[0] as Element
        span.properties = { ...span.properties, className: ['content-icon', ...classes!.split(' ').map((name) => `icon-${name}`)] }
      }
      siblings.splice(index!, removed, ...pieces)
      return [SKIP, index! + pieces.length]
    })
  }
}
