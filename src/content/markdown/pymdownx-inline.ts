/**
 * PyMdown Extensions' inline marks, in the pages of an MkDocs handbook whose
 * mkdocs.yml turns them on, which CommonMark showed as text, or GFM read
 * otherwise:
 *
 *     ==marked==            pymdownx.mark   <mark>
 *     ^^inserted^^          pymdownx.caret  <ins>
 *     x^2^                  pymdownx.caret  <sup>
 *     H~2~O                 pymdownx.tilde  <sub> (GFM struck the 2 through)
 *     ~text with spaces~    pymdownx.tilde  as written (GFM struck it through)
 *     ++ctrl+alt+del++      pymdownx.keys   <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>
 *
 * Within one run of text (a mark around other formatting stays as written);
 * never in code. `~~deleted~~` stays GFM's strikethrough, as pymdownx.tilde
 * reads it too.
 */
import type { Content, Delete, Parent, PhrasingContent, Root, Text } from 'mdast'
import type { Node as UnistNode } from 'unist'
import { findAndReplace } from 'mdast-util-find-and-replace'
import { visit } from '../common/visit'
import { element } from './shortcodes/nodes'

export interface PymdownxInline {
  mark?: true
  caret?: true
  tilde?: true
  keys?: true
}

/** Key names pymdownx.keys shows otherwise than as the name with a capital. */
const KEY_LABELS: Readonly<Record<string, string>> = {
  ctrl: 'Ctrl',
  control: 'Ctrl',
  cmd: 'Cmd',
  command: 'Cmd',
  alt: 'Alt',
  option: 'Option',
  shift: 'Shift',
  del: 'Del',
  delete: 'Del',
  esc: 'Esc',
  escape: 'Esc',
  enter: 'Enter',
  return: 'Return',
  tab: 'Tab',
  space: 'Space',
  backspace: 'Backspace',
  'page-up': 'Page Up',
  'page-down': 'Page Down',
  'arrow-up': '↑',
  'arrow-down': '↓',
  'arrow-left': '←',
  'arrow-right': '→',
  windows: 'Win',
  meta: 'Meta',
}

const keyLabel = (name: string) => KEY_LABELS[name.toLowerCase()] ?? (name.length === 1 ? name.toUpperCase() : name[0]!.toUpperCase() + name.slice(1))

/** An inline element around its text (shortcodes/nodes.ts' nodes: through the sanitizer like the editor's HTML). */
const inline = (tagName: string, children: readonly Content[]): PhrasingContent => element(tagName, {}, children) as PhrasingContent

/** Each mark's pattern (its content has no blank at either end; sub and sup none at all) and what it makes. */
function marksOf(on: PymdownxInline): { pattern: string; make: (content: string) => PhrasingContent[] }[] {
  const marks: { pattern: string; make: (content: string) => PhrasingContent[] }[] = []
  if (on.keys) {
    marks.push({
      pattern: String.raw`\+\+([A-Za-z0-9][\w-]*(?:\+[A-Za-z0-9][\w-]*)*)\+\+`,
      make: (content) => [
        inline(
          'span',
          content.split('+').flatMap((key, at): PhrasingContent[] => [...(at ? [{ type: 'text', value: '+' } as Text] : []), inline('kbd', [{ type: 'text', value: keyLabel(key) }])]),
        ),
      ],
    })
  }
  if (on.mark) marks.push({ pattern: String.raw`==(?=\S)([^=]*?\S)==`, make: (content) => [inline('mark', [{ type: 'text', value: content }])] })
  if (on.caret) {
    marks.push({ pattern: String.raw`\^\^(?=\S)([^^]*?\S)\^\^`, make: (content) => [inline('ins', [{ type: 'text', value: content }])] })
    marks.push({ pattern: String.raw`\^([^\s^]+)\^`, make: (content) => [inline('sup', [{ type: 'text', value: content }])] })
  }
  return marks
}

/** Applies the marks `on` turns on to the tree's text; `source` is the text it was parsed from (a tilde's count). */
export function applyPymdownxInline(tree: Root, source: string, on: PymdownxInline): void {
  if (on.tilde) tildes(tree, source)
  const marks = marksOf(on)
  if (!marks.length) return
  // One pattern for all, so the leftmost mark wins: mark i is groups 2i + 1 (the whole) and 2i + 2 (its content, each mark's one group).
  const pattern = new RegExp(marks.map((mark) => `(${mark.pattern})`).join('|'), 'g')
  findAndReplace(tree, [
    [
      pattern,
      (...match: string[]) => {
        const which = marks.findIndex((_mark, at) => match[2 * at + 1] !== undefined)
        return marks[which]!.make(match[2 * which + 2]!)
      },
    ],
  ])
}

/** GFM's one-tilde strikethrough is pymdownx.tilde's subscript: `H~2~O`; with a blank inside, its text as written. */
function tildes(tree: Root, source: string): void {
  const found: { parent: Parent; node: Delete }[] = []
  visit(tree as UnistNode, 'delete', (node, _index, parent) => {
    if (parent) found.push({ parent: parent as Parent, node: node as Delete })
  })
  for (const { parent, node } of found) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || source.startsWith('~~', start)) continue
    const written = source.slice(start + 1, end - 1)
    const replacement: PhrasingContent[] = /\s/.test(written) ? [{ type: 'text', value: '~' }, ...node.children, { type: 'text', value: '~' }] : [inline('sub', node.children)]
    parent.children.splice(parent.children.indexOf(node as Content), 1, ...(replacement as Parent['children']))
  }
}
