import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { internalPages, readVisibility } from '../../../../src/content/features/audience/visibility'

describe('internalPages', () => {
  const folders = new Map([
    ['finance', 'internal'],
    ['finance/open', 'public'],
  ] as const)

  it("follows the page's own field, else the nearest folder that sets one", () => {
    const diagnostics: Diagnostic[] = []
    const internal = internalPages(
      [
        { sourcePath: 'index.md' },
        { sourcePath: 'finance/budget.md' },
        { sourcePath: 'finance/deep/plan.md' },
        { sourcePath: 'finance/open/report.md' },
        { sourcePath: 'finance/expenses.md', written: 'public' },
        { sourcePath: 'handbook/bands.md', written: 'Internal' },
      ],
      folders,
      diagnostics,
    )
    expect([...internal].sort()).toEqual(['finance/budget.md', 'finance/deep/plan.md', 'handbook/bands.md'])
    expect(diagnostics).toEqual([])
  })

  it('reads a value that is neither as internal, with an error at its line: a typo never publishes a private page', () => {
    const diagnostics: Diagnostic[] = []
    expect([...internalPages([{ sourcePath: 'a.md', written: 'private', line: 3 }], new Map(), diagnostics)]).toEqual(['a.md'])
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        code: 'frontmatter-visibility',
        file: 'a.md',
        line: 3,
        message: '"visibility" must be public or internal, but it is "private": the page is treated as internal (left out of the public site) until it is fixed. Write visibility: internal, or remove the line',
      },
    ])
    expect(readVisibility(true)).toBeUndefined()
  })
})
