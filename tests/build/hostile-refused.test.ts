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
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { filesHolding } from '../support/active-content'

const SECRET = `SECRET_TOKEN=PWNED-secret-${process.pid}`
let site: FixtureSite
let outside: string
let build: BuildResult

beforeAll(async () => {
  // The build machine's secrets, outside the content folder.
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-outside-'))
  fs.writeFileSync(path.join(outside, 'environ'), `${SECRET}\n`)
  fs.writeFileSync(path.join(outside, 'config'), `[remote "origin"]\n\turl = https://x:${SECRET}@example.com/r.git\n`)
  fs.mkdirSync(path.join(outside, 'folder'))
  fs.writeFileSync(path.join(outside, 'folder', 'page.md'), `# Linked folder\n\n${SECRET}\n`)
  site = await fixtureSite('hostile-refused', { prepare: (content) => makeHostile(content) })
  build = site.build
})

/** What git fixtures cannot hold portably: links to the secrets outside, a line and an include bomb. */
function makeHostile(content: string): void {
  fs.symlinkSync(path.join(outside, 'environ'), path.join(content, 'leak.md'))
  fs.symlinkSync(path.join(outside, 'environ'), path.join(content, 'docs', 'env.txt'))
  fs.symlinkSync(path.join(outside, 'config'), path.join(content, 'docs', 'gitconfig.txt'))
  fs.symlinkSync(path.join(outside, 'folder'), path.join(content, 'linked-folder'))
  fs.symlinkSync(path.join(outside, 'nothing-here'), path.join(content, 'dangling.md'))
  // A line no editor writes, and six files each including the next ten times (10⁵ copies of the last).
  fs.writeFileSync(path.join(content, 'long-line.md'), `---\ntitle: Long line\n---\n\n${'word '.repeat(12_000)}\n`)
  fs.mkdirSync(path.join(content, '_includes'))
  for (let i = 0; i < 6; i++) {
    const body = i < 5 ? `{{< include "bomb-${i + 1}.md" >}}\n`.repeat(10) : 'Ten to the fifth copies of this line.\n'
    fs.writeFileSync(path.join(content, '_includes', `bomb-${i}.md`), body)
  }
  fs.writeFileSync(path.join(content, 'bomb.md'), '---\ntitle: Bomb\n---\n\n{{< include "_includes/bomb-0.md" >}}\n')
}

afterAll(() => {
  fs.rmSync(outside, { recursive: true, force: true })
})

describe('a hostile handbook that must not build', () => {
  it('fails the build with no stack trace', () => {
    expect(build.code).not.toBe(0)
    expect(build.output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m)
    expect(build.output).not.toContain('node_modules/')
  })

  it('reports each hostile file at its line, with the fix', () => {
    const symlink = 'symbolic links are not content, so this one was not read (links and includes that name it are broken too): commit the file itself (git add the real file, not a link)'
    const maintainer = 'or a maintainer lists it in publishFiles in handbook.config.ts'
    const pattern = 'which _redirects reads as a pattern. Write the old address as a plain path of this site, e.g. redirect_from: /old/page'
    expect(site.diagnostics().filter((line) => line.includes(': error: '))).toEqual([
      '_includes/bomb-2.md:9:1: error: include "bomb-3.md" goes over the limit of 1,000 includes in one page (through bomb.md → _includes/bomb-0.md → _includes/bomb-1.md → _includes/bomb-2.md → _includes/bomb-3.md): include fewer files, or the same file fewer times',
      `dangling.md: error: ${symlink}`,
      `docs/env.txt: error: ${symlink}`,
      `docs/gitconfig.txt: error: ${symlink}`,
      'escape.md:3: error: slug "../../escaped" leaves the site: write a path inside the site such as "/escaped"',
      'handbook.yml:3:8: error: "repository" url "javascript:alert(\'PWNED-repository\')//" uses "javascript:", which a link of the handbook may not use: write the web address of the repository, e.g. url: "https://github.com/acme/handbook"',
      'handbook.yml:4:12: error: "peopleUrl" is "//evil.example/people": it starts with "//", which names another host and leaves the site: write a path of this site such as peopleUrl: /people',
      'home-again.md:3: error: slug "/." makes this page the home page (/), which is index.md. Remove "slug" or write another path such as "/home-again"',
      `index.md:5:5: error: docs/policy.html: .html files are not published from the content folder (a page could run script on the handbook's site): link to a PDF or a page instead, ${maintainer}`,
      `index.md:5:36: error: docs/sw.js: a script named as a service worker is not published from the content folder (once registered it would answer for every page of the site): remove the link, ${maintainer}`,
      `index.md:5:70: error: docs/feed.xml: .xml files are not published from the content folder (an XML document can carry script that runs on the handbook's site): link to a PDF or a page instead, ${maintainer}`,
      'index.md:6:9: error: broken link "docs/gitconfig.txt": no page or file at docs/gitconfig.txt. Check the path: it starts from this file\'s folder',
      'index.md:8:1: error: include "docs/env.txt": no such file in the content folder. Paths start from this file\'s folder, or from the content root with a leading /',
      `leak.md: error: ${symlink}`,
      `linked-folder: error: ${symlink}`,
      'long-line.md:5: error: this line is 60,000 characters long, over the limit of 50,000: split it into paragraphs',
      `redirects.md:4: error: redirect_from "/*" contains "*", ${pattern}`,
      'redirects.md:5: error: redirect_from "/robots.txt" is the address of a file the build writes (/robots.txt), so it cannot redirect to this page. Remove it',
      'redirects.md:6: error: redirect_from "/search" is the address of the search results page, so it cannot redirect to this page. Remove it',
      `redirects.md:7: error: redirect_from "/old:name" contains ":", ${pattern}`,
      'sidebars.yml:6:11: error: href "javascript:alert(\'PWNED-sidebar\')" uses "javascript:", which a link of the handbook may not use: write a path of this site (/…) or a full URL (https://…, mailto:…)',
    ])
  })

  it('writes no byte of the secret anywhere, and nothing outside the site', () => {
    expect(filesHolding(site.projectDir, SECRET.split('=')[1]!).filter((file) => !file.startsWith('node_modules'))).toEqual([])
    expect(fs.existsSync(site.publicDir) ? filesHolding(site.publicDir, SECRET.split('=')[1]!) : []).toEqual([])
    expect(build.output).not.toContain(SECRET)
    expect(fs.existsSync(path.join(site.projectDir, '..', 'escaped'))).toBe(false)
    expect(fs.existsSync(path.join(path.dirname(site.projectDir), 'escaped'))).toBe(false)
  })
})
