/**
 * Frontmatter and data files a pull request may make hostile: a "billion
 * laughs" of YAML aliases, and values nested 100,000 deep (JSON, YAML, TOML).
 * Each is an error at its line, never a stack trace or a stall.
 */
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../src/content/frontmatter'
import { formatDiagnostic, type Diagnostic } from '../../../src/content/common/diagnostics'
import { readYamlMap } from '../../../src/content/common/yaml-map'
import { parseSidebarsFile } from '../../../src/content/sidebars/file'
import { readSynonyms } from '../../../src/content/features/search/synonyms-file'
import { nestingProblem } from '../../../src/content/common/data-nesting'

const DEEP = 100_000
const NESTING = 'this line nests values more than 50 levels deep, over the limit: write the data flatter'
const messages = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => formatDiagnostic(d))
const frontmatter = (text: string) => messages(parseSource('values.md', text).diagnostics)

/** Nine lists of nine aliases of the one before: 9⁹ values once expanded. */
const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array<string>(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)]

describe('hostile frontmatter', () => {
  it('a YAML alias bomb is an error at its first alias', () => {
    expect(frontmatter(['---', 'title: Values', ...laughs, '---', 'Body'].join('\n'))).toEqual([
      'values.md:4: error: frontmatter: its aliases (*name) expand to too many values: write the values out instead of repeating an alias',
    ])
  })

  it('100,000-deep JSON, YAML and TOML are errors at the line that goes past 50 levels', () => {
    expect(frontmatter(`{ "title": "Values", "a":\n${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n}\nBody`)).toEqual([`values.md:2: error: frontmatter: ${NESTING}`])
    expect(frontmatter(`---\ntitle: Values\na: ${'{b: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n---\nBody`)).toEqual([`values.md:3: error: frontmatter: ${NESTING}`])
    const indented = Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n')
    expect(frontmatter(`---\n${indented} 1\n---\nBody`)).toEqual([`values.md:52: error: frontmatter: ${NESTING}`])
    expect(frontmatter(`+++\ntitle = "Values"\na = ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n+++\nBody`)).toEqual([`values.md:3: error: frontmatter: ${NESTING}`])
  })

  it('nesting as real frontmatter writes it passes, brackets in quoted text included', () => {
    expect(frontmatter('---\ntitle: "[Draft] {Values} [[x"\ntags: [a, b]\nredirect_from:\n  - /old-values\n---\nBody')).toEqual([])
    expect(nestingProblem(`title: "${'['.repeat(60)}"\nnote: it's ${'{'.repeat(10)}`)).toBeUndefined()
  })
})

describe('hostile data files', () => {
  it('people.yml, _meta.yml, handbook.yml (one reader), sidebars.yml and synonyms.yml: deep nesting is an error at its line', () => {
    const deep = `jane:\n  teams: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`
    const diagnostics: Diagnostic[] = []
    expect(readYamlMap('people.yml', deep, diagnostics, 'people')).toBeUndefined()
    expect(messages(diagnostics)).toEqual([`people.yml:2:1: error: ${NESTING}`])
    expect(messages(parseSidebarsFile('sidebars.yml', `Handbook:\n  - ${'- '.repeat(DEEP)}x\n`).diagnostics)).toEqual([`sidebars.yml:2: error: ${NESTING}`])
    const synonyms: Diagnostic[] = []
    expect(readSynonyms('synonyms.yml', `- ${'['.repeat(DEEP)}\n`, synonyms)).toEqual([])
    expect(messages(synonyms)).toEqual([`synonyms.yml:1:1: error: ${NESTING}`])
  })

  it('an alias bomb in people.yml is not expanded', () => {
    const diagnostics: Diagnostic[] = []
    const read = readYamlMap('people.yml', laughs.join('\n'), diagnostics, 'people')
    expect(read?.entries).toHaveLength(9)
    expect(JSON.stringify(read!.entries.map((entry) => entry.value)).length).toBeLessThan(10_000)
  })
})
