/**
 * The math wing's rehype plugin: rehype-katex draws every `math-inline` and
 * `math-display` element as KaTeX's HTML and MathML at build time (the page
 * needs no script, only KaTeX's stylesheet, which the page asks for through
 * `file.data.stylesheets`). Math KaTeX cannot parse is an error at its line
 * (rehype-katex reports it on the file; it is made fatal here, with the fix).
 */
import type { Element, Root } from 'hast'
import rehypeKatex from 'rehype-katex'
import type { VFile } from 'vfile'
import { visit } from '../../common/visit'
import { KATEX_STYLESHEET } from './katex-files'

type Transform = (tree: Root, file: VFile) => void

const isMath = (element: Element): boolean => {
  const classes = element.properties?.className
  return Array.isArray(classes) && (classes.includes('math-inline') || classes.includes('math-display'))
}

/** Whether the tree holds math (before KaTeX drew it). */
export function holdsMath(tree: Root): boolean {
  let found = false
  visit(tree, 'element', (element) => {
    if (isMath(element)) found = true
    return found ? false : undefined
  })
  return found
}

/** The error KaTeX's message becomes: what it could not parse, and what to do. */
export function mathErrorMessage(katexMessage: string): string {
  // KaTeX underlines the place in the expression with combining low lines (U+0332): unreadable in a terminal.
  return `KaTeX cannot draw this math: ${katexMessage.replace(/^KaTeX parse error: /, '').replace(/\u0332/g, '')}. Fix the TeX (KaTeX's functions: https://katex.org/docs/supported.html), or write \\$ for a dollar sign that is not math`
}

/** rehype plugin: math drawn by KaTeX, its stylesheet asked for, its parse errors fatal. */
export function rehypeHandbookMath() {
  // `strict: 'ignore'`: KaTeX's warnings about LaTeX compatibility go to the console, not to the build log.
  const draw = (rehypeKatex as unknown as (options: object) => Transform)({ strict: 'ignore' })
  return (tree: Root, file: VFile) => {
    if (!holdsMath(tree)) return
    const before = file.messages.length
    draw(tree, file)
    for (const message of file.messages.slice(before)) {
      if (message.source !== 'rehype-katex') continue
      const reason = mathErrorMessage(message.reason)
      Object.assign(message, { fatal: true, reason, message: reason, ruleId: 'math', source: 'math' })
    }
    const data = file.data as { stylesheets?: string[] }
    data.stylesheets = [...new Set([...(data.stylesheets ?? []), KATEX_STYLESHEET])]
  }
}
