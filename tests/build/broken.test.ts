/**
 * A handbook with one mistake of each kind the build catches: the build
 * exits non-zero and names each file and line with the fix, with no stack
 * trace — for `.mdx` pages too.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult } from '../support/fixture-site'

let build: BuildResult
let diagnosticLines: () => string[]

beforeAll(async () => {
  const site = await fixtureSite('broken')
  build = site.build
  diagnosticLines = () => site.diagnostics()
})

describe('a handbook with mistakes', () => {
  it('fails the build', () => {
    expect(build.code).not.toBe(0)
  })

  it('reports each mistake once as file:line: error: message, with the fix', () => {
    expect(diagnosticLines().filter((line) => line.includes(': error: '))).toEqual([
      expect.stringMatching(/^bad-yaml\.md:2: error: malformed frontmatter \(YAML\): .+must be wrapped in quotes$/),
      expect.stringMatching(/^component\.mdx:2: error: malformed frontmatter \(YAML\): /),
      'dup.md:1: error: dup/index.md and dup.md would both be the page /dup. Rename one of the files or give one a different "slug" in its frontmatter',
      expect.stringMatching(/^syntax\.mdx:7:30: error: .*In \.mdx, write \\\{ and \\< for a literal brace or angle bracket, or rename the file to \.md$/),
      'unclosed.md:1: error: frontmatter starts with --- on line 1 but is never closed. Add a line with --- after the last field',
      'wrong-type.md:4: error: "showTitle" must be true or false, but it is the text "yes". Write showTitle: true (no quotes)',
    ])
    expect(build.output).toContain('The handbook has 6 errors')
  })

  it('lists the warnings after the errors, once per kind: a kind with many as its first and a count of the rest', () => {
    const warnings = diagnosticLines().filter((line) => line.includes(': warning: '))
    // 3 pages without a title, each on its line; 4 http: links on one page, the first and a count.
    expect(warnings).toHaveLength(4)
    expect(warnings).toContain('unclosed.md:1: warning: this page has no title, so it is called "Unclosed" after its file or folder name. Add "title: …" to its frontmatter or start it with "# Title"')
    expect(warnings).toContain('old-links.md:6:1: warning: "http://example.org/one" uses http: most sites serve https. Write https://example.org/one if it works')
    expect(build.output).toContain('\n  … and 3 more on 1 page (npm run check -- --verbose lists them)\n')
  })

  it('prints no stack trace', () => {
    expect(build.output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
    expect(build.output).not.toContain('node_modules/')
  })
})
