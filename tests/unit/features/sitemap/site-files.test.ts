import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapXml, type SitemapEntry } from '../../../../src/content/features/sitemap/site-files'
import { absoluteUrl } from '../../../../src/content/links/url'

const SITE = 'https://handbook.northwind.example'
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
const TAIL = '\n</urlset>\n'

/** The <loc> values of a sitemap, in order. */
function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!)
}

describe('absoluteUrl', () => {
  it('joins the site URL and the page URL', () => {
    expect(absoluteUrl(SITE, '', '/handbook/company/values')).toBe(`${SITE}/handbook/company/values`)
    expect(absoluteUrl(SITE, '', '/')).toBe(`${SITE}/`)
  })

  it('drops trailing slashes of the site URL', () => {
    expect(absoluteUrl(`${SITE}/`, '', '/handbook')).toBe(`${SITE}/handbook`)
    expect(absoluteUrl(`${SITE}//`, '', '/')).toBe(`${SITE}/`)
  })

  it('puts the path prefix between the site and the page, the home page ending with a slash', () => {
    expect(absoluteUrl(SITE, '/docs', '/handbook/people')).toBe(`${SITE}/docs/handbook/people`)
    expect(absoluteUrl(`${SITE}/`, '/docs', '/')).toBe(`${SITE}/docs/`)
  })

  it('keeps a path in the site URL', () => {
    expect(absoluteUrl('https://northwind.example/intranet/', '/handbook', '/people')).toBe('https://northwind.example/intranet/handbook/people')
  })

  it('percent-encodes letters outside ASCII, in the URL and in the prefix', () => {
    expect(absoluteUrl(SITE, '', '/日本語/ようこそ')).toBe(`${SITE}/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D`)
    expect(absoluteUrl(SITE, '/ハンドブック', '/offices/zürich')).toBe(`${SITE}/%E3%83%8F%E3%83%B3%E3%83%89%E3%83%96%E3%83%83%E3%82%AF/offices/z%C3%BCrich`)
  })

  it('does not encode the letters of the site URL or the slashes of the path', () => {
    const url = absoluteUrl(SITE, '/docs', '/handbook/company/values')
    expect(url).not.toContain('%')
    expect(url.split('/')).toEqual(['https:', '', 'handbook.northwind.example', 'docs', 'handbook', 'company', 'values'])
  })
})

describe('sitemapXml', () => {
  it('writes the whole document for a small handbook', () => {
    const entries: SitemapEntry[] = [{ url: '/handbook', lastModified: '2024-05-02' }, { url: '/' }, { url: '/handbook/company/values', lastModified: '2024-04-30T09:15:00Z' }]
    expect(sitemapXml(entries, SITE, '')).toBe(
      HEAD +
        [
          `  <url><loc>${SITE}/</loc></url>`,
          `  <url><loc>${SITE}/handbook</loc><lastmod>2024-05-02</lastmod></url>`,
          `  <url><loc>${SITE}/handbook/company/values</loc><lastmod>2024-04-30T09:15:00Z</lastmod></url>`,
        ].join('\n') +
        TAIL,
    )
  })

  it('puts the path prefix in every address and drops the trailing slash of the site URL', () => {
    const xml = sitemapXml([{ url: '/handbook' }, { url: '/' }], `${SITE}/`, '/docs')
    expect(locs(xml)).toEqual([`${SITE}/docs/`, `${SITE}/docs/handbook`])
    expect(xml).not.toContain('example//')
  })

  it('sorts the pages by URL, whatever their order, without changing the list it was given', () => {
    const entries: SitemapEntry[] = [{ url: '/handbook/people/time-off' }, { url: '/editing' }, { url: '/handbook/people' }, { url: '/' }, { url: '/handbook' }, { url: '/editing/markdown' }]
    const before = entries.map((e) => e.url)
    expect(locs(sitemapXml(entries, SITE, '')).map((loc) => loc.slice(SITE.length))).toEqual(['/', '/editing', '/editing/markdown', '/handbook', '/handbook/people', '/handbook/people/time-off'])
    expect(entries.map((e) => e.url)).toEqual(before)
    expect(sitemapXml(entries, SITE, '')).toBe(sitemapXml([...entries].reverse(), SITE, ''))
  })

  it('percent-encodes non-ASCII addresses', () => {
    const xml = sitemapXml([{ url: '/日本語/ようこそ' }], SITE, '/docs')
    expect(locs(xml)).toEqual([`${SITE}/docs/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D`])
    expect(xml).not.toMatch(/[^\x00-\x7f]/)
  })

  it('escapes the characters XML reserves, in addresses and dates', () => {
    const loc = (url: string) => locs(sitemapXml([{ url }], SITE, ''))
    expect(loc('/q&a')).toEqual([`${SITE}/q&amp;a`])
    expect(loc("/it's")).toEqual([`${SITE}/it&apos;s`])
    // encodeURI already turns these into %-escapes, which need no XML escaping.
    expect(loc('/"quoted"<b>')).toEqual([`${SITE}/%22quoted%22%3Cb%3E`])
    expect(locs(sitemapXml([{ url: '/handbook' }], 'https://northwind.example/?site=a&b', ''))).toEqual(['https://northwind.example/?site=a&amp;b/handbook'])
    const xml = sitemapXml([{ url: '/q&a', lastModified: '2024-05-02<"x">' }], SITE, '')
    expect(xml).toContain('<lastmod>2024-05-02&lt;&quot;x&quot;&gt;</lastmod>')
    // Every & starts an entity.
    expect(xml.match(/&(?!amp;|lt;|gt;|quot;|apos;)/g)).toBeNull()
  })

  it('writes an empty urlset when there are no pages', () => {
    const xml = sitemapXml([], SITE, '/docs')
    expect(xml.startsWith(HEAD)).toBe(true)
    expect(xml.endsWith('</urlset>\n')).toBe(true)
    expect(xml).not.toContain('<url>')
  })

  it('leaves out lastmod when the date is not known or empty', () => {
    const xml = sitemapXml([{ url: '/handbook', lastModified: '' }, { url: '/editing' }], SITE, '')
    expect(xml).not.toContain('lastmod')
  })
})

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap', () => {
    expect(robotsTxt(SITE, '')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`)
  })

  it('points at the sitemap under the path prefix, whatever the trailing slash of the site URL', () => {
    expect(robotsTxt(`${SITE}/`, '/docs')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/docs/sitemap.xml\n`)
  })

  it('percent-encodes a non-ASCII path prefix', () => {
    expect(robotsTxt(SITE, '/手引き')).toContain(`Sitemap: ${SITE}/%E6%89%8B%E5%BC%95%E3%81%8D/sitemap.xml\n`)
  })
})
