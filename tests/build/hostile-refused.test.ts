/**
 * A pull request's worst (issue 24), the half that must not build
 * (tests/fixtures/hostile-refused, plus what git fixtures cannot hold
 * portably, made here): symbolic links to the build machine's secrets, a
 * page that asks to be written outside public/ or over the home page, active
 * files, script addresses in settings and the sidebar, redirects that are
 * patterns or the build's own files, a line and an include bomb that would
 * stall it. The build exits non-zero with each at its file and line, no stack
 * trace, and no byte of the secret anywhere it wrote.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, copyFixture, createSiteCopy, removeSite, type BuildResult, type SiteCopy } from '../../scripts/lib/site'
import { filesHolding } from '../support/active-content'

const SECRET = `SECRET_TOKEN=PWNED-secret-${process.pid}`
let site: SiteCopy
let content: string
let outside: string
let build: BuildResult

beforeAll(async () => {
  site = createSiteCopy('hostile-refused')
  content = copyFixture('hostile-refused')
  // The build machine's secrets, outside the content folder.
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-outside-'))
  fs.writeFileSync(path.join(outside, 'environ'), `${SECRET}\n`)
  fs.writeFileSync(path.join(outside, 'config'), `[remote "origin"]\n\turl = https://x:${SECRET}@example.com/r.git\n`)
  fs.mkdirSync(path.join(outside, 'folder'))
  fs.writeFileSync(path.join(outside, 'folder', 'page.md'), `# Linked folder\n\n${SECRET}\n`)
  fs.symlinkSync(path.join(outside, 'environ'), path.join(content, 'leak.md'))
  fs.symlinkSync(path.join(outside, 'environ'), path.join(content, 'docs', 'env.txt'))
  fs.symlinkSync(path.join(outside, 'config'), path.join(content, 'docs', 'gitconfig.txt'))
  fs.symlinkSync(path.join(outside, 'folder'), path.join(content, 'linked-folder'))
  fs.symlinkSync(path.join(outside, 'nothing-here'), path.join(content, 'dangling.md'))
  // A line no editor writes, and six files that include each other ten times each.
  fs.writeFileSync(path.join(content, 'long-line.md'), `---\ntitle: Long line\n---\n\n${'word '.repeat(400_000)}\n`)
  fs.mkdirSync(path.join(content, '_includes'))
  for (let i = 0; i < 6; i++) {
    const next = `{{< include "bomb-${(i + 1) % 6}.md" >}}\n`
    fs.writeFileSync(path.join(content, '_includes', `bomb-${i}.md`), next.repeat(10))
  }
  fs.writeFileSync(path.join(content, 'bomb.md'), '---\ntitle: Bomb\n---\n\n{{< include "_includes/bomb-0.md" >}}\n')
  build = await buildSite(site, { HANDBOOK_CONTENT_DIR: content })
})

afterAll(() => {
  removeSite(site)
  for (const dir of [content, outside]) fs.rmSync(dir, { recursive: true, force: true })
})

/** The build's lines about the content, without the folder's path. */
function diagnosticLines(): string[] {
  return build.output
    .split('\n')
    .filter((line) => line.startsWith(`${content}/`))
    .map((line) => line.slice(content.length + 1))
}

describe('a hostile handbook that must not build', () => {
  it('fails the build with no stack trace', () => {
    expect(build.code).not.toBe(0)
    expect(build.output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
    expect(build.output).not.toContain('node_modules/')
  })

  it('reports each hostile file at its line, with the fix', () => {
    const errors = diagnosticLines().filter((line) => line.includes(': error: '))
    const expected: RegExp[] = [
      /^leak\.md: error: .*symbolic link/,
      /^dangling\.md: error: .*symbolic link/,
      /^linked-folder: error: .*symbolic link/,
      /^docs\/env\.txt: error: .*symbolic link/,
      /^docs\/gitconfig\.txt: error: .*symbolic link/,
      /^index\.md:4:\d+: error: .*\.html/,
      /^index\.md:4:\d+: error: .*sw\.js/,
      /^index\.md:4:\d+: error: .*\.xml/,
      /^escape\.md:3(:\d+)?: error: .*slug/,
      /^home-again\.md:3(:\d+)?: error: /,
      /^redirects\.md:4(:\d+)?: error: .*\/\*/,
      /^redirects\.md:5(:\d+)?: error: .*\/robots\.txt/,
      /^redirects\.md:6(:\d+)?: error: .*\/search/,
      /^redirects\.md:7(:\d+)?: error: .*\/old:name/,
      /^sidebars\.yml:6(:\d+)?: error: .*javascript/i,
      /^handbook\.yml:3(:\d+)?: error: .*javascript/i,
      /^handbook\.yml:4(:\d+)?: error: .*peopleUrl/,
      /^long-line\.md:5(:\d+)?: error: .*long/,
      /^(bomb\.md|_includes\/bomb-\d\.md):\d+(:\d+)?: error: .*include/,
    ]
    for (const pattern of expected) expect(errors.some((line) => pattern.test(line)), `${pattern}\n${errors.join('\n')}`).toBe(true)
  })

  it('writes no byte of the secret anywhere, and nothing outside the site', () => {
    expect(filesHolding(site.dir, SECRET.split('=')[1]!).filter((file) => !file.startsWith('node_modules'))).toEqual([])
    expect(build.output).not.toContain(SECRET)
    expect(fs.existsSync(path.join(site.dir, '..', 'escaped'))).toBe(false)
    expect(fs.existsSync(path.join(path.dirname(site.dir), 'escaped'))).toBe(false)
  })
})
