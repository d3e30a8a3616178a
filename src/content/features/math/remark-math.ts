/**
 * The math wing's remark plugin: remark-math's display `$$` blocks and its
 * mdast nodes (`math`, `inlineMath`, as mdast-util-math makes them), with
 * our inline constructs (math-syntax.ts: pandoc's dollar rule, `\(…\)` and
 * `\[…\]`) in place of remark-math's `$…$`. A `\[…\]` alone in its
 * paragraph becomes a displayed block, as `$$` on its own lines does.
 */
import type { Content, Paragraph, Root } from 'mdast'
import type { Construct, Extension, Token } from 'micromark-util-types'
import type { Processor } from 'unified'
import { math } from 'micromark-extension-math'
import { mathFromMarkdown, mathToMarkdown } from 'mdast-util-math'
import { bracketMath, dollarMath } from './math-syntax'

const DOLLAR = 36
const BACKSLASH = 92

/** What unified keeps of a processor's syntax. */
interface SyntaxData {
  micromarkExtensions?: unknown[]
  fromMarkdownExtensions?: unknown[]
  toMarkdownExtensions?: unknown[]
}

/** The micromark extension: remark-math's, with our inline constructs. */
export function mathSyntax(): Extension {
  const remarkMath = math()
  const dollar = (remarkMath.text as Record<number, Construct>)[DOLLAR]!
  return { flow: remarkMath.flow, text: { [DOLLAR]: dollarMath(dollar), [BACKSLASH]: bracketMath } } as Extension
}

type Handler = (this: { stack: Array<{ data?: { hProperties?: { className?: string[] } } }> }, token: Token) => void

/** mdast-util-math's handlers, with `\[…\]` (a `mathText` whose sequence is `\[`) made a displayed one. */
function mathNodes() {
  const nodes = mathFromMarkdown() as unknown as { enter: Record<string, Handler>; exit: Record<string, Handler> }
  const enterMathText = nodes.enter.mathText!
  nodes.enter.mathText = function (this, token) {
    enterMathText.call(this, token)
    const source = (this as unknown as { sliceSerialize(token: Token): string }).sliceSerialize(token)
    // enterMathText opened the node, then a buffer for its text on top of it.
    const node = this.stack[this.stack.length - 2]
    if (source.startsWith('\\[') && node?.data?.hProperties) node.data.hProperties.className = ['math', 'math-display']
  }
  return nodes
}

const isDisplayed = (node: Content): boolean => node.type === 'inlineMath' && ((node.data?.hProperties as { className?: string[] } | undefined)?.className?.includes('math-display') ?? false)
const isBlank = (node: Content): boolean => node.type === 'text' && node.value.trim() === ''

/** A paragraph that holds only a `\[…\]` becomes a `$$` block (a `div`, not a `span` in a `p`). */
export function displayBrackets(tree: Root): void {
  const walk = (parent: { children: Content[] }): void => {
    parent.children = parent.children.map((child) => {
      if (child.type === 'paragraph') {
        const kept = (child as Paragraph).children.filter((node) => !isBlank(node))
        const only = kept.length === 1 ? kept[0]! : undefined
        if (only && isDisplayed(only) && only.type === 'inlineMath') {
          const value = only.value.trim()
          return {
            type: 'math',
            value,
            ...(child.position ? { position: child.position } : {}),
            data: { hName: 'div', hProperties: { className: ['math', 'math-display'] }, hChildren: [{ type: 'text', value }] },
          } as Content
        }
      }
      if ('children' in child && Array.isArray(child.children)) walk(child as { children: Content[] })
      return child
    })
  }
  walk(tree)
}

/** remark plugin: the math syntax, and displayed `\[…\]` blocks. */
export function remarkHandbookMath(this: Processor) {
  const data = this.data() as SyntaxData
  const add = (field: keyof SyntaxData, value: unknown) => void (data[field] ??= []).push(value)
  add('micromarkExtensions', mathSyntax())
  add('fromMarkdownExtensions', mathNodes())
  add('toMarkdownExtensions', mathToMarkdown())
  return (tree: Root) => displayBrackets(tree)
}
