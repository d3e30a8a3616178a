import { describe, expect, it } from 'vitest'
import { allChecks, checkHandbook, HANDBOOK_CHECKS, runChecks, type CheckInput, type HandbookCheck } from '../../../src/content/checks'
import { frontmatterSchema } from '../../../src/content/frontmatter/schema'
import { sortDiagnostics, warning } from '../../../src/content/common/diagnostics'
import { generatedPageOf, handbookOf, linkOf } from '../../support/handbook'

describe('checkHandbook', () => {
  it("runs the checks of the list in its order, then the feature wings' (the redirects' last)", () => {
    expect(HANDBOOK_CHECKS.map((check) => check.name)).toEqual(['links', 'mojibake', 'page-empty', 'title-missing', 'title-markup', 'title-hidden', 'page-unlinked', 'generated-links'])
    expect(allChecks().map((check) => check.name)).toEqual([
      'links',
      'mojibake',
      'page-empty',
      'title-missing',
      'title-markup',
      'title-hidden',
      'page-unlinked',
      'generated-links',
      'diagram-syntax',
      'redirects',
      'link-internal',
      'language-folder',
    ])
  })

  it("keeps, once sorted, the order problems on the same line were found in: a page's own, then who links to it, then its redirects", () => {
    const handbook = handbookOf(
      [
        { sourcePath: 'index.md', source: 'Home' },
        {
          sourcePath: 'guide/a.md',
          title: 'A',
          titleFrom: 'file',
          frontmatter: frontmatterSchema.parse({ redirect_from: ['/guide/a'] }),
          fieldLines: { redirect_from: 1 },
          source: 'teamâ€™s [x](gone.md)',
          links: [linkOf('gone.md', { kind: 'broken', href: 'gone.md', reason: 'no page file guide/gone.md' }, { column: 12 })],
        },
        { sourcePath: 'guide/b.md', title: 'B', titleFrom: 'file', source: '' },
      ],
      { generated: [generatedPageOf({ links: [linkOf('/gone', { kind: 'broken', href: '/gone', reason: 'no page at /gone' }, { line: undefined, column: undefined })] })] },
    )
    const found = checkHandbook(handbook, { brokenLinks: 'error' })
    expect(found.map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''} ${d.code}`)).toEqual([
      'guide/a.md:1:12 link-broken',
      'guide/a.md:1:5 mojibake',
      'guide/b.md:1: page-empty',
      'guide/a.md:1: title-missing',
      'guide/b.md:1: title-missing',
      'guide/a.md:1: page-unlinked',
      'guide/b.md:1: page-unlinked',
      'people.yml:: link-broken',
      'guide/a.md:1: redirect-self',
    ])
    expect(sortDiagnostics(found).map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''} ${d.code}`)).toEqual([
      'guide/a.md:1: title-missing',
      'guide/a.md:1: page-unlinked',
      'guide/a.md:1: redirect-self',
      'guide/a.md:1:5 mojibake',
      'guide/a.md:1:12 link-broken',
      'guide/b.md:1: page-empty',
      'guide/b.md:1: title-missing',
      'guide/b.md:1: page-unlinked',
      'people.yml:: link-broken',
    ])
  })
})

describe('runChecks', () => {
  it("runs the checks given, in order, on one input: what several need is made once, each page's lines split once", () => {
    const seen: CheckInput[] = []
    const lines: (readonly string[])[] = []
    const linesOfFirst: HandbookCheck = {
      name: 'lines',
      run(input) {
        seen.push(input)
        lines.push(input.linesOf(input.readPages[0]!))
        return [warning('first', 'a.md', `${input.linesOf(input.readPages[0]!).length} lines`, 1)]
      },
    }
    const found = runChecks([linesOfFirst, linesOfFirst], handbookOf([{ sourcePath: 'a.md', source: 'one\r\ntwo\nthree' }]), { brokenLinks: 'warn' })
    expect(found.map((d) => d.message)).toEqual(['3 lines', '3 lines'])
    expect(seen[0]).toBe(seen[1])
    expect(seen[0]!.options).toEqual({ brokenLinks: 'warn' })
    expect(lines[0]).toBe(lines[1])
    expect(lines[0]).toEqual(['one\r', 'two', 'three'])
  })
})
