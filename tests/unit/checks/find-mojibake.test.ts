import { describe, expect, it } from 'vitest'
import { findMojibake, withoutCode } from '../../../src/content/checks/find-mojibake'

describe('findMojibake', () => {
  it('finds UTF-8 text read as Windows-1252, with the fix, at its line and column', () => {
    expect(findMojibake('Intro.\nThe teamâ€™s café is â€œopenâ€\u009d. Ã¼ber')).toEqual([
      { text: 'â€™', fixed: '’', line: 2, column: 9 },
      { text: 'â€œ', fixed: '“', line: 2, column: 22 },
      { text: 'â€\u009d', fixed: '”', line: 2, column: 29 },
      { text: 'Ã¼', fixed: 'ü', line: 2, column: 34 },
    ])
  })

  it('leaves real accented and non-Latin text alone', () => {
    expect(findMojibake('café, naïve, résumé, Ärger, Øresund, señor, ½, «quotes», 東京, Ñandú')).toEqual([])
  })

  it('ignores code, where text is shown as written on purpose', () => {
    expect(findMojibake('Inline `teamâ€™s` code.\n\n```text\nteamâ€™s\n```\n\nBut teamâ€™s here.')).toEqual([{ text: 'â€™', fixed: '’', line: 7, column: 9 }])
  })
})

describe('withoutCode', () => {
  it('blanks code but keeps every line and column', () => {
    const source = 'a `b` c\n~~~\nx\n~~~\nd'
    const blanked = withoutCode(source)
    expect(blanked).toBe('a     c\n   \n \n   \nd')
    expect(blanked.length).toBe(source.length)
  })
})
