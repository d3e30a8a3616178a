/**
 * A Docusaurus handbook's pages at the addresses Docusaurus gave them
 * (links/docusaurus-url.ts): number prefixes dropped, `id:` and `slug:`
 * read as Docusaurus reads them. A page that sets `url:` or `permalink:`
 * (no Docusaurus field) keeps the URL page-sources.ts gave it. The old site
 * served the docs under its `routeBasePath` (`/docs/tutorial/deploy`), the
 * handbook serves them from its root (`/tutorial/deploy`): each page's old
 * address is one of its `redirect_from`, so the redirects wing publishes it
 * (old bookmarks forward) and the links editors wrote to the old site's
 * pages land on the pages here.
 */
import { docusaurusUrl } from '../links/docusaurus-url'
import type { HandbookSource } from '../source/read-source'
import type { LoadedSource } from './page-sources'

/**
 * `sources` at their Docusaurus addresses when the handbook comes from
 * Docusaurus, each with its address under the old `routeBasePath` among its
 * `redirect_from` (none when the docs were at the site's root).
 */
export function withDocusaurusUrls(sources: LoadedSource[], source: Pick<HandbookSource, 'tool' | 'docusaurus'>): LoadedSource[] {
  if (source.tool !== 'docusaurus') return sources
  const options = { numberPrefixes: source.docusaurus?.numberPrefixes ?? true }
  const base = (source.docusaurus?.routeBasePath ?? 'docs').replace(/^\/+|\/+$/g, '')
  return sources.map((page) => {
    if (page.frontmatter.url !== undefined || page.frontmatter.permalink !== undefined) return page
    const url = docusaurusUrl(page.file.sourcePath, page.frontmatter, options) ?? page.url
    const old = base === '' ? [] : [url === '/' ? `/${base}` : `/${base}${url}`]
    if (url === page.url && old.length === 0) return page
    return { ...page, url, frontmatter: old.length ? { ...page.frontmatter, redirect_from: [...(page.frontmatter.redirect_from ?? []), ...old] } : page.frontmatter }
  })
}
