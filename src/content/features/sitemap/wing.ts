/** The sitemap wing: `sitemap.xml` (every page, with its last change) and `robots.txt`, what search engines read of the site. */
import type { Feature } from '../feature'
import { robotsTxt, sitemapXml } from './site-files'

export const sitemapWing: Feature = {
  name: 'sitemap',
  rootFiles: ['sitemap.xml', 'robots.txt'],
  outputs: ({ handbook, settings }) => {
    const entries = [
      ...handbook.pages.map((page) => ({ url: page.url, ...(page.lastUpdated ? { lastModified: page.lastUpdated.slice(0, 10) } : {}) })),
      ...handbook.generated.filter((page) => !page.noindex).map((page) => ({ url: page.url })),
    ]
    return {
      files: [
        { path: 'sitemap.xml', contents: sitemapXml(entries, settings.siteUrl, settings.pathPrefix) },
        { path: 'robots.txt', contents: robotsTxt(settings.siteUrl, settings.pathPrefix) },
      ],
      summary: (rewritten) => `sitemap.xml (${entries.length} pages), robots.txt: ${rewritten} rewritten`,
    }
  },
}
