/** `sitemap.xml` and `robots.txt`: what search engines read of the site. */
import { absoluteUrl } from '../../links/url'
import { escapeXml } from '../../common/xml'

export interface SitemapEntry {
  url: string
  /** ISO date of the last change, when known. */
  lastModified?: string
}

export function sitemapXml(entries: readonly SitemapEntry[], siteUrl: string, pathPrefix: string): string {
  const urls = [...entries]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((entry) => {
      const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : ''
      return `  <url><loc>${escapeXml(absoluteUrl(siteUrl, pathPrefix, entry.url))}</loc>${lastmod}</url>`
    })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

export function robotsTxt(siteUrl: string, pathPrefix: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, pathPrefix, '/sitemap.xml')}\n`
}
