import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { pageEmpty } from '../../../src/content/checks/page-empty'
import type { Page } from '../../../src/content/handbook'
import { handbookOf } from '../../support/handbook'

const empties = (pages: Partial<Page>[], handbook: Parameters<typeof handbookOf>[1] = {}) => pageEmpty.run(checkInput(handbookOf(pages, handbook), { brokenLinks: 'error' }))

describe('the page-empty check', () => {
  it('warns at line 1 about a .md page with nothing after its frontmatter but blank lines and comments', () => {
    expect(empties([{ sourcePath: 'guide/empty.md', source: '---\ntitle: Empty\n---\n\n<!-- to do:\nwrite it -->\n\n', frontmatterLines: 3 }])).toEqual([
      { severity: 'warning', code: 'page-empty', file: 'guide/empty.md', line: 1, message: 'this page is empty. Write its content, or delete the file' },
    ])
  })

  it('reads Windows line ends, a page of frontmatter only and an empty file alike', () => {
    const pages = [
      { sourcePath: 'crlf.md', source: '---\r\ntitle: A\r\n---\r\n\r\n<!-- nothing -->\r\n\r\n', frontmatterLines: 3 },
      { sourcePath: 'only-frontmatter.md', source: '---\ntitle: B\n---', frontmatterLines: 3 },
      { sourcePath: 'blank.md', source: '\r\n\r\n' },
      { sourcePath: 'nothing.md', source: '' },
    ]
    expect(empties(pages).map((d) => d.file)).toEqual(['crlf.md', 'only-frontmatter.md', 'blank.md', 'nothing.md'])
  })

  it('says nothing of a page with content (a title heading is content), of an .mdx page, or of a page over a limit', () => {
    const pages = [
      { sourcePath: 'heading.md', source: '---\ntitle: A\n---\n# A', frontmatterLines: 3 },
      { sourcePath: 'text.md', source: '<!-- note -->\nText.' },
      { sourcePath: 'all-components.mdx', source: '' },
      { sourcePath: 'huge.md', source: '' },
    ]
    expect(empties(pages, { diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] })).toEqual([])
  })
})
