import { describe, expect, it } from 'vitest'
import { linkHttp } from '../../../src/content/checks/link-http'
import { checkInput } from '../../../src/content/checks/input'
import type { LinkUse } from '../../../src/content/links/links'
import { handbookOf, linkOf } from '../../support/handbook'

const SOURCE = ['---', 'title: Links', '---', '', 'See [the page](http://example.org/page) and www.example.com.', '', 'Local: [dev](http://localhost:8000).'].join('\n')

function findingOf(use: LinkUse, source = SOURCE) {
  const handbook = handbookOf([{ sourcePath: 'guide/links.md', source, links: [use] }])
  return linkHttp(use, handbook.pages[0]!, checkInput(handbook, { brokenLinks: 'error' }))
}

const external = (href: string) => ({ kind: 'external', href }) as const

describe('the link-http rule', () => {
  it("warns about an http: link written on its line (the file's line, frontmatter included), with the https: address", () => {
    expect(findingOf(linkOf('http://example.org/page', external('http://example.org/page'), { line: 5, column: 5 }))).toEqual({
      problem: {
        severity: 'warning',
        code: 'link-http',
        file: 'guide/links.md',
        line: 5,
        column: 5,
        message: '"http://example.org/page" uses http: most sites serve https. Write https://example.org/page if it works',
      },
    })
    expect(findingOf(linkOf('HTTP://example.org/page', external('HTTP://example.org/page'), { line: 1 }), 'HTTP://example.org/page')?.problem?.message).toBe(
      '"HTTP://example.org/page" uses http: most sites serve https. Write https://example.org/page if it works',
    )
  })

  it('says nothing of an address the editor did not write so (GFM made www.example.com an http: link), or without a line', () => {
    expect(findingOf(linkOf('http://www.example.com', external('http://www.example.com'), { line: 5, column: 50 }))).toBeUndefined()
    expect(findingOf({ href: 'http://example.org/page', target: external('http://example.org/page'), embedded: false })).toBeUndefined()
    expect(findingOf(linkOf('http://example.org/page', external('http://example.org/page'), { line: 1 }))).toBeUndefined()
  })

  it("says nothing of the machine's own addresses, of https: and of links inside the site", () => {
    expect(findingOf(linkOf('http://localhost:8000', external('http://localhost:8000'), { line: 7 }))).toBeUndefined()
    expect(findingOf(linkOf('http://127.0.0.1/x', external('http://127.0.0.1/x'), { line: 1 }), 'http://127.0.0.1/x')).toBeUndefined()
    expect(findingOf(linkOf('http://[::1]/x', external('http://[::1]/x'), { line: 1 }), 'http://[::1]/x')).toBeUndefined()
    expect(findingOf(linkOf('https://example.org', external('https://example.org'), { line: 1 }), 'https://example.org')).toBeUndefined()
    expect(findingOf(linkOf('http://handbook.test/page', { kind: 'page', route: { sourcePath: 'page.md', url: '/page' } }, { line: 1 }), 'http://handbook.test/page')).toBeUndefined()
  })
})
