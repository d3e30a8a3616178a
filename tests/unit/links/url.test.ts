import { describe, expect, it } from 'vitest'
import { isIndexFile, normalizeUrlPath, pageExtension, pageFolderSegments, stripPageExtension, urlFromSlug, urlFromSourcePath, withPathPrefix, withoutPathPrefix } from '../../../src/content/links/url'

describe('page files', () => {
  it('recognises .md, .mdx and .markdown in any case', () => {
    expect(pageExtension('a/b.md')).toBe('.md')
    expect(pageExtension('a/b.MDX')).toBe('.mdx')
    expect(pageExtension('notes.markdown')).toBe('.markdown')
    expect(pageExtension('bands.csv')).toBeUndefined()
    expect(pageExtension('images/x.svg')).toBeUndefined()
    expect(stripPageExtension('a/Team Charter.md')).toBe('a/Team Charter')
    expect(stripPageExtension('a/b.csv')).toBe('a/b.csv')
  })

  it('treats index, README and _index (any case) as their folder’s page', () => {
    for (const file of ['index.md', 'README.md', '_index.md', 'x/Index.mdx', 'x/readme.markdown', 'x/README.MD']) {
      expect(isIndexFile(file), file).toBe(true)
    }
    for (const file of ['indexes.md', 'x/readme-first.md', 'x/index.csv', 'index/values.md']) {
      expect(isIndexFile(file), file).toBe(false)
    }
    expect(pageFolderSegments('company/_index.md')).toEqual(['company'])
    expect(pageFolderSegments('company/values.md')).toEqual(['company', 'values'])
  })
})

describe('urlFromSourcePath', () => {
  it('makes the index files of a folder the folder’s URL', () => {
    expect(urlFromSourcePath('company/index.md')).toBe('/company')
    expect(urlFromSourcePath('company/README.md')).toBe('/company')
    expect(urlFromSourcePath('company/_index.md')).toBe('/company')
    expect(urlFromSourcePath('company/readme.md')).toBe('/company')
  })

  it('gives the root index files the URL /', () => {
    expect(urlFromSourcePath('index.md')).toBe('/')
    expect(urlFromSourcePath('README.md')).toBe('/')
    expect(urlFromSourcePath('_index.md')).toBe('/')
  })

  it('slugifies each segment', () => {
    expect(urlFromSourcePath('company/Team Charter.md')).toBe('/company/team-charter')
    expect(urlFromSourcePath('Team Pages/Time Off.md')).toBe('/team-pages/time-off')
    expect(urlFromSourcePath('a/B C/D.markdown')).toBe('/a/b-c/d')
    expect(urlFromSourcePath('eng/guides/deep/page.mdx')).toBe('/eng/guides/deep/page')
    expect(urlFromSourcePath('eng/guides/README.md')).toBe('/eng/guides')
  })

  it('keeps Unicode names', () => {
    expect(urlFromSourcePath('日本語/ようこそ.md')).toBe('/日本語/ようこそ')
    expect(urlFromSourcePath('équipe/Café.md')).toBe('/équipe/café')
  })
})

describe('urlFromSlug (frontmatter slug)', () => {
  it('replaces the whole URL with an absolute slug', () => {
    expect(urlFromSlug('/custom/path', 'a/b.md')).toBe('/custom/path')
    expect(urlFromSlug('/Custom Path/', 'a/b.md')).toBe('/custom-path')
    expect(urlFromSlug('/', 'a/b.md')).toBe('/')
  })

  it('replaces only the last segment with a bare name', () => {
    expect(urlFromSlug('renamed', 'a/b.md')).toBe('/a/renamed')
    expect(urlFromSlug('Name X', 'a/b.md')).toBe('/a/name-x')
    expect(urlFromSlug('x', 'index.md')).toBe('/x')
    expect(urlFromSlug('x', 'page.md')).toBe('/x')
  })

  it('replaces an index page’s last segment too, as Hugo does', () => {
    expect(urlFromSlug('renamed', 'a/index.md')).toBe('/renamed')
    expect(urlFromSlug('renamed', 'a/b/README.md')).toBe('/a/renamed')
    expect(urlFromSlug('Renamed Folder', 'a/b/_index.md')).toBe('/a/renamed-folder')
  })
})

describe('path prefix helpers', () => {
  it('adds the prefix to site URLs only', () => {
    expect(withPathPrefix('', '/a')).toBe('/a')
    expect(withPathPrefix('/handbook', '/a/b')).toBe('/handbook/a/b')
    expect(withPathPrefix('/handbook', '/')).toBe('/handbook/')
    expect(withPathPrefix('/handbook', 'https://x.test/a')).toBe('https://x.test/a')
    expect(withPathPrefix('/handbook', '#top')).toBe('#top')
  })

  it('removes the prefix only when it is a whole leading segment', () => {
    expect(withoutPathPrefix('', '/handbook/a')).toBe('/handbook/a')
    expect(withoutPathPrefix('/handbook', '/handbook/a')).toBe('/a')
    expect(withoutPathPrefix('/handbook', '/handbook')).toBe('/')
    expect(withoutPathPrefix('/handbook', '/handbook/')).toBe('/')
    expect(withoutPathPrefix('/handbook', '/handbookx/a')).toBe('/handbookx/a')
    expect(withoutPathPrefix('/handbook', '/other')).toBe('/other')
  })

  it('round-trips', () => {
    for (const url of ['/', '/a', '/a/b']) {
      expect(withoutPathPrefix('/hb', withPathPrefix('/hb', url))).toBe(url)
    }
  })

  it('normalises URL paths to one form', () => {
    expect(normalizeUrlPath('/a/b/')).toBe('/a/b')
    expect(normalizeUrlPath('/a//')).toBe('/a')
    expect(normalizeUrlPath('')).toBe('/')
    expect(normalizeUrlPath('/')).toBe('/')
    expect(normalizeUrlPath('a/b')).toBe('/a/b')
  })
})
