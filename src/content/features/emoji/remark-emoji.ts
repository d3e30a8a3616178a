/**
 * `:name:` → the emoji, by gemoji's names (GitHub's own list, the data
 * remark-gemoji reads), as remark-gemoji does, but never in the text of an
 * address written as its own link (`https://x.org/:tada:/` shows as
 * written, as it was typed): only text nodes, so never in code either.
 */
import type { Link, Root, Text } from 'mdast'
import { nameToEmoji } from 'gemoji'
import type { Node as UnistNode } from 'unist'
import { visit } from '../../common/visit'

const SHORTCODE = /:(\+1|[-\w]+):/g

function emojiIn(value: string): string {
  return value.replace(SHORTCODE, (written, name: string) => (Object.hasOwn(nameToEmoji, name) ? nameToEmoji[name]! : written))
}

export function remarkEmoji() {
  return (tree: Root) => {
    visit(tree as UnistNode, 'text', (node: UnistNode, _index: number | null, parent: UnistNode | null) => {
      const text = node as Text
      if (!text.value.includes(':')) return
      // An autolink (`https://…` or `<https://…>`): its text is its address.
      if (parent?.type === 'link' && (parent as Link).url.includes(text.value)) return
      text.value = emojiIn(text.value)
    })
  }
}
