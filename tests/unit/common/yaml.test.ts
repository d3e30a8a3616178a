import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../src/content/common/diagnostics'
import { malformedYamlMessage, parseYaml, readYamlData, VALUE_QUOTING_HINT } from '../../../src/content/common/yaml'

const options = { code: 'data-yaml', hint: 'Check this line', uniqueKeys: true, columns: true }

describe('parseYaml', () => {
  it('places offsets and gives the first syntax error without the position the parser appends', () => {
    const { placeAt, syntaxError } = parseYaml('a: 1\nb: "open\n', { uniqueKeys: true })
    expect(placeAt(5)).toEqual({ line: 2, column: 1 })
    expect(syntaxError?.code).toBe('MISSING_CHAR')
    expect(syntaxError?.message).not.toMatch(/at line \d+/)
    expect(syntaxError?.message).not.toContain('\n')
  })

  it('reports a key written twice only when keys must be unique', () => {
    expect(parseYaml('a: 1\na: 2\n', { uniqueKeys: true }).syntaxError).toMatchObject({ code: 'DUPLICATE_KEY', place: { line: 2 } })
    expect(parseYaml('a: 1\na: 2\n', { uniqueKeys: false }).syntaxError).toBeUndefined()
  })
})

describe('malformedYamlMessage', () => {
  const problem = { code: 'X', message: 'Map keys must be unique', place: { line: 1, column: 1 } }
  it('says what is wrong, then what to check, naming frontmatter when asked', () => {
    expect(malformedYamlMessage(problem, VALUE_QUOTING_HINT)).toBe(`malformed YAML: Map keys must be unique. ${VALUE_QUOTING_HINT}`)
    expect(malformedYamlMessage(problem, 'Keep one', 'frontmatter')).toBe('malformed frontmatter (YAML): Map keys must be unique. Keep one')
  })
})

describe('readYamlData', () => {
  it("reports a syntax error once, at its line and column, in the file's words", () => {
    const diagnostics: Diagnostic[] = []
    expect(readYamlData('people.yml', 'a: 1\nb: [unclosed\n', diagnostics, options)).toBeUndefined()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'data-yaml', file: 'people.yml', line: 3, column: 1 })
    expect(diagnostics[0]!.message).toMatch(/^malformed YAML: .+\. Check this line$/)
  })

  it("names the line only when the file's problems have no columns", () => {
    const diagnostics: Diagnostic[] = []
    readYamlData('sidebars.yml', 'a: 1\na: 2\n', diagnostics, { ...options, columns: false })
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2 })])
    expect(diagnostics[0]).not.toHaveProperty('column')
  })

  it('refuses a file nested too deeply before parsing it', () => {
    const diagnostics: Diagnostic[] = []
    expect(readYamlData('deep.yml', `a: ${'['.repeat(5000)}`, diagnostics, options)).toBeUndefined()
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'data-yaml', line: 1, column: 1, message: expect.stringMatching(/levels deep/) })])
  })

  it('gives the document of a file that reads', () => {
    const parsed = readYamlData('ok.yml', 'a: 1\n', [], options)
    expect(parsed?.doc.toJS()).toEqual({ a: 1 })
  })
})
