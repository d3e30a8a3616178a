import { describe, expect, it } from 'vitest'
import { error, formatDiagnostic, hasErrors, sortDiagnostics, warning } from '../../../src/content/common/diagnostics'

describe('formatDiagnostic', () => {
  it('writes path:line:col: severity: message', () => {
    expect(formatDiagnostic(error('syntax', 'people/a.mdx', 'Unexpected end of file', 3, 12))).toBe('people/a.mdx:3:12: error: Unexpected end of file')
    expect(formatDiagnostic(warning('link', 'a.md', 'Broken link', 7, 2))).toBe('a.md:7:2: warning: Broken link')
  })

  it('leaves out what it does not know', () => {
    expect(formatDiagnostic(error('frontmatter-type', 'a.md', 'bad', 4))).toBe('a.md:4: error: bad')
    expect(formatDiagnostic(error('url-duplicate', 'a.md', 'dup'))).toBe('a.md: error: dup')
  })

  it('never shows a column without a line', () => {
    expect(formatDiagnostic({ severity: 'error', code: 'x', file: 'a.md', column: 5, message: 'm' })).toBe('a.md: error: m')
  })

  it('labels the file with the given function', () => {
    expect(formatDiagnostic(error('x', 'a.md', 'm', 1), (f) => `contents/${f}`)).toBe('contents/a.md:1: error: m')
  })
})

describe('error and warning', () => {
  it('omit missing or zero positions', () => {
    expect(error('c', 'f.md', 'm')).toEqual({ severity: 'error', code: 'c', file: 'f.md', message: 'm' })
    expect(warning('c', 'f.md', 'm', 2)).toEqual({ severity: 'warning', code: 'c', file: 'f.md', message: 'm', line: 2 })
    expect(error('c', 'f.md', 'm', 0, 0)).not.toHaveProperty('line')
  })
})

describe('hasErrors', () => {
  it('is true only when an error is present', () => {
    expect(hasErrors([])).toBe(false)
    expect(hasErrors([warning('c', 'a.md', 'm')])).toBe(false)
    expect(hasErrors([warning('c', 'a.md', 'm'), error('c', 'b.md', 'm')])).toBe(true)
  })
})

describe('sortDiagnostics', () => {
  it('sorts by file, line then column, without changing its input', () => {
    const input = [error('c', 'b.md', 'b10', 10), error('c', 'a.md', 'a2:5', 2, 5), error('c', 'b.md', 'b2', 2), error('c', 'a.md', 'a2:1', 2, 1), error('c', 'a.md', 'a-file')]
    const sorted = sortDiagnostics(input)
    expect(sorted.map((d) => d.message)).toEqual(['a-file', 'a2:1', 'a2:5', 'b2', 'b10'])
    expect(input[0]!.message).toBe('b10')
  })
})
