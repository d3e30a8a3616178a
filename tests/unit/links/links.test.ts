import { describe, expect, it } from 'vitest'
import { createLinkIndex, fileUrl, hrefFor, resolveLink, type LinkTarget, type Route, type SiteAddress } from '../../../src/content/links/links'

const routes: Route[] = [
  { sourcePath: 'README.md', url: '/' },
  { sourcePath: 'values.md', url: '/values' },
  { sourcePath: 'company/_index.md', url: '/company' },
  { sourcePath: 'company/management.md', url: '/company/management' },
  { sourcePath: 'company/structure.md', url: '/company/structure' },
  { sourcePath: 'company/Team Charter.md', url: '/company/team-charter' },
  { sourcePath: 'dev/index.md', url: '/dev' },
  { sourcePath: 'people/README.md', url: '/people' },
  { sourcePath: 'people/compensation.md', url: '/people/compensation' },
  { sourcePath: '日本語/ようこそ.md', url: '/日本語/ようこそ' },
]
const files = new Set(['people/bands.csv', 'people/images/x.svg', 'logo.png', 'people/policy.pdf'])
const index = createLinkIndex(routes, (p) => files.has(p))
const site: SiteAddress = { siteUrl: 'https://handbook.example.com', pathPrefix: '/handbook' }
const noPrefix: SiteAddress = { siteUrl: 'https://handbook.example.com', pathPrefix: '' }

function route(sourcePath: string): Route {
  const found = routes.find((r) => r.sourcePath === sourcePath)
  if (!found) throw new Error(sourcePath)
  return found
}

function resolve(href: string, from: string, address: SiteAddress = site): LinkTarget {
  return resolveLink(href, route(from), index, address)
}

/** The page URL (without prefix) a link lands on, or the kind of target when it is not a page. */
function landsOn(href: string, from: string, address: SiteAddress = site): string {
  const target = resolve(href, from, address)
  return target.kind === 'page' ? target.route.url : target.kind
}

describe('createLinkIndex', () => {
  it('finds pages by source path, case-insensitively as a fallback, and by URL', () => {
    expect(index.pageBySourcePath('values.md')?.url).toBe('/values')
    expect(index.pageBySourcePath('company/team charter.md')?.url).toBe('/company/team-charter')
    expect(index.pageBySourcePath('nope.md')).toBeUndefined()
    expect(index.pageByUrl('/people')?.sourcePath).toBe('people/README.md')
    expect(index.pageByUrl('/people/')).toBeUndefined()
    expect(index.fileExists('people/bands.csv')).toBe(true)
    expect(index.fileExists('people/nope.csv')).toBe(false)
  })

  it('prefers the exact-case path', () => {
    const both = createLinkIndex(
      [
        { sourcePath: 'A.md', url: '/a-upper' },
        { sourcePath: 'a.md', url: '/a-lower' },
      ],
      () => false,
    )
    expect(both.pageBySourcePath('A.md')?.url).toBe('/a-upper')
    expect(both.pageBySourcePath('a.md')?.url).toBe('/a-lower')
  })
})

describe('resolveLink: links to Markdown files', () => {
  it('resolves a relative .md link against the page’s folder', () => {
    expect(resolve('../values.md', 'company/management.md')).toEqual({ kind: 'page', route: route('values.md') })
    expect(landsOn('structure.md', 'company/management.md')).toBe('/company/structure')
    expect(landsOn('../people/compensation.md', 'company/_index.md')).toBe('/people/compensation')
  })

  it('keeps the anchor and query', () => {
    expect(resolve('dev/index.md#teams', 'README.md')).toEqual({ kind: 'page', route: route('dev/index.md'), anchor: 'teams' })
    expect(resolve('values.md?x=1#y', 'README.md')).toEqual({ kind: 'page', route: route('values.md'), anchor: 'y', query: 'x=1' })
  })

  it('decodes URL-encoded names and matches case-insensitively', () => {
    expect(landsOn('Team%20Charter.md', 'company/management.md')).toBe('/company/team-charter')
    expect(landsOn('Team Charter.md', 'company/management.md')).toBe('/company/team-charter')
    expect(landsOn('team charter.md', 'company/management.md')).toBe('/company/team-charter')
    expect(landsOn('../日本語/ようこそ.md', 'company/management.md')).toBe('/日本語/ようこそ')
    expect(landsOn('%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D.md', 'README.md')).toBe('/日本語/ようこそ')
  })

  it('reports a missing .md file as broken with the path it looked for', () => {
    expect(resolve('missing.md', 'company/management.md')).toEqual({
      kind: 'broken',
      href: 'missing.md',
      reason: 'no page file company/missing.md',
    })
    expect(resolve('../../x.md', 'company/management.md').kind).toBe('broken')
  })
})

describe('resolveLink: page URLs', () => {
  it('reads a bare name as the sibling page, as a browser does on /company/management', () => {
    expect(landsOn('structure', 'company/management.md')).toBe('/company/structure')
    expect(landsOn('./structure', 'company/management.md')).toBe('/company/structure')
    expect(resolve('structure#x', 'company/management.md')).toEqual({ kind: 'page', route: route('company/structure.md'), anchor: 'x' })
  })

  it('climbs folders', () => {
    expect(landsOn('../people/compensation', 'company/management.md')).toBe('/people/compensation')
    expect(landsOn('../people/', 'company/management.md')).toBe('/people')
    expect(landsOn('..', 'company/management.md')).toBe('/')
    expect(landsOn('.', 'company/management.md')).toBe('/company')
  })

  it('reads a bare name on an index page as a page in its folder', () => {
    expect(landsOn('structure', 'company/_index.md')).toBe('/company/structure')
    expect(landsOn('compensation', 'people/README.md')).toBe('/people/compensation')
  })

  it('accepts a slug written as the URL shows it', () => {
    expect(landsOn('team-charter', 'company/management.md')).toBe('/company/team-charter')
  })

  it('resolves relative names with non-ASCII letters or spaces', () => {
    const unicodeRoutes: Route[] = [
      { sourcePath: '日本語/ようこそ.md', url: '/日本語/ようこそ' },
      { sourcePath: '日本語/other.md', url: '/日本語/other' },
      { sourcePath: 'company/management.md', url: '/company/management' },
      { sourcePath: 'company/Team Charter.md', url: '/company/team-charter' },
      { sourcePath: 'people/README.md', url: '/people' },
      { sourcePath: 'people/café.md', url: '/people/café' },
      { sourcePath: 'people/100%.md', url: '/people/100' },
    ]
    const unicodeIndex = createLinkIndex(unicodeRoutes, () => false)
    const lands = (href: string, from: string) => {
      const target = resolveLink(href, unicodeRoutes.find((r) => r.sourcePath === from)!, unicodeIndex, site)
      return target.kind === 'page' ? target.route.url : target.kind
    }
    expect(lands('ようこそ', '日本語/other.md')).toBe('/日本語/ようこそ')
    expect(lands('./ようこそ', '日本語/other.md')).toBe('/日本語/ようこそ')
    expect(lands('%E3%82%88%E3%81%86%E3%81%93%E3%81%9D', '日本語/other.md')).toBe('/日本語/ようこそ')
    expect(lands('../日本語/ようこそ#x', '日本語/other.md')).toBe('/日本語/ようこそ')
    expect(lands('Team%20Charter', 'company/management.md')).toBe('/company/team-charter')
    expect(lands('Team Charter', 'company/management.md')).toBe('/company/team-charter')
    expect(lands('../people/café', 'company/management.md')).toBe('/people/café')
    expect(lands('café', 'people/README.md')).toBe('/people/café')
    expect(lands('caf%C3%A9', 'people/README.md')).toBe('/people/café')
    expect(lands('../people/100%25', 'company/management.md')).toBe('/people/100')
  })

  it('reads a bare path on an index page against the file’s own folder first, as GitHub does', () => {
    const both: Route[] = [
      { sourcePath: 'README.md', url: '/' },
      { sourcePath: 'values.md', url: '/values' },
      { sourcePath: 'company/_index.md', url: '/company' },
      { sourcePath: 'company/values.md', url: '/company/values' },
      { sourcePath: 'company/management.md', url: '/company/management' },
      { sourcePath: 'company/structure.md', url: '/company/structure' },
      { sourcePath: 'people/README.md', url: '/people' },
    ]
    const bothIndex = createLinkIndex(both, () => false)
    const lands = (href: string, from: string) => {
      const target = resolveLink(href, both.find((r) => r.sourcePath === from)!, bothIndex, site)
      return target.kind === 'page' ? target.route.url : target.kind
    }
    expect(lands('values', 'company/_index.md')).toBe('/company/values')
    expect(lands('./values', 'company/_index.md')).toBe('/company/values')
    expect(lands('../values', 'company/_index.md')).toBe('/values')
    expect(lands('./', 'people/README.md')).toBe('/people')
    expect(lands('.', 'people/README.md')).toBe('/people')
    expect(lands('..', 'people/README.md')).toBe('/')
    expect(lands('values', 'README.md')).toBe('/values')
    // A non-index page keeps the sibling reading.
    expect(lands('structure', 'company/management.md')).toBe('/company/structure')
    expect(lands('values', 'company/management.md')).toBe('/company/values')
    expect(lands('../values', 'company/management.md')).toBe('/values')
  })

  it('resolves absolute paths with and without the path prefix', () => {
    expect(resolve('/handbook/people/compensation#severance', 'company/management.md')).toEqual({
      kind: 'page',
      route: route('people/compensation.md'),
      anchor: 'severance',
    })
    expect(landsOn('/people/compensation', 'company/management.md')).toBe('/people/compensation')
    expect(landsOn('/handbook', 'README.md')).toBe('/')
    expect(landsOn('/handbook/', 'README.md')).toBe('/')
    expect(landsOn('/handbook/values/', 'README.md')).toBe('/values')
    expect(landsOn('/handbook/values.html', 'README.md')).toBe('/values')
    expect(landsOn('/handbook/company/structure.md', 'README.md')).toBe('/company/structure')
  })

  it('slugifies absolute paths written with the file’s names', () => {
    expect(landsOn('/handbook/company/Team Charter', 'README.md')).toBe('/company/team-charter')
    expect(landsOn('/handbook/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D', 'README.md')).toBe('/日本語/ようこそ')
  })

  it('reports unknown targets as broken', () => {
    expect(resolve('nowhere', 'company/management.md')).toEqual({ kind: 'broken', href: 'nowhere', reason: 'no page or file at nowhere' })
    expect(resolve('/handbook/nope', 'README.md')).toEqual({ kind: 'broken', href: '/handbook/nope', reason: 'no page at /nope' })
  })

  it('calls a missing site-absolute image or file a file, not a page', () => {
    expect(resolve('/handbook/images/explorer-hog.png', 'README.md')).toEqual({
      kind: 'broken',
      href: '/handbook/images/explorer-hog.png',
      reason: 'no file at /images/explorer-hog.png in the content folder or static/',
    })
    expect(resolve('/handbook/old/page.html', 'README.md')).toEqual({ kind: 'broken', href: '/handbook/old/page.html', reason: 'no page at /old/page.html' })
  })
})

describe('resolveLink: the site’s own absolute URLs', () => {
  it('makes links to the site internal, with query and anchor', () => {
    expect(resolve('https://handbook.example.com/handbook/people/compensation?x=1#a', 'README.md')).toEqual({
      kind: 'page',
      route: route('people/compensation.md'),
      anchor: 'a',
      query: 'x=1',
    })
    expect(landsOn('https://handbook.example.com/handbook', 'README.md')).toBe('/')
    expect(landsOn('HTTPS://handbook.example.com/handbook/values', 'README.md')).toBe('/values')
    expect(landsOn('https://www.handbook.example.com/handbook/values', 'README.md')).toBe('/values')
  })

  it('without a prefix, the whole host is the site', () => {
    expect(landsOn('https://handbook.example.com/values', 'README.md', noPrefix)).toBe('/values')
    expect(landsOn('http://handbook.example.com/values', 'README.md', noPrefix)).toBe('/values')
    expect(landsOn('https://handbook.example.com/', 'README.md', noPrefix)).toBe('/')
    expect(resolve('https://handbook.example.com/x', 'README.md', noPrefix)).toMatchObject({ kind: 'broken', reason: 'no page at /x' })
  })

  it('under a prefix, the rest of the host is another site', () => {
    for (const href of ['https://handbook.example.com/other', 'https://handbook.example.com/handbookx/values', 'https://handbook.example.com']) {
      expect(resolve(href, 'README.md'), href).toEqual({ kind: 'external', href })
    }
  })

  it('treats another port or host as external', () => {
    expect(landsOn('https://handbook.example.com:8080/handbook/values', 'README.md')).toBe('external')
    expect(landsOn('https://example.org/handbook/values', 'README.md')).toBe('external')
  })
})

describe('resolveLink: other kinds of links', () => {
  it('leaves external links alone', () => {
    expect(resolve('https://example.org/x', 'README.md')).toEqual({ kind: 'external', href: 'https://example.org/x' })
    expect(resolve('//cdn.example.com/x.js', 'README.md')).toEqual({ kind: 'external', href: '//cdn.example.com/x.js' })
  })

  it('passes other schemes through', () => {
    expect(resolve('mailto:people@example.com', 'README.md')).toEqual({ kind: 'other', href: 'mailto:people@example.com' })
    expect(resolve('tel:+123', 'README.md')).toEqual({ kind: 'other', href: 'tel:+123' })
    expect(resolve('', 'README.md')).toEqual({ kind: 'other', href: '' })
  })

  it('reads #anchor as the same page, decoded', () => {
    expect(resolve('#anchor', 'README.md')).toEqual({ kind: 'same-page', anchor: 'anchor' })
    expect(resolve('#caf%C3%A9', 'README.md')).toEqual({ kind: 'same-page', anchor: 'café' })
  })

  it('finds non-page files next to the page or by absolute path', () => {
    expect(resolve('bands.csv', 'people/compensation.md')).toEqual({ kind: 'file', sourcePath: 'people/bands.csv' })
    expect(resolve('images/x.svg', 'people/compensation.md')).toEqual({ kind: 'file', sourcePath: 'people/images/x.svg' })
    expect(resolve('../logo.png', 'people/compensation.md')).toEqual({ kind: 'file', sourcePath: 'logo.png' })
    expect(resolve('/handbook/people/bands.csv', 'README.md')).toEqual({ kind: 'file', sourcePath: 'people/bands.csv' })
    expect(resolve('missing.csv', 'people/compensation.md').kind).toBe('broken')
  })
})

describe('hrefFor', () => {
  const write = (href: string, from: string, prefix = '/handbook') => hrefFor(resolve(href, from), prefix, href)

  it('writes page URLs with the prefix, query and anchor', () => {
    expect(write('../values.md', 'company/management.md')).toBe('/handbook/values')
    expect(write('dev/index.md#teams', 'README.md')).toBe('/handbook/dev#teams')
    expect(write('values.md?x=1#y', 'README.md')).toBe('/handbook/values?x=1#y')
    expect(write('..', 'company/management.md')).toBe('/handbook/')
    expect(write('../values.md', 'company/management.md', '')).toBe('/values')
    expect(write('https://handbook.example.com/handbook/values', 'README.md')).toBe('/handbook/values')
  })

  it('writes file URLs encoded', () => {
    expect(write('bands.csv', 'people/compensation.md')).toBe('/handbook/people/bands.csv')
    expect(fileUrl('people/Pay Bands 2024.csv')).toBe('/people/Pay%20Bands%202024.csv')
    expect(hrefFor({ kind: 'file', sourcePath: 'a b/c.pdf' }, '', 'x')).toBe('/a%20b/c.pdf')
  })

  it('keeps what was written for external, other and relative broken links', () => {
    expect(write('https://example.org/x', 'README.md')).toBe('https://example.org/x')
    expect(write('mailto:a@b.c', 'README.md')).toBe('mailto:a@b.c')
    expect(write('nowhere', 'company/management.md')).toBe('nowhere')
  })

  it('gives broken absolute links the prefix exactly once', () => {
    expect(write('/nope', 'README.md')).toBe('/handbook/nope')
    expect(write('/handbook/nope', 'README.md')).toBe('/handbook/nope')
  })

  it('writes same-page anchors', () => {
    expect(write('#top', 'README.md')).toBe('#top')
  })
})

describe('anchors copied from GitHub', () => {
  it('drop the user-content- prefix GitHub adds to rendered ids', () => {
    const routes = [
      { sourcePath: 'a.md', url: '/a' },
      { sourcePath: 'b.md', url: '/b' },
    ]
    const index = createLinkIndex(routes, () => false)
    const site = { siteUrl: 'https://x.test', pathPrefix: '' }
    expect(resolveLink('#user-content-is-it-safe', routes[0]!, index, site)).toEqual({ kind: 'same-page', anchor: 'is-it-safe' })
    expect(resolveLink('b.md#user-content-setup', routes[0]!, index, site)).toMatchObject({ kind: 'page', anchor: 'setup' })
  })
})

describe('old URLs and the home page', () => {
  // As the 18F handbook writes them: pages moved under folders keep their short old addresses in redirect_from.
  const moved: Route[] = [
    { sourcePath: 'tools/tock.md', url: '/tools/tock', oldUrls: ['/tock', '/tools/timesheets'] },
    { sourcePath: 'benefits.md', url: '/benefits', oldUrls: ['/tock'] },
    { sourcePath: 'about.md', url: '/about', oldUrls: ['/Old_About'] },
  ]
  const movedIndex = createLinkIndex(moved, () => false)
  const from = moved[2]!

  it('find the page of an old URL, with or without its trailing slash, and write the link to its URL', () => {
    for (const href of ['/tock/', '/tock', '/tock/index.html', 'https://handbook.example.com/handbook/tock/']) {
      const target = resolveLink(href, from, movedIndex, site)
      expect(target, href).toEqual({ kind: 'page', route: { sourcePath: 'tools/tock.md', url: '/tools/tock' } })
      expect(hrefFor(target, '/handbook', href)).toBe('/handbook/tools/tock')
    }
    expect(hrefFor(resolveLink('/tock/#time-tracking', from, movedIndex, site), '/handbook', '/tock/#time-tracking')).toBe('/handbook/tools/tock#time-tracking')
    expect(resolveLink('/Old_About/', from, movedIndex, site)).toEqual({ kind: 'page', route: { sourcePath: 'about.md', url: '/about' } })
  })

  it("give way to a page's own URL, and to the first page that claims them", () => {
    const claimed = createLinkIndex([...moved, { sourcePath: 'tock.md', url: '/tock' }], () => false)
    expect(claimed.pageByUrl('/tock')).toEqual({ sourcePath: 'tock.md', url: '/tock' })
    expect(movedIndex.pageByUrl('/tock')?.sourcePath).toBe('tools/tock.md')
    expect(movedIndex.pageBySourcePath('tools/tock.md')).toEqual({ sourcePath: 'tools/tock.md', url: '/tools/tock' })
  })

  it('lead nowhere when no page claims them', () => {
    expect(resolveLink('/timesheet/', from, movedIndex, site)).toEqual({ kind: 'broken', href: '/timesheet/', reason: 'no page at /timesheet' })
  })

  it('find the home page at / when no content page is it (the site draws one), and the root index page when there is one', () => {
    for (const href of ['/', '/#tools', 'https://handbook.example.com/handbook/']) {
      const target = resolveLink(href, from, movedIndex, site)
      expect(target.kind === 'page' && target.route.url, href).toBe('/')
    }
    expect(hrefFor(resolveLink('/#tools', from, movedIndex, site), '/handbook', '/#tools')).toBe('/handbook/#tools')
    expect(index.pageByUrl('/')).toEqual({ sourcePath: 'README.md', url: '/' })
  })
})
