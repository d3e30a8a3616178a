/** redirect_from and aliases: only plain old addresses of the site reach _redirects; every other entry is a diagnostic at its line. */
import { describe, expect, it } from 'vitest'
import { collectRedirects, redirectsFile, redirectsOf, type RedirectSource } from '../../../src/content/features/redirects/redirects'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { siteAddresses } from '../../../src/content/features'

const page = (sourcePath: string, url: string, redirectFrom: string[] = []): RedirectSource => ({
  sourcePath,
  url,
  frontmatter: { redirect_from: redirectFrom },
  fieldLines: { redirect_from: 4 },
})

const site = {
  // The site's own URLs and root files, as the registry of feature wings gives them to the build.
  addresses: siteAddresses(),
  generated: [{ url: '/people' }, { url: '/teams/platform' }],
  contentFiles: ['docs/policy.pdf', 'handbook.yml'],
}

const plain = 'Write the old address as a plain path of this site, e.g. redirect_from: /old/page'

describe('redirect_from entries that cannot be redirects', () => {
  it.each([
    ['/*', `redirect_from "/*" contains "*", which _redirects reads as a pattern. ${plain}`],
    ['/:splat', `redirect_from "/:splat" contains ":", which _redirects reads as a pattern. ${plain}`],
    ['/old?x=1', `redirect_from "/old?x=1" contains "?": a redirect matches a path, never a query or a fragment. ${plain}`],
    ['/old#part', `redirect_from "/old#part" contains "#": a redirect matches a path, never a query or a fragment. ${plain}`],
    ['/old page', `redirect_from "/old page" contains a space or a control character. ${plain}`],
    ['/old\u0000', `redirect_from "/old\\x00" contains a space or a control character. ${plain}`],
    ['/../../etc/x', 'redirect_from "/../../etc/x" leaves the site (its ".." climbs above the root). Write a path inside the site such as "/etc/x"'],
    ['../../../x', 'redirect_from "../../../x" leaves the site (its ".." climbs above the root). Write a path inside the site such as "/x"'],
    ['/', 'redirect_from "/" is the address of the home page, so it cannot redirect to this page. Remove it'],
    ['/search', 'redirect_from "/search" is the address of the search results page, so it cannot redirect to this page. Remove it'],
    ['/404', 'redirect_from "/404" is the address of the "page not found" page, so it cannot redirect to this page. Remove it'],
    ['/404.html', 'redirect_from "/404.html" is the address of the "page not found" page, so it cannot redirect to this page. Remove it'],
    ['/people', 'redirect_from "/people" is the address of the generated page /people, so it cannot redirect to this page. Remove it'],
    ['/changes', 'redirect_from "/changes" is the address of the recent changes page (made from the git history of the content folder), so it cannot redirect to this page. Remove it'],
    ['/index', 'redirect_from "/index" is the address of the home page (its files index.md and page-data/index), so it cannot redirect to this page. Remove it'],
    ['/robots.txt', 'redirect_from "/robots.txt" is the address of a file the build writes (/robots.txt), so it cannot redirect to this page. Remove it'],
    ['/ROBOTS.TXT', 'redirect_from "/ROBOTS.TXT" is the address of a file the build writes (/ROBOTS.TXT), so it cannot redirect to this page. Remove it'],
    ['/sitemap.xml', 'redirect_from "/sitemap.xml" is the address of a file the build writes (/sitemap.xml), so it cannot redirect to this page. Remove it'],
    ['/llms-full.txt', 'redirect_from "/llms-full.txt" is the address of a file the build writes (/llms-full.txt), so it cannot redirect to this page. Remove it'],
    ['/changes.xml', 'redirect_from "/changes.xml" is the address of a file the build writes (/changes.xml), so it cannot redirect to this page. Remove it'],
    ['/guide/page.md', 'redirect_from "/guide/page.md" is the address of a file the build writes (/guide/page.md), so it cannot redirect to this page. Remove it'],
    ['/page-data/app-data.json', 'redirect_from "/page-data/app-data.json" is the address of the folder /page-data/, which the build fills, so it cannot redirect to this page. Remove it'],
    ['/static/x', 'redirect_from "/static/x" is the address of the folder /static/, which the build fills, so it cannot redirect to this page. Remove it'],
    ['/_handbook/search', 'redirect_from "/_handbook/search" is the address of the folder /_handbook/, which the build fills, so it cannot redirect to this page. Remove it'],
    ['/docs/policy.pdf', 'redirect_from "/docs/policy.pdf" is the address of the file docs/policy.pdf of the content folder, which the site publishes there, so it cannot redirect to this page. Remove it'],
    ['/other', 'redirect_from "/other" is the URL of other.md, so the redirect would hide that page. Remove it, or move that page first'],
  ])('%j is an error at its line, and never reaches the writer', (written, message) => {
    const pages = [page('guide/new.md', '/guide/new', [written, '/guide/kept']), page('other.md', '/other')]
    const { diagnostics, redirects } = collectRedirects(pages, site)
    expect(diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`)).toEqual([`error guide/new.md:4: error: ${message}`])
    expect(redirects.map((r) => r.from)).toEqual(['/guide/kept'])
    expect(redirectsOf({ pages, ...site })).toEqual(redirects)
    expect(redirectsFile(redirectsOf({ pages, ...site }), '')).toBe('/guide/kept /guide/new 301\n')
  })

  it("warns about the page's own URL and skips it (Jekyll sites list it; they build unedited)", () => {
    const pages = [page('guide/new.md', '/guide/new', ['/guide/new', '/guide/new.html', '/guide/old'])]
    const { diagnostics, redirects } = collectRedirects(pages, site)
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${formatDiagnostic(d)}`)).toEqual([
      'warning redirect-self guide/new.md:4: warning: redirect_from "/guide/new" is this page\'s own URL, so it is not a redirect and is skipped. Remove it',
      'warning redirect-self guide/new.md:4: warning: redirect_from "/guide/new.html" is this page\'s own URL, so it is not a redirect and is skipped. Remove it',
    ])
    expect(redirects.map((r) => r.from)).toEqual(['/guide/old'])
  })

  it('keeps old addresses of migrated sites: relative ones inside the site, .html ones, and full URLs of the old host', () => {
    const pages = [page('guide/new.md', '/guide/new', ['../legacy/index.html', 'old-name', 'https://old.example/a/b.html', '/2019/01/post.html'])]
    const { diagnostics, redirects } = collectRedirects(pages, site)
    expect(diagnostics).toEqual([])
    expect(redirects.map((r) => r.from)).toEqual(['/2019/01/post', '/a/b', '/guide/old-name', '/legacy'])
  })
})
