/**
 * `:name:` → the emoji, by gemoji's names (GitHub's own list, the data
 * remark-gemoji reads), as remark-gemoji does, but never in the text of an
 * address written as its own link (`https://x.org/:tada:/` shows as
 * written, as it was typed): only text nodes, so never in code either.
 * Material for MkDocs' icons (`:material-check:`, `:fontawesome-brands-github:`,
 * `:octicons-mark-github-16:`, `:simple-python:`) are no emoji: they stay as
 * written, with a warning at their line, as the icon is not drawn here.
 */
import type { Link, Root, Text } from 'mdast'
import { nameToEmoji } from 'gemoji'
import type { Node as UnistNode } from 'unist'
import type { VFile } from 'vfile'
import { visit } from '../../common/visit'

const SHORTCODE = /:(\+1|[-\w]+):/g

/** The names Material for MkDocs gives its bundled icon sets' icons. */
const ICON = /^(?:material|fontawesome|octicons|simple)-[a-z0-9-]+$/

function emojiIn(value: string, icons: string[]): string {
  return value.replace(SHORTCODE, (written, name: string) => {
    if (Object.hasOwn(nameToEmoji, name)) return nameToEmoji[name]!
    if (ICON.test(name)) icons.push(written)
    return written
  })
}

export function remarkEmoji() {
  return (tree: Root, file: VFile) => {
    visit(tree as UnistNode, 'text', (node: UnistNode, _index: number | null, parent: UnistNode | null) => {
      const text = node as Text
      if (!text.value.includes(':')) return
      // An autolink (`https://…` or `<https://…>`): its text is its address.
      if (parent?.type === 'link' && (parent as Link).url.includes(text.value)) return
      const icons: string[] = []
      text.value = emojiIn(text.value, icons)
      for (const icon of icons) {
        const message = file.message(`${icon} is an icon of Material for MkDocs, which is not drawn here: it shows as written. Write an emoji instead (:white_check_mark:, :rocket:), or remove it`, node)
        message.ruleId = 'icon-shortcode'
      }
    })
  }
}
