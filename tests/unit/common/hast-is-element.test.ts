/**
 * The content library's hast-util-is-element: the package's answers (and
 * errors) for every kind of test, each test converted once; the library's
 * bundle uses it in the package's place.
 */
import fs from 'node:fs'
import type { Element, Root } from 'hast'
import * as original from 'hast-util-is-element'
import { describe, expect, it } from 'vitest'
import { convertElement, isElement, type Test } from '../../../src/content/common/hast-is-element'
import { contentLibrary, contentLibraryFile } from '../../../src/node/library'

const element = (tagName: string): Element => ({ type: 'element', tagName, properties: {}, children: [] })
const nodes: unknown[] = [element('p'), element('div'), element('span'), element('custom-tag'), { type: 'text', value: 'p' }, { type: 'element' }, null, undefined, 'p', {}]
const isDiv = (node: Element) => node.tagName === 'div'
const tests: Test[] = [undefined, null, 'p', 'div', isDiv, ['p', 'span'], ['p', isDiv], [], ['custom-tag']]

describe('isElement', () => {
  it('answers as hast-util-is-element does, for every kind of test', () => {
    for (const test of tests) {
      for (const node of nodes) expect(isElement(node, test), `${JSON.stringify(node)} / ${String(test)}`).toBe(original.isElement(node, test as original.Test))
    }
  })

  it('passes the index, parent and context to test functions', () => {
    const parent: Root = { type: 'root', children: [element('p')] }
    const calls: unknown[][] = []
    function test(this: unknown, node: Element, index?: number | null, of?: unknown) {
      calls.push([this, node.tagName, index, of])
      return true
    }
    expect(isElement(parent.children[0], test, 0, parent, 'context')).toBe(true)
    expect(calls).toEqual([['context', 'p', 0, parent]])
  })

  it('throws where the package throws', () => {
    const parent: Root = { type: 'root', children: [] }
    expect(() => isElement(element('p'), 'p', -1, parent)).toThrow('Expected positive finite index for child node')
    expect(() => isElement(element('p'), 'p', 0, { type: 'root' } as Root)).toThrow('Expected parent node')
    expect(() => isElement(element('p'), 'p', 0)).toThrow('Expected both parent and index')
    expect(() => convertElement(1 as unknown as Test)).toThrow('Expected function, string, or array as test')
  })

  it('converts each test once: the same list or name gives the same check', () => {
    const list = ['p', 'div']
    expect(convertElement(list)).toBe(convertElement(list))
    expect(convertElement('p')).toBe(convertElement('p'))
    expect(convertElement(isDiv)).toBe(convertElement(isDiv))
    expect(convertElement(['p', 'div'])).not.toBe(convertElement(list))
  })
})

describe('in the content library', () => {
  it('is bundled in place of the package', () => {
    contentLibrary()
    const record = JSON.parse(fs.readFileSync(contentLibraryFile().replace(/\.js$/, '.json'), 'utf8')) as { inputs: Record<string, string> }
    const inputs = Object.keys(record.inputs)
    expect(inputs).toContain('src/content/common/hast-is-element.ts')
    expect(inputs.filter((input) => input.includes('node_modules/hast-util-is-element/'))).toEqual([])
    // Its users are in the bundle: hast-util-to-mdast, through which every Markdown copy is made.
    expect(inputs.some((input) => input.includes('node_modules/rehype-minify-whitespace/'))).toBe(true)
  })
})
