import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { generatedPageOf, handbookOf } from '../../support/handbook'

describe('checkInput', () => {
  const handbook = handbookOf([{ sourcePath: 'index.md', anchors: ['welcome'] }, { sourcePath: 'huge.md' }, { sourcePath: 'guide/a.mdx' }], {
    generated: [generatedPageOf({ url: '/people', anchors: ['ada'] })],
    diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1), error('link-broken', 'guide/a.mdx', 'broken', 2)],
  })
  const input = checkInput(handbook, { brokenLinks: 'error' })

  it('reads every page but those over a limit, in their order', () => {
    expect(input.readPages.map((page) => page.sourcePath)).toEqual(['index.md', 'guide/a.mdx'])
  })

  it('finds content pages and pages made from data by URL, the latter named by their data file', () => {
    expect(input.pagesByUrl.get('/')).toBe(handbook.pages[0])
    expect(input.pagesByUrl.get('/huge')).toBe(handbook.pages[1])
    expect(input.pagesByUrl.get('/people')).toEqual({ sourcePath: 'the page /people (made from people.yml)', anchors: ['ada'], format: 'md' })
    expect(input.pagesByUrl.size).toBe(4)
  })
})
