/**
 * A Docusaurus handbook's pages at the addresses Docusaurus gave them
 * (links/docusaurus-url.ts): number prefixes dropped, `id:` and `slug:`
 * read as Docusaurus reads them. A page that sets `url:` or `permalink:`
 * (no Docusaurus field) keeps the URL page-sources.ts gave it. The old site
 * served the docs under its `routeBasePath` (`/docs/tutorial/deploy`), the
 * handbook serves them from its root (`/tutorial/deploy`): each page keeps
 * its old address as one a link finds it by, so the links editors wrote
 * to the old site's pages land on the pages here.
 */
import { docusaurusUrl } from '../links/docusaurus-url'
import type { Route } from '../links/links'
import type { HandbookSource } from '../source/read-source'
import type { LoadedSource } from './page-sources'

/** `sources` at their Docusaurus addresses when the handbook comes from Docusaurus. */
export function withDocusaurusUrls(sources: LoadedSource[], source: Pick<HandbookSource, 'tool' | 'docusaurus'>): LoadedSource[] {
  if (source.tool !== 'docusaurus') return sources
  const options = { numberPrefixes: source.docusaurus?.numberPrefixes ?? true }
  return sources.map((page) => {
    if (page.frontmatter.url !== undefined || page.frontmatter.permalink !== undefined) return page
    const url = docusaurusUrl(page.file.sourcePath, page.frontmatter, options)
    return url === undefined || url === page.url ? page : { ...page, url }
  })
}

/**
 * `routes` with each page's address under the old site's `routeBasePath`
 * among its old URLs (`/docs/tutorial/deploy` for `/tutorial/deploy`), when
 * the handbook comes from Docusaurus and the docs were not at its root. A
 * page's own URL still wins over another's old one (links.ts).
 */
export function withDocsBasePath(routes: Route[], source: Pick<HandbookSource, 'tool' | 'docusaurus'>, isPage: (route: Route) => boolean): Route[] {
  const base = source.tool === 'docusaurus' ? (source.docusaurus?.routeBasePath ?? 'docs') : ''
  if (base === '') return routes
  return routes.map((route) => {
    if (!isPage(route)) return route
    const old = route.url === '/' ? `/${base}` : `/${base}${route.url}`
    return { ...route, oldUrls: [...(route.oldUrls ?? []), old] }
  })
}
