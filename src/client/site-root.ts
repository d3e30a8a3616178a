/**
 * The site's root path ("/" or "/prefix/"), as the server renderer wrote it
 * on <html data-site-root> (gatsby-ssr.tsx): links and the search files are
 * built from it, the same under a path prefix and in `gatsby develop`.
 */
export function siteRoot(): string {
  return document.documentElement.dataset.siteRoot || '/'
}
