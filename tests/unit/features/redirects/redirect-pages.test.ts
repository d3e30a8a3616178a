/** Jekyll's redirect_to: pages, as the 18F handbook writes them: their destination resolved, or refused with the fix. */
import { describe, expect, it } from 'vitest'
import { redirectPagesOf } from '../../../../src/content/features/redirects/redirect-pages'
import { createLinkIndex, type SiteAddress } from '../../../../src/content/links/links'
import { parsePageSources } from '../../../../src/content/pipeline/page-sources'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'

const site: SiteAddress = { siteUrl: 'https://handbook.example.com', pathPrefix: '' }
const index = createLinkIndex(
  [
    { sourcePath: 'tools/tock.md', url: '/tools/tock', oldUrls: ['/tock'] },
    { sourcePath: 'tools/virtual-desktop.md', url: '/tools/virtual-desktop' },
  ],
  (file) => file === 'forms/eft.pdf',
)

function redirectPage(redirectTo: string, sourcePath = 'policies/billing_policy.md') {
  const diagnostics: Diagnostic[] = []
  const sources = parsePageSources([{ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' }, text: `---\ntitle: Billing policy\nredirect_to: ${redirectTo}\n---\n` }], diagnostics)
  const [page] = redirectPagesOf(sources, index, site, diagnostics)
  return { page: page!, diagnostics }
}

describe('redirectPagesOf', () => {
  it("sends readers to a page of this site by the address written, an old URL's included, straight to the page's URL", () => {
    const { page, diagnostics } = redirectPage('/tock/#time-tracking-and-billing')
    expect(diagnostics).toEqual([])
    expect(page).toMatchObject({ sourcePath: 'policies/billing_policy.md', url: '/policies/billing_policy', written: '/tock/#time-tracking-and-billing', redirectTo: '/tools/tock#time-tracking-and-billing' })
    expect(redirectPage('/tools/virtual-desktop/').page.redirectTo).toBe('/tools/virtual-desktop')
    expect(redirectPage('../forms/eft.pdf').page.redirectTo).toBe('/forms/eft.pdf')
  })

  it('sends readers to another site as written, and to its first address when it lists several, with a warning', () => {
    expect(redirectPage('https://engineering.18f.gov/browser-testing/#windows').page.redirectTo).toBe('https://engineering.18f.gov/browser-testing/#windows')
    const { page, diagnostics } = redirectPage('\n  - https://example.com/a\n  - https://example.com/b')
    expect(page.redirectTo).toBe('https://example.com/a')
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'redirect-to',
        file: 'policies/billing_policy.md',
        line: 3,
        message: 'redirect_to lists 2 addresses, and a page redirects to one: it sends readers to the first, "https://example.com/a", as Jekyll did. Keep that one only',
      },
    ])
  })

  it('says the text of a redirect_to: page is not shown, at its first line, as Jekyll did not show it', () => {
    const sourcePath = 'classes/intro.md'
    const diagnostics: Diagnostic[] = []
    const sources = parsePageSources(
      [{ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' }, text: '---\ntitle: Intro\nredirect_to: /tools/tock/\n---\n\nThis page provides an overview.\n' }],
      diagnostics,
    )
    expect(redirectPagesOf(sources, index, site, diagnostics)[0]!.redirectTo).toBe('/tools/tock')
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'redirect-to',
        file: sourcePath,
        line: 6,
        message: 'this page\'s text is not shown: the page is a redirect (redirect_to "/tools/tock/"), as it was in Jekyll. Move the text to a page readers see, or remove redirect_to to show it here',
      },
    ])
  })

  it('keeps an address that is no page as written: the check reports it', () => {
    const { page, diagnostics } = redirectPage('/nowhere/')
    expect(diagnostics).toEqual([])
    expect(page).toMatchObject({ redirectTo: '/nowhere/', target: { kind: 'broken', reason: 'no page at /nowhere' } })
  })

  it('refuses an address a browser must not be sent to, or that points into the page itself, with the fix', () => {
    const fix = 'Write a page of this site (redirect_to: /team/values/) or a full URL (redirect_to: https://example.com/page)'
    for (const [written, problem] of [
      ['javascript:alert(1)', 'uses "javascript:": a redirect may only send the browser to a web page, never run code or open another program'],
      ['"JavaScript:alert(1)"', 'uses "javascript:": a redirect may only send the browser to a web page, never run code or open another program'],
      ['"data:text/html,<script>alert(1)</script>"', 'uses "data:": a redirect may only send the browser to a web page, never run code or open another program'],
      ['mailto:travel@example.com', 'uses "mailto:": a redirect may only send the browser to a web page, never run code or open another program'],
      ['"java\\tscript:alert(1)"', 'contains a control character or a backslash, which browsers read in ways the address does not show'],
      ['"https://"', 'is not a URL a browser can open'],
      ['"#top"', 'points into this page, which is a redirect and shows nothing'],
      ['/policies/billing_policy/', 'points into this page, which is a redirect and shows nothing'],
    ] as const) {
      const sourcePath = 'policies/billing_policy.md'
      const diagnostics: Diagnostic[] = []
      const sources = parsePageSources([{ file: { sourcePath, absolutePath: `/content/${sourcePath}`, format: 'md' }, text: `---\ntitle: T\nredirect_to: ${written}\n---\n` }], diagnostics)
      // The page's own URL is a route like any page's.
      const withSelf = createLinkIndex([{ sourcePath, url: '/policies/billing_policy' }], () => false)
      const [page] = redirectPagesOf(sources, withSelf, site, diagnostics)
      expect(page!.redirectTo, written).toBeUndefined()
      expect(diagnostics, written).toEqual([{ severity: 'error', code: 'redirect-to', file: sourcePath, line: 3, message: `redirect_to "${page!.written}" ${problem}. ${fix}` }])
    }
  })
})
