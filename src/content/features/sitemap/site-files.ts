/** `sitemap.xml` and `robots.txt`: what search engines read of the site. */
import { withPathPrefix } from '../../links/url'

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Characters XML 1.0 forbids even escaped (control characters, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
}

/** The page's full public address: site URL, path prefix, URL, with non-ASCII letters percent-encoded. */
export function absoluteUrl(siteUrl: string, pathPrefix: string, url: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${encodeURI(withPathPrefix(pathPrefix, url))}`
}

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
