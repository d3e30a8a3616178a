/**
 * A handbook with one mistake of each kind the build catches: the build
 * exits non-zero and names each file and line with the fix, with no stack
 * trace — for `.mdx` pages too.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLogLines, repeatedProblemLines, summaryBlocks } from '../support/build-log'
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

  it("ends with one summary of ours counting the problems by kind, not an error of Gatsby's reporter (ERROR UNKNOWN)", () => {
    expect(summaryBlocks(build.output)).toEqual([
      [
        '✖ The handbook has 6 errors and 7 warnings in 8 pages, so the site was not built:',
        '  2 errors   frontmatter-yaml',
        '  1 error    frontmatter-type',
        '  1 error    frontmatter-unclosed',
        '  1 error    syntax',
        '  1 error    url-duplicate',
        '  4 warnings link-http',
        '  3 warnings title-missing',
        expect.stringMatching(/^Fix the errors listed above \(file:line: message, with the fix\) and build again; `npm run check` checks without building/),
      ],
    ])
    // The summary is the log's end. It is written last, after Gatsby's line about the step it stopped in; but the
    // harness reads stdout and stderr through two pipes, so that one line of Gatsby's (stdout) may land after it here.
    const lines = buildLogLines(build.output)
    const end = lines.length - 1 - [...lines].reverse().findIndex((line) => /^Fix the errors listed above/.test(line))
    expect(end).toBeLessThan(lines.length)
    expect(lines.slice(end + 1).filter((line) => !/^not finished onPreBootstrap\b/.test(line))).toEqual([])
    expect(build.output).not.toContain('UNKNOWN')
    // Gatsby's reporter writes an error as `ERROR …` in a terminal and `error …` in CI: neither is there.
    expect(build.output).not.toMatch(/^\s*error\b/im)
    expect(repeatedProblemLines(build.output)).toEqual([])
  })

  it('prints no stack trace', () => {
    expect(build.output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
    expect(build.output).not.toContain('node_modules/')
  })
})
