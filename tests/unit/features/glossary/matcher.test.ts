import { describe, expect, it } from 'vitest'
import { glossaryMatcher } from '../../../../src/content/features/glossary/matcher'

const found = (words: string[][], text: string) =>
  glossaryMatcher(words)
    .matches(text)
    .map((match) => [match.text, match.entry])

describe('the glossary matcher', () => {
  it('takes the longest word at a place, and goes on after it', () => {
    expect(found([['time off'], ['paid time off'], ['paid']], 'Your paid time off, paid leave, time off.')).toEqual([
      ['paid time off', 1],
      ['paid', 2],
      ['time off', 0],
    ])
  })

  it('counts any run of spaces or a line break as the space of a word', () => {
    expect(found([['paid time off']], 'paid\n  time\toff')).toEqual([['paid\n  time\toff', 0]])
  })

  it('reads words with characters regular expressions treat specially as written', () => {
    expect(found([['C++'], ['1:1'], ['a.b']], 'C++ and 1:1 and a.b, not axb.')).toEqual([
      ['C++', 0],
      ['1:1', 1],
      ['a.b', 2],
    ])
  })

  it('finds a word in capitals in capitals only, other words in any case', () => {
    expect(found([['IT'], ['it support']], 'Do it: ask It Support, or IT.')).toEqual([
      ['It Support', 1],
      ['IT', 0],
    ])
  })

  it('finds Thai and Chinese words inside text without spaces, and Latin words next to them', () => {
    expect(found([['ลาพักร้อน'], ['年假'], ['HR']], 'ขอลาพักร้อนได้ 我的年假 HR部门')).toEqual([
      ['ลาพักร้อน', 0],
      ['年假', 1],
      ['HR', 2],
    ])
  })
})
