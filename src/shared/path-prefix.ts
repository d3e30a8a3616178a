/** The site's path prefix, added to and removed from site URLs at the edges (build and browser alike). */

/** Adds the site's path prefix to a site URL ("/a" → "/prefix/a"). */
export function withPathPrefix(pathPrefix: string, url: string): string {
  if (!pathPrefix) return url
  if (url === '/') return `${pathPrefix}/`
  return url.startsWith('/') ? `${pathPrefix}${url}` : url
}

/** Removes the path prefix from a URL that carries it, if it does. */
export function withoutPathPrefix(pathPrefix: string, url: string): string {
  if (!pathPrefix) return url
  if (url === pathPrefix || url === `${pathPrefix}/`) return '/'
  return url.startsWith(`${pathPrefix}/`) ? url.slice(pathPrefix.length) : url
}
