import { describe, expect, it } from 'vitest'
import { error } from '../../../../src/content/common/diagnostics'
import { checkInput } from '../../../../src/content/checks/input'
import { redirects } from '../../../../src/content/features/redirects/check'
import { frontmatterSchema } from '../../../../src/content/frontmatter/schema'
import { generatedPageOf, handbookOf } from '../../../support/handbook'

const redirectFrom = (...urls: string[]) => ({ frontmatter: frontmatterSchema.parse({ redirect_from: urls }), fieldLines: { redirect_from: 4 } })

describe('the redirects check', () => {
  it("reports the old URLs that cannot be redirects, on every page (one over a limit too), generated pages' addresses included", () => {
    const handbook = handbookOf(
      [
        { sourcePath: 'index.md' },
        { sourcePath: 'guide/new.md', ...redirectFrom('/guide/new', '/guide/old') },
        { sourcePath: 'huge.md', ...redirectFrom('/') },
        { sourcePath: 'staff.md', ...redirectFrom('/people') },
      ],
      { generated: [generatedPageOf({ url: '/people' })], diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] },
    )
    expect(redirects.run(checkInput(handbook, { brokenLinks: 'error' }))).toEqual([
      { severity: 'warning', code: 'redirect-self', file: 'guide/new.md', line: 4, message: 'redirect_from "/guide/new" is this page\'s own URL, so it is not a redirect and is skipped. Remove it' },
      { severity: 'error', code: 'redirect', file: 'huge.md', line: 4, message: 'redirect_from "/" is the URL of index.md, so the redirect would hide that page. Remove it, or move that page first' },
      { severity: 'error', code: 'redirect', file: 'staff.md', line: 4, message: 'redirect_from "/people" is the address of the generated page /people, so it cannot redirect to this page. Remove it' },
    ])
  })

  it('says nothing of old URLs that are free', () => {
    expect(redirects.run(checkInput(handbookOf([{ sourcePath: 'guide/new.md', ...redirectFrom('/guide/old', 'older.html') }]), { brokenLinks: 'error' }))).toEqual([])
  })
})
