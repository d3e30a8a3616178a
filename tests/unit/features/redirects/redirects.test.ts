/** Moved pages: the redirects a build publishes, and the errors for those that collide (reported by the checks). */
import { describe, expect, it } from 'vitest'
import { collectRedirects, linkRoutes, redirectPageHtml, redirectPagePath, redirectsFile, redirectsOf, redirectUrl, type RedirectSource } from '../../../../src/content/features/redirects/redirects'

function page(sourcePath: string, url: string, redirectFrom: string[] = [], aliases?: string[]): RedirectSource {
  return {
    sourcePath,
    url,
    frontmatter: { redirect_from: redirectFrom, ...(aliases ? { aliases } : {}) },
    fieldLines: { redirect_from: 3, ...(aliases ? { aliases: 4 } : {}) },
  }
}

describe('redirectUrl', () => {
  it('reads old paths as site URLs: absolute, relative to the page, without .html or index.html', () => {
    expect(redirectUrl('/guide/old.html', '/guide/new')).toBe('/guide/old')
    expect(redirectUrl('old-name', '/guide/new')).toBe('/guide/old-name')
    expect(redirectUrl('../legacy/index.html', '/guide/new')).toBe('/legacy')
    expect(redirectUrl('https://old.example/a/b?x=1#top', '/new')).toBe('/a/b')
  })
})

describe('redirectsOf', () => {
  it('lists every old URL of every page, sorted, with the page it leads to', () => {
    const handbook = { pages: [page('guide/new.md', '/guide/new', ['old-name', '/guide/old-home'], ['/legacy/guide']), page('index.md', '/')] }
    expect(redirectsOf(handbook)).toEqual([
      { from: '/guide/old-home', to: '/guide/new', sourcePath: 'guide/new.md', line: 3 },
      { from: '/guide/old-name', to: '/guide/new', sourcePath: 'guide/new.md', line: 3 },
      { from: '/legacy/guide', to: '/guide/new', sourcePath: 'guide/new.md', line: 4 },
    ])
  })

  it('leaves out redirects that collide, which collectRedirects reports at their line', () => {
    const pages = [page('a.md', '/a', ['/a', '/b', '/old']), page('b.md', '/b', ['/old'])]
    expect(redirectsOf({ pages })).toEqual([{ from: '/old', to: '/a', sourcePath: 'a.md', line: 3 }])
    expect(collectRedirects(pages).diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'a.md:3: redirect_from "/a" is this page\'s own URL, so it is not a redirect and is skipped. Remove it',
      'a.md:3: redirect_from "/b" is the URL of b.md, so the redirect would hide that page. Remove it, or move that page first',
      'b.md:3: redirect_from "/old" is also claimed by a.md: an old URL can redirect to one page only',
    ])
  })
})

describe('permalinks whose old address is not the URL', () => {
  const permalinked = (sourcePath: string, url: string, permalink: string): RedirectSource => ({ sourcePath, url, frontmatter: { permalink }, fieldLines: { permalink: 2 } })

  it('keep a .html address as that file, and the folder address hosts also serve it at when it differs from the URL', () => {
    expect(redirectsOf({ pages: [permalinked('values.md', '/team/values', '/team/values.html')] })).toEqual([{ from: '/team/values.html', to: '/team/values', file: true, sourcePath: 'values.md', line: 2 }])
    expect(redirectsOf({ pages: [permalinked('about.md', '/about_us', '/About_Us.html')] })).toEqual([
      { from: '/About_Us', to: '/about_us', sourcePath: 'about.md', line: 2 },
      { from: '/About_Us.html', to: '/about_us', file: true, sourcePath: 'about.md', line: 2 },
    ])
    expect(redirectsOf({ pages: [permalinked('about.md', '/about-us', '/About-Us/')] })).toEqual([{ from: '/About-Us', to: '/about-us', sourcePath: 'about.md', line: 2 }])
    // An old address no redirect can hold (`_redirects` splits at spaces) is let go: the page has its URL, and nothing is the editor's to fix.
    expect(collectRedirects([permalinked('about.md', '/about-us', '/About Us/')])).toEqual({ redirects: [], diagnostics: [] })
  })

  it('make none when the permalink is the URL, or when slug set the URL instead', () => {
    const page = permalinked('getting-started/index.md', '/getting-started', '/getting-started/')
    expect(collectRedirects([page])).toEqual({ redirects: [], diagnostics: [] })
    expect(redirectsOf({ pages: [{ ...permalinked('values.md', '/ours', '/team/values.html'), frontmatter: { permalink: '/team/values.html', slug: '/ours' } }] })).toEqual([])
  })

  it('are refused where a content file is published', () => {
    const { redirects, diagnostics } = collectRedirects([permalinked('values.md', '/team/values', '/team/values.html')], { contentFiles: ['team/values.html'] })
    expect(redirects).toEqual([])
    expect(diagnostics.map((d) => d.message)).toEqual([
      'permalink "/team/values.html" is the address of the file team/values.html of the content folder, which the site publishes there, so it cannot redirect to this page. Remove it',
    ])
  })
})

describe('redirect_to: pages', () => {
  const billing: RedirectSource = {
    sourcePath: 'policies/billing_policy.md',
    url: '/policies/billing_policy',
    frontmatter: { redirect_from: ['/billing-policy/', '/policies/billing_policy/'] },
    fieldLines: { redirect_from: 4, items: { redirect_from: [5, 6] } },
    redirectTo: '/tools/tock#time-tracking-and-billing',
  }

  it('are a redirect at their own URL and at their old ones, each straight to the destination', () => {
    const { redirects, diagnostics } = collectRedirects([page('tools/tock.md', '/tools/tock', ['/tock/'])], { redirectPages: [billing] })
    expect(redirects).toEqual([
      { from: '/billing-policy', to: '/tools/tock#time-tracking-and-billing', sourcePath: 'policies/billing_policy.md', line: 5 },
      { from: '/policies/billing_policy', to: '/tools/tock#time-tracking-and-billing', sourcePath: 'policies/billing_policy.md' },
      { from: '/tock', to: '/tools/tock', sourcePath: 'tools/tock.md', line: 3 },
    ])
    expect(diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual(['redirect-self 6'])
  })

  it('hide no page: an old URL of another page that is their URL is refused; one refused makes no redirect', () => {
    const { redirects, diagnostics } = collectRedirects([page('a.md', '/a', ['/policies/billing_policy'])], {
      redirectPages: [billing, { ...billing, sourcePath: 'b.md', url: '/b', frontmatter: { redirect_from: ['/c'] }, redirectTo: undefined }],
    })
    expect(redirects.map((r) => r.from)).toEqual(['/billing-policy', '/policies/billing_policy'])
    expect(diagnostics.map((d) => d.message)).toContain(
      'redirect_from "/policies/billing_policy" is the URL of policies/billing_policy.md, so the redirect would hide that page. Remove it, or move that page first',
    )
  })
})

describe('a redirect_to: home page', () => {
  it('is refused: the site draws its home page there', () => {
    const home: RedirectSource = { sourcePath: 'index.md', url: '/', frontmatter: { redirect_from: ['/start/'] }, fieldLines: { redirect_to: 2 }, redirectTo: 'https://example.com/' }
    expect(collectRedirects([], { redirectPages: [home] })).toEqual({
      redirects: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'redirect',
          file: 'index.md',
          line: 2,
          message: "redirect_to makes the home page (/) a redirect, but the site's home page lists its sections and cannot be one. Remove redirect_to, or send readers on from another page",
        },
      ],
    })
  })
})

describe('withOldUrls and linkRoutes', () => {
  it("give each route the old URLs its page's redirects serve, the redirect_to: pages' before their destination is known", () => {
    const pages = [page('tools/tock.md', '/tools/tock', ['/tock/', '/tools/tock/'])]
    const redirectPages: RedirectSource[] = [{ sourcePath: 'billing.md', url: '/billing', frontmatter: { redirect_from: ['/billing-policy/'] }, fieldLines: {} }]
    expect(linkRoutes(pages, { redirectPages }, [{ sourcePath: '(generated)/people', url: '/people' }])).toEqual([
      { sourcePath: 'tools/tock.md', url: '/tools/tock', oldUrls: ['/tock'] },
      { sourcePath: '(generated)/people', url: '/people' },
      { sourcePath: 'billing.md', url: '/billing', oldUrls: ['/billing-policy'] },
    ])
  })
})

describe('what the wing writes', () => {
  const site = { siteUrl: 'https://handbook.example.com', pathPrefix: '/docs', lang: 'en', title: 'Handbook' }

  it('writes a redirect to another site as it is, and one to a page of this site under the path prefix', () => {
    const external = { from: '/buddy-handbook', to: 'https://docs.google.com/document/d/13mY/edit#', sourcePath: 'redirects/buddy-handbook.md' }
    const html = redirectPageHtml(external, site)
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=https://docs.google.com/document/d/13mY/edit#">')
    expect(html).toContain('<link rel="canonical" href="https://docs.google.com/document/d/13mY/edit#">')
    const internal = { from: '/billing-policy', to: '/tools/tock#time-tracking', sourcePath: 'billing.md' }
    expect(redirectPageHtml(internal, site)).toContain('<meta http-equiv="refresh" content="0; url=/docs/tools/tock#time-tracking">')
    expect(redirectPageHtml(internal, site)).toContain('<link rel="canonical" href="https://handbook.example.com/docs/tools/tock#time-tracking">')
    expect(redirectsFile([internal, external], '/docs')).toBe('/docs/billing-policy /docs/tools/tock#time-tracking 301\n/docs/buddy-handbook https://docs.google.com/document/d/13mY/edit# 301\n')
  })

  it("writes each redirect in its folder's index.html, or at the .html file its old address names", () => {
    expect(redirectPagePath({ from: '/guide/old', to: '/guide/new', sourcePath: 'a.md' })).toBe('guide/old/index.html')
    expect(redirectPagePath({ from: '/team/values.html', to: '/team/values', file: true, sourcePath: 'a.md' })).toBe('team/values.html')
  })
})
