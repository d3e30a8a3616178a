import { describe, expect, it } from 'vitest'
import { textMemo } from '../../../src/content/common/text-memo'

describe('textMemo', () => {
  it('computes once per text, and forgets the least recently used text beyond its size', () => {
    const computed: string[] = []
    const length = textMemo((text) => {
      computed.push(text)
      return { length: text.length }
    }, 2)
    const first = length('a')
    expect(length('a')).toBe(first)
    length('bb')
    // 'a' used again: 'bb' is now the least recently used, forgotten when 'ccc' comes.
    length('a')
    length('ccc')
    length('a')
    length('bb')
    expect(computed).toEqual(['a', 'bb', 'ccc', 'bb'])
    expect(length('bb')).toEqual({ length: 2 })
  })
})
