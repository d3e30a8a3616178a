/**
 * hast-util-is-element 2 (its API and answers), with each test converted once
 * and lists of tag names checked through a Set. The content library's bundle
 * uses it in the package's place (src/node/library.ts).
 *
 * The package converts `test` again on every `isElement(node, test)` call.
 * rehype-minify-whitespace, which hast-util-to-mdast runs before making each
 * page's Markdown copy, asks `isElement(node, list)` with lists of up to
 * ~80 tag names for nearly every node and its following siblings: each call
 * built one function per name, then tried them in turn. On the real 18F
 * handbook that was ~0.6 s of the render's CPU, plus the garbage it left.
 *
 * A test is remembered by identity (a list or function: WeakMap; a tag name:
 * Map), so a list changed after its first use keeps its first answers: the
 * lists the packages pass are constants.
 */
import type { Element, Parent } from 'hast'

type Check = (element: Element, index?: number | null, parent?: Parent | null) => unknown
export type Test = null | undefined | string | Check | Array<string | Check>
type Assertion = (node: unknown, index?: number | null, parent?: Parent | null) => boolean

const byName = new Map<string, Assertion>()
const byObject = new WeakMap<object, Assertion>()

function isElementNode(node: unknown): node is Element {
  return Boolean(node && typeof node === 'object' && (node as Element).type === 'element' && typeof (node as Element).tagName === 'string')
}

const anyElement: Assertion = (node) => isElementNode(node)

function checkOf(check: Check): Assertion {
  return function assertion(this: unknown, node, index, parent) {
    return isElementNode(node) && Boolean(check.call(this, node, index, parent))
  }
}

function listOf(tests: Array<string | Check>): Assertion {
  const names = new Set(tests.filter((test): test is string => typeof test === 'string'))
  const checks = tests.filter((test) => typeof test !== 'string').map((test) => convertElement(test))
  return function assertion(this: unknown, node, index, parent) {
    if (!isElementNode(node)) return false
    if (names.has(node.tagName)) return true
    for (const check of checks) if (check.call(this, node, index, parent)) return true
    return false
  }
}

export function convertElement(test?: Test): Assertion {
  if (test === undefined || test === null) return anyElement
  if (typeof test === 'string') {
    let assertion = byName.get(test)
    if (!assertion) byName.set(test, (assertion = (node) => isElementNode(node) && node.tagName === test))
    return assertion
  }
  if (typeof test !== 'object' && typeof test !== 'function') throw new Error('Expected function, string, or array as test')
  let assertion = byObject.get(test)
  if (!assertion) byObject.set(test, (assertion = typeof test === 'function' ? checkOf(test) : listOf(Array.isArray(test) ? test : [])))
  return assertion
}

export function isElement(node: unknown, test?: Test, index?: number | null, parent?: Parent | null, context?: unknown): boolean {
  const check = convertElement(test)
  if (index !== undefined && index !== null && (typeof index !== 'number' || index < 0 || index === Number.POSITIVE_INFINITY)) {
    throw new Error('Expected positive finite index for child node')
  }
  if (parent !== undefined && parent !== null && (!parent.type || !parent.children)) throw new Error('Expected parent node')
  if (!node || typeof node !== 'object' || typeof (node as { type?: unknown }).type !== 'string') return false
  if ((parent === undefined || parent === null) !== (index === undefined || index === null)) throw new Error('Expected both parent and index')
  return check.call(context, node, index, parent)
}
