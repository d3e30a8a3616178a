import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { titleMissing } from '../../../src/content/checks/title-missing'
import { handbookOf } from '../../support/handbook'

describe('the title-missing check', () => {
  it('warns at line 1 about each page named after its file, with the name it got', () => {
    const handbook = handbookOf(
      [
        { sourcePath: 'guide/untitled.md', title: 'Untitled', titleFrom: 'file' },
        { sourcePath: 'guide/titled.md', titleFrom: 'frontmatter' },
        { sourcePath: 'guide/heading.md', titleFrom: 'heading' },
        { sourcePath: 'huge.md', title: 'Huge', titleFrom: 'file' },
        { sourcePath: 'guide/index.md', title: 'Guide', titleFrom: 'file' },
      ],
      { diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] },
    )
    expect(titleMissing.run(checkInput(handbook, { brokenLinks: 'error' }))).toEqual([
      {
        severity: 'warning',
        code: 'title-missing',
        file: 'guide/untitled.md',
        line: 1,
        message: 'this page has no title, so it is called "Untitled" after its file or folder name. Add "title: …" to its frontmatter or start it with "# Title"',
      },
      {
        severity: 'warning',
        code: 'title-missing',
        file: 'guide/index.md',
        line: 1,
        message: 'this page has no title, so it is called "Guide" after its file or folder name. Add "title: …" to its frontmatter or start it with "# Title"',
      },
    ])
  })
})
