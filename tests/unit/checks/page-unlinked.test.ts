import { describe, expect, it } from 'vitest'
import { error } from '../../../src/content/common/diagnostics'
import { checkInput } from '../../../src/content/checks/input'
import { pageUnlinked } from '../../../src/content/checks/page-unlinked'
import type { Handbook } from '../../../src/content/handbook'
import { handbookOf, linkOf } from '../../support/handbook'

const toPage = (url: string) => linkOf(url, { kind: 'page', route: { sourcePath: `${url.slice(1)}.md`, url } })
const unlinked = (handbook: Handbook) => pageUnlinked.run(checkInput(handbook, { brokenLinks: 'error' }))

describe('the page-unlinked check', () => {
  it('warns at line 1 about a page no other page links to', () => {
    const handbook = handbookOf([{ sourcePath: 'index.md', links: [toPage('/linked')] }, { sourcePath: 'linked.md' }, { sourcePath: 'lonely.md' }])
    expect(unlinked(handbook)).toEqual([
      {
        severity: 'warning',
        code: 'page-unlinked',
        file: 'lonely.md',
        line: 1,
        message: 'no sidebar lists this page and no other page links to it, so readers find it only by search. Add it to a sidebar, or link to it from a related page',
      },
    ])
  })

  it('never warns about a page a sidebar lists, even one no page links to: the sidebar reaches it', () => {
    const sidebars = [{ name: 'Handbook', items: [{ type: 'group' as const, label: 'Guides', collapsed: true, items: [{ type: 'page' as const, label: 'Listed', url: '/listed' }] }] }]
    const handbook = handbookOf([{ sourcePath: 'index.md' }, { sourcePath: 'listed.md' }, { sourcePath: 'lonely.md' }], { sidebars })
    expect(unlinked(handbook).map((d) => d.file)).toEqual(['lonely.md'])
  })

  it("never warns about the home page; counts neither a page's links to itself nor those of a page over a limit, which it does not report either", () => {
    const handbook = handbookOf(
      [
        { sourcePath: 'index.md' },
        { sourcePath: 'self.md', links: [linkOf('#top', { kind: 'same-page', anchor: 'top' }), toPage('/self')] },
        { sourcePath: 'huge.md', links: [toPage('/only-from-huge')] },
        { sourcePath: 'only-from-huge.md', links: [linkOf('/people', { kind: 'page', route: { sourcePath: '(generated)/people', url: '/people' } })] },
      ],
      { diagnostics: [error('page-limit', 'huge.md', 'this page is too large', 1)] },
    )
    expect(unlinked(handbook).map((d) => d.file)).toEqual(['self.md', 'only-from-huge.md'])
  })
})
