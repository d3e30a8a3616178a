/** Addresses from frontmatter and settings become folders of public/: they are normalised, and refused when they leave the site. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readSitePath } from '../../../src/content/links/site-path'
import { slugUrl } from '../../../src/content/links/url'
import { parsePageSources } from '../../../src/content/pipeline/page-sources'
import { assignRoutes } from '../../../src/content/pipeline/routes'
import { formatDiagnostic, type Diagnostic } from '../../../src/content/common/diagnostics'
import { markdownCopyPath } from '../../../src/shared/markdown-copy'
import { insidePublic, publicWriter } from '../../../src/node/public-writer'

const page = (sourcePath: string, text: string) => ({ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' as const }, text })

describe('readSitePath', () => {
  it.each([
    ['/a/b', true, ['a', 'b']],
    ['a//b/./c/', false, ['a', 'b', 'c']],
    ['/.', true, []],
    ['\\a\\b', true, ['a', 'b']],
    ['/a%20b', true, ['a b']],
  ])('reads %j', (written, absolute, segments) => {
    expect(readSitePath(written)).toEqual({ ok: true, absolute, segments })
  })

  it.each([
    ['/../x', 'leaves the site: write a path inside the site such as "/x"'],
    ['/a/%2e%2e/%2E%2E/x', 'leaves the site: write a path inside the site such as "/a/x"'],
    ['..\\..\\etc', 'leaves the site: write a path inside the site such as "/etc"'],
    ['//evil.example/x', 'starts with "//", which names another host and leaves the site: write a path inside the site such as "/x"'],
    ['https://evil.example/x', 'is a full URL, which would leave the site: write a path inside the site such as "/x"'],
    ['/a%00b', 'contains a control character, which no address of the site may hold: write a path inside the site such as "/"'],
  ])('refuses %j', (written, problem) => {
    expect(readSitePath(written)).toEqual({ ok: false, problem })
  })
})

describe('slugUrl', () => {
  it.each([
    ['/custom/Path/', 'a/b.md', '/custom/path'],
    ['/.', 'a/b.md', '/'],
    ['.', 'a/b.md', '/a'],
    ['/index', 'a/b.md', '/index'],
  ])('gives %j on %s the URL %s', (slug, sourcePath, url) => {
    expect(slugUrl(slug, sourcePath)).toEqual({ ok: true, url })
  })

  it.each(['/../x', '../x', '/ ../x', '/%2e%2e/x', '..%2Fx', '//evil.example', 'javascript:alert(1)'])('refuses %j', (slug) => {
    expect(slugUrl(slug, 'a/b.md').ok).toBe(false)
  })
})

function route(files: Array<[string, string]>) {
  const diagnostics: Diagnostic[] = []
  const sources = parsePageSources(
    files.map(([p, text]) => page(p, text)),
    diagnostics,
  )
  const routed = assignRoutes(sources, diagnostics)
  return { routed, messages: diagnostics.map((d) => `${d.code} ${formatDiagnostic(d)}`) }
}

describe('page URLs from slug and url', () => {
  it('refuses a slug or url that leaves the site at its line, and keeps the page at its own path', () => {
    const { routed, messages } = route([
      ['a.md', '---\ntitle: A\nslug: /../../outside\n---\n# A\n'],
      ['b.md', '---\ntitle: B\n\nurl: "//evil.example/b"\n---\n# B\n'],
      ['c.md', '---\nslug: "%2e%2e/%2e%2e/c"\n---\n# C\n'],
    ])
    expect(messages).toEqual([
      'url-outside a.md:3: error: slug "/../../outside" leaves the site: write a path inside the site such as "/outside"',
      'url-outside b.md:4: error: url "//evil.example/b" starts with "//", which names another host and leaves the site: write a path inside the site such as "/b"',
      'url-outside c.md:2: error: slug "%2e%2e/%2e%2e/c" leaves the site: write a path inside the site such as "/c"',
    ])
    expect(routed.map((s) => s.url)).toEqual(['/a', '/b', '/c'])
  })

  it('refuses a slug onto the home page when the root index page has it, whichever comes first', () => {
    const { routed, messages } = route([
      ['about.md', '---\ntitle: About\nslug: /.\n---\n# About\n'],
      ['index.md', '# Home\n'],
      ['team.md', '---\nslug: /index\n---\n# Team\n'],
      ['data.md', '---\nslug: /page-data/index\n---\n# Data\n'],
    ])
    expect(messages).toEqual([
      'url-home about.md:3: error: slug "/." makes this page the home page (/), which is index.md. Remove "slug" or write another path such as "/about"',
      'url-reserved team.md:2: error: its URL /index is used by the home page (its files index.md and page-data/index). Rename the file or set another slug in its frontmatter',
      'url-reserved data.md:2: error: its URL /page-data/index is used by the folder /page-data/, which the build fills. Rename the file or set another slug in its frontmatter',
    ])
    expect(routed.map((s) => [s.file.sourcePath, s.url])).toEqual([['index.md', '/']])
  })

  it('lets a page take the home page by slug when there is no root index page (Docusaurus docs-only sites)', () => {
    const { routed, messages } = route([['intro.md', '---\nslug: /\n---\n# Intro\n']])
    expect(messages).toEqual([])
    expect(routed[0]!.url).toBe('/')
  })
})

describe('nothing is written outside public/', () => {
  let temp = ''
  afterEach(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true })
  })

  it('plans hostile slugs inside the site, and the writer refuses a path outside its root', () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-public-'))
    const publicDir = path.join(temp, 'public')
    const hostile = ['/../escaped', '../../escaped', '/%2e%2e/escaped', '..\\escaped', '/./../escaped', '//evil.example/escaped', '/ ../escaped', '/.', '']
    const { routed } = route(hostile.map((slug, i) => [`p${i}.md`, `---\nslug: ${JSON.stringify(slug)}\n---\n# P\n`]))
    const out = publicWriter(publicDir)
    for (const source of routed) {
      // What the build writes for a page: its HTML, its Markdown copy and its page data.
      out.write(`${source.url}/index.html`, 'page')
      out.write(markdownCopyPath(source.url), 'copy')
      out.write(`page-data${source.url === '/' ? '/index' : source.url}/page-data.json`, '{}')
    }
    expect(fs.readdirSync(temp)).toEqual(['public'])
    for (const relative of ['../escaped.md', '/../../escaped', 'a/../../escaped', '..']) {
      expect(() => out.write(relative, 'x')).toThrow(`refusing to write "${relative}": it is outside the public folder ${publicDir}`)
      expect(() => out.copy(__filename, relative)).toThrow(/^refusing to write/)
    }
    expect(fs.readdirSync(temp)).toEqual(['public'])
    expect(insidePublic(publicDir, '/a/../b.md')).toBe(path.join(publicDir, 'b.md'))
  })
})
