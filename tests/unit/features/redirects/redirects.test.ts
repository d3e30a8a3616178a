/** Moved pages: the redirects a build publishes, and the errors for those that collide (reported by the checks). */
import { describe, expect, it } from 'vitest'
import { collectRedirects, redirectsOf, redirectUrl, type RedirectSource } from '../../../../src/content/features/redirects/redirects'

function page(sourcePath: string, url: string, redirectFrom: string[] = [], aliases?: string[]): RedirectSource {
  return {
    sourcePath,
    url,
    frontmatter: { redirect_from: redirectFrom, ...(aliases ? { aliases } : {}) },
    fieldLines: { redirect_from: 3, ...(aliases ? { aliases: 4 } : {}) },
  }
}

describe('redirectUrl', () => {
  it('reads old paths as site URLs: absolute, relative to the page, without .html or index.html', () => {
    expect(redirectUrl('/guide/old.html', '/guide/new')).toBe('/guide/old')
    expect(redirectUrl('old-name', '/guide/new')).toBe('/guide/old-name')
    expect(redirectUrl('../legacy/index.html', '/guide/new')).toBe('/legacy')
    expect(redirectUrl('https://old.example/a/b?x=1#top', '/new')).toBe('/a/b')
  })
})

describe('redirectsOf', () => {
  it('lists every old URL of every page, sorted, with the page it leads to', () => {
    const handbook = { pages: [page('guide/new.md', '/guide/new', ['old-name', '/guide/old-home'], ['/legacy/guide']), page('index.md', '/')] }
    expect(redirectsOf(handbook)).toEqual([
      { from: '/guide/old-home', to: '/guide/new', sourcePath: 'guide/new.md', line: 3 },
      { from: '/guide/old-name', to: '/guide/new', sourcePath: 'guide/new.md', line: 3 },
      { from: '/legacy/guide', to: '/guide/new', sourcePath: 'guide/new.md', line: 4 },
    ])
  })

  it('leaves out redirects that collide, which collectRedirects reports at their line', () => {
    const pages = [page('a.md', '/a', ['/a', '/b', '/old']), page('b.md', '/b', ['/old'])]
    expect(redirectsOf({ pages })).toEqual([{ from: '/old', to: '/a', sourcePath: 'a.md', line: 3 }])
    expect(collectRedirects(pages).diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'a.md:3: redirect_from "/a" is this page\'s own URL, so it is not a redirect and is skipped. Remove it',
      'a.md:3: redirect_from "/b" is the URL of b.md, so the redirect would hide that page. Remove it, or move that page first',
      'b.md:3: redirect_from "/old" is also claimed by a.md: an old URL can redirect to one page only',
    ])
  })
})
