/**
 * The URL sets diff behind `npm run check -- --since`: old URLs computed as
 * the build does, each one gone and not redirected reported at the page that
 * replaces it, or at the old file with the closest remaining page.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { brokenUrlDiagnostics, brokenUrls, pageUrlsOf, redirectsToAdd } from '../../../src/content/checks/url-changes'
import { pageFormatOf, scanContent } from '../../../src/content/load/content-files'

describe('pageFormatOf', () => {
  it('follows the content folder rules: `_` folders and files, hidden files and people data are not pages', () => {
    expect(pageFormatOf('a/b.md')).toBe('md')
    expect(pageFormatOf('a/B.MDX')).toBe('mdx')
    expect(pageFormatOf('a/_index.md')).toBe('md')
    expect(pageFormatOf('a/_partial.md')).toBeUndefined()
    expect(pageFormatOf('_includes/x.md')).toBeUndefined()
    expect(pageFormatOf('.github/x.md')).toBeUndefined()
    expect(pageFormatOf('node_modules/x/readme.md')).toBeUndefined()
    expect(pageFormatOf('a/image.png')).toBeUndefined()
  })

  it('agrees with the scan of a folder on disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-page-format-'))
    const files = ['index.md', 'a/README.md', 'a/_index.md', 'a/_part.md', 'a/b.mdx', 'a/c.markdown', '_shared/d.md', 'people/e.md', 'x/_y/f.md', 'a/g.txt', '.hidden/h.md']
    try {
      for (const file of files) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        fs.writeFileSync(path.join(dir, file), 'x\n')
      }
      const scanned = scanContent(dir).pages.map((page) => [page.sourcePath, page.format])
      expect(files.flatMap((file) => (pageFormatOf(file) ? [[file, pageFormatOf(file)]] : [])).sort()).toEqual(scanned.sort())
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('pageUrlsOf', () => {
  it('computes URLs from text: slug and url fields, index and README files; drafts, headless and non-pages left out', () => {
    const urls = pageUrlsOf([
      { path: 'index.md', text: '# Home\n' },
      { path: 'ops/README.md', text: '# Ops\n' },
      { path: 'a/Time Off.md', text: 'x\n' },
      { path: 'a/b.md', text: '---\nslug: rules\n---\n' },
      { path: 'a/c.md', text: '---\nurl: top/c\n---\n' },
      { path: 'a/d.md', text: '---\ndraft: true\n---\n' },
      { path: 'a/e.md', text: '---\nheadless: true\n---\n' },
      { path: '_includes/f.md', text: 'x\n' },
    ])
    expect([...urls]).toEqual([
      ['/', 'index.md'],
      ['/ops', 'ops/README.md'],
      ['/a/time-off', 'a/Time Off.md'],
      ['/a/rules', 'a/b.md'],
      ['/top/c', 'a/c.md'],
    ])
  })
})

describe('brokenUrls', () => {
  const before = new Map([
    ['/handbook/old', 'handbook/old.md'],
    ['/handbook/policy', 'handbook/policy.md'],
    ['/ops', 'ops/index.md'],
    ['/retired', 'retired.md'],
    ['/legacy', 'legacy.md'],
  ])
  const current = {
    pages: [
      { sourcePath: 'handbook/new.md', url: '/handbook/new' },
      { sourcePath: 'handbook/policy.md', url: '/handbook/rules' },
      { sourcePath: 'ops/README.md', url: '/ops' },
      { sourcePath: 'retire.md', url: '/retire' },
    ],
    redirects: [{ from: '/legacy' }],
  }
  const broken = brokenUrls(before, current, [
    { from: 'handbook/old.md', to: 'handbook/new.md' },
    { from: 'ops/index.md', to: 'ops/README.md' },
  ])

  it('finds every URL gone and not redirected, with the page that replaces it or the closest one', () => {
    expect(broken).toEqual([
      { url: '/handbook/old', oldPath: 'handbook/old.md', movedTo: { sourcePath: 'handbook/new.md', url: '/handbook/new' } },
      { url: '/handbook/policy', oldPath: 'handbook/policy.md', movedTo: { sourcePath: 'handbook/policy.md', url: '/handbook/rules' } },
      { url: '/retired', oldPath: 'retired.md', closest: { sourcePath: 'retire.md', url: '/retire' } },
    ])
  })

  it('says where each one is and how to fix it', () => {
    expect(brokenUrlDiagnostics(broken)).toEqual([
      {
        severity: 'error',
        code: 'url-broken',
        file: 'handbook/new.md',
        line: 1,
        message: 'moved from handbook/old.md: its old URL /handbook/old would break; add redirect_from: /handbook/old (or run with --fix)',
      },
      {
        severity: 'error',
        code: 'url-broken',
        file: 'handbook/policy.md',
        line: 1,
        message: 'its URL changed from /handbook/policy to /handbook/rules: the old URL would break; add redirect_from: /handbook/policy (or run with --fix)',
      },
      {
        severity: 'error',
        code: 'url-broken',
        file: 'retired.md',
        message: 'this page was removed: its URL /retired would break. Add redirect_from: /retired to the page that replaces it, e.g. to retire.md (/retire), the closest remaining page',
      },
    ])
  })

  it('lists the redirects --fix adds, by page', () => {
    expect([...redirectsToAdd(broken)]).toEqual([
      ['handbook/new.md', ['/handbook/old']],
      ['handbook/policy.md', ['/handbook/policy']],
    ])
  })
})
