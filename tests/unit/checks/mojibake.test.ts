import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { mojibake } from '../../../src/content/checks/mojibake'
import { handbookOf } from '../../support/handbook'

describe('the mojibake check', () => {
  it('warns at each mis-encoded run outside code, with what it should read', () => {
    const handbook = handbookOf([{ sourcePath: 'guide/text.md', source: '---\ntitle: Text\n---\n\nThe teamâ€™s `teamâ€™s` café.' }])
    expect(mojibake.run(checkInput(handbook, { brokenLinks: 'error' }))).toEqual([
      { severity: 'warning', code: 'mojibake', file: 'guide/text.md', line: 5, column: 9, message: '"â€™" looks like mis-encoded text (saved in the wrong encoding). It probably should read "’"' },
    ])
  })

  it('reads every page but those over a limit, and says nothing of clean text', () => {
    const handbook = handbookOf(
      [
        { sourcePath: 'clean.md', source: 'café, naïve, Ärger' },
        { sourcePath: 'huge.md', source: 'teamâ€™s' },
        { sourcePath: 'z.md', source: 'Ã¼ber' },
      ],
      { diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] },
    )
    expect(mojibake.run(checkInput(handbook, { brokenLinks: 'error' })).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'z.md:1:1 "Ã¼" looks like mis-encoded text (saved in the wrong encoding). It probably should read "ü"',
    ])
  })
})
