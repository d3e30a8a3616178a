import { describe, expect, it } from 'vitest'
import { createPageLookup } from '../../../src/content/links/page-lookup'

const pages = [
  { sourcePath: 'index.md' },
  { sourcePath: 'values.md' },
  { sourcePath: 'company/_index.md' },
  { sourcePath: 'company/Team Charter.md' },
  { sourcePath: 'people/README.md' },
  { sourcePath: 'people.md' },
  { sourcePath: 'editing/mdx-components.mdx' },
  { sourcePath: 'offices/z\u00fcrich.md' },
]
const lookup = createPageLookup(pages)
const at = (path: string) => lookup.at(path)?.sourcePath
const find = (path: string) => lookup.find(path)?.sourcePath

describe('createPageLookup: at', () => {
  it('finds the exact path, then the same path in another case', () => {
    expect(at('values.md')).toBe('values.md')
    expect(at('VALUES.MD')).toBe('values.md')
    expect(at('company/team charter.md')).toBe('company/Team Charter.md')
    expect(at('values')).toBeUndefined()
  })

  it('prefers the exact case when two paths differ only in case', () => {
    const both = createPageLookup([{ sourcePath: 'A.md' }, { sourcePath: 'a.md' }])
    expect(both.at('A.md')?.sourcePath).toBe('A.md')
    expect(both.at('a.md')?.sourcePath).toBe('a.md')
  })

  it('compares paths in NFC', () => {
    expect(at('offices/zu\u0308rich.md')).toBe('offices/z\u00fcrich.md')
    expect(createPageLookup([{ sourcePath: 'zu\u0308rich.md' }]).at('z\u00fcrich.md')?.sourcePath).toBe('zu\u0308rich.md')
  })
})

describe('createPageLookup: find', () => {
  it.each([
    ['the exact path', 'values.md', 'values.md'],
    ['any case', 'Company/TEAM CHARTER.md', 'company/Team Charter.md'],
    ['no extension', 'values', 'values.md'],
    ['no extension, .mdx', 'editing/mdx-components', 'editing/mdx-components.mdx'],
    ['a folder with _index.md', 'company', 'company/_index.md'],
    ['a folder in another case', 'COMPANY', 'company/_index.md'],
    ['the content folder itself', '', 'index.md'],
    ['either Unicode form', 'offices/zu\u0308rich', 'offices/z\u00fcrich.md'],
  ])('finds a page by %s', (_how, written, sourcePath) => {
    expect(find(written)).toBe(sourcePath)
  })

  it('prefers a page file to the index page of a folder of the same name', () => {
    expect(find('people')).toBe('people.md')
    expect(createPageLookup(pages.filter((page) => page.sourcePath !== 'people.md')).find('people')?.sourcePath).toBe('people/README.md')
  })

  it('finds nothing for a path that names no page', () => {
    expect(find('nowhere')).toBeUndefined()
    expect(find('company/values')).toBeUndefined()
    expect(createPageLookup([{ sourcePath: 'a/b.md' }]).find('')).toBeUndefined()
  })
})
