/** Where a redirect_to: page sends readers, checked as a link. */
import { describe, expect, it } from 'vitest'
import { checkInput } from '../../../src/content/checks/input'
import { redirectToProblems } from '../../../src/content/checks/redirect-to'
import { links } from '../../../src/content/checks/links'
import { frontmatterSchema } from '../../../src/content/frontmatter/schema'
import type { RedirectPage } from '../../../src/content/handbook'
import { handbookOf } from '../../support/handbook'

describe('the redirect_to check', () => {
  const redirectPage = (written: string, target: RedirectPage['target'], redirectTo?: string): RedirectPage => ({
    sourcePath: 'billing.md',
    url: '/billing',
    frontmatter: frontmatterSchema.parse({ redirect_to: written }),
    fieldLines: { redirect_to: 3 },
    written,
    ...(target ? { target } : {}),
    ...(redirectTo ? { redirectTo } : {}),
  })

  it('reports a destination that is no page, or a heading its page lacks, as a broken link (a warning with HANDBOOK_BROKEN_LINKS=warn)', () => {
    const tock = { sourcePath: 'tools/tock.md', anchors: ['time-tracking'] }
    const handbook = handbookOf([tock], {
      redirectPages: [
        redirectPage('/nowhere/', { kind: 'broken', href: '/nowhere/', reason: 'no page at /nowhere' }, '/nowhere/'),
        redirectPage('/tock/#billing', { kind: 'page', route: { sourcePath: 'tools/tock.md', url: '/tools/tock' }, anchor: 'billing' }, '/tools/tock#billing'),
        redirectPage('/tock/#time-tracking', { kind: 'page', route: { sourcePath: 'tools/tock.md', url: '/tools/tock' }, anchor: 'time-tracking' }, '/tools/tock#time-tracking'),
        redirectPage('https://example.com/', { kind: 'external', href: 'https://example.com/' }, 'https://example.com/'),
      ],
    })
    expect(redirectToProblems(checkInput(handbook, { brokenLinks: 'error' }))).toEqual([
      { severity: 'error', code: 'link-broken', file: 'billing.md', line: 3, message: 'redirect_to "/nowhere/": no page at /nowhere. Check the address: readers sent there would find nothing' },
      {
        severity: 'error',
        code: 'anchor-broken',
        file: 'billing.md',
        line: 3,
        message: 'redirect_to "/tock/#billing": #billing is not a heading on tools/tock.md. Check the heading, or send readers to the page itself',
      },
    ])
    expect(redirectToProblems(checkInput(handbook, { brokenLinks: 'warn' })).map((d) => d.severity)).toEqual(['warning', 'warning'])
    // Part of the links check, as a link in a page is.
    expect(links.run(checkInput(handbook, { brokenLinks: 'error' })).map((d) => d.code)).toEqual(['link-broken', 'anchor-broken'])
  })
})
