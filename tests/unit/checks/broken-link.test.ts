import { describe, expect, it } from 'vitest'
import { brokenLink } from '../../../src/content/checks/broken-link'
import { checkInput } from '../../../src/content/checks/input'
import { handbookOf, linkOf } from '../../support/handbook'

const page = { sourcePath: 'guide/links.md', source: 'text' }

function findingsOf(...uses: ReturnType<typeof linkOf>[]) {
  const handbook = handbookOf([{ ...page, links: uses }])
  const input = checkInput(handbook, { brokenLinks: 'error' })
  return uses.map((use) => brokenLink(use, handbook.pages[0]!, input))
}

describe('the broken-link rule', () => {
  it('reports a link to nothing at its line and column, with where to look, and ends the link', () => {
    const [relative, absolute, url] = findingsOf(
      linkOf('missing.md', { kind: 'broken', href: 'missing.md', reason: 'no page file guide/missing.md' }, { line: 5, column: 3 }),
      linkOf('/guide/nope', { kind: 'broken', href: '/guide/nope', reason: 'no page at /guide/nope' }, { line: 7, column: 40 }),
      linkOf('https://handbook.test/gone', { kind: 'broken', href: 'https://handbook.test/gone', reason: 'no page at /gone' }, { line: 9, column: 5 }),
    )
    expect(relative).toEqual({
      problem: {
        severity: 'error',
        code: 'link-broken',
        file: 'guide/links.md',
        line: 5,
        column: 3,
        message: 'broken link "missing.md": no page file guide/missing.md. Check the path: it starts from this file\'s folder',
      },
      last: true,
    })
    expect(absolute?.problem?.message).toBe('broken link "/guide/nope": no page at /guide/nope. Check the address')
    expect(url?.problem?.message).toBe('broken link "https://handbook.test/gone": no page at /gone. Check the address')
  })

  it('calls an embedded file that is missing a missing image or file', () => {
    const [image] = findingsOf(linkOf('images/missing.png', { kind: 'broken', href: 'images/missing.png', reason: 'no page or file at images/missing.png' }, { embedded: true, alt: '', line: 5, column: 1 }))
    expect(image?.problem).toEqual({
      severity: 'error',
      code: 'image-missing',
      file: 'guide/links.md',
      line: 5,
      column: 1,
      message: 'missing image or file "images/missing.png": no page or file at images/missing.png. Check the path: it starts from this file\'s folder',
    })
  })

  it('names the file a missing site-absolute path was meant to be, when one is near; a relative one keeps its hint', () => {
    const handbook = (use: ReturnType<typeof linkOf>) => handbookOf([{ ...page, links: [use] }], { contentFiles: ['images/explorer-hog.png', 'files/deck.pdf'] })
    const message = (use: ReturnType<typeof linkOf>) => {
      const book = handbook(use)
      return brokenLink(use, book.pages[0]!, checkInput(book, { brokenLinks: 'error' }))?.problem?.message
    }
    const reason = (at: string) => `no file at ${at} in the content folder or static/`
    expect(message(linkOf('/images/explorer-hogg.png', { kind: 'broken', href: '/images/explorer-hogg.png', reason: reason('/images/explorer-hogg.png') }, { embedded: true, alt: '' }))).toBe(
      'missing image or file "/images/explorer-hogg.png": no file at /images/explorer-hogg.png in the content folder or static/. Did you mean /images/explorer-hog.png?',
    )
    expect(message(linkOf('/files/dek.pdf', { kind: 'broken', href: '/files/dek.pdf', reason: reason('/files/dek.pdf') }))).toBe(
      'broken link "/files/dek.pdf": no file at /files/dek.pdf in the content folder or static/. Did you mean /files/deck.pdf?',
    )
    expect(message(linkOf('/images/other.gif', { kind: 'broken', href: '/images/other.gif', reason: reason('/images/other.gif') }, { embedded: true, alt: '' }))).toBe(
      'missing image or file "/images/other.gif": no file at /images/other.gif in the content folder or static/. Check the address',
    )
    expect(message(linkOf('explorer-hogg.png', { kind: 'broken', href: 'explorer-hogg.png', reason: 'no page or file at explorer-hogg.png' }, { embedded: true, alt: '' }))).toBe(
      'missing image or file "explorer-hogg.png": no page or file at explorer-hogg.png. Check the path: it starts from this file\'s folder',
    )
  })

  it('names the page a relative link was meant to be (the same name, another extension or case) in the folder it names, written as the link was', () => {
    const pages = [{ ...page }, { sourcePath: 'guide/guides/setup.mdx', source: 'text' }]
    const message = (use: ReturnType<typeof linkOf>) => {
      const book = handbookOf([{ ...pages[0]!, links: [use] }, pages[1]!], { contentFiles: ['guide/elsewhere/setup.mdx'] })
      return brokenLink(use, book.pages[0]!, checkInput(book, { brokenLinks: 'error' }))?.problem?.message
    }
    // Docusaurus resolves a link to the file as named: the page is an .mdx file.
    expect(message(linkOf('./guides/setup.md#install', { kind: 'broken', href: './guides/setup.md#install', reason: 'no page file guide/guides/setup.md' }))).toBe(
      'broken link "./guides/setup.md#install": no page file guide/guides/setup.md. Did you mean ./guides/setup.mdx#install?',
    )
    expect(message(linkOf('guides/Setup.md', { kind: 'broken', href: 'guides/Setup.md', reason: 'no page file guide/guides/Setup.md' }))).toBe(
      'broken link "guides/Setup.md": no page file guide/guides/Setup.md. Did you mean guides/setup.mdx?',
    )
    // Not a near name (another file as often), nor the same name in another folder.
    expect(message(linkOf('guides/setpu.mdx', { kind: 'broken', href: 'guides/setpu.mdx', reason: 'no page file guide/guides/setpu.mdx' }))).toMatch(/Check the path/)
    expect(message(linkOf('other/setup.mdx', { kind: 'broken', href: 'other/setup.mdx', reason: 'no page file guide/other/setup.mdx' }))).toMatch(/Check the path/)
  })

  it('reports a warning instead with HANDBOOK_BROKEN_LINKS=warn', () => {
    const use = linkOf('missing.md', { kind: 'broken', href: 'missing.md', reason: 'no page file missing.md' })
    const handbook = handbookOf([{ ...page, links: [use] }])
    expect(brokenLink(use, handbook.pages[0]!, checkInput(handbook, { brokenLinks: 'warn' }))?.problem?.severity).toBe('warning')
  })

  it('says nothing of a link that goes somewhere', () => {
    expect(findingsOf(linkOf('https://example.org', { kind: 'external', href: 'https://example.org' }), linkOf('#top', { kind: 'same-page', anchor: 'top' }))).toEqual([undefined, undefined])
  })
})
