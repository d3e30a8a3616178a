/**
 * A Docusaurus handbook's pages at the addresses Docusaurus gave them
 * (links/docusaurus-url.ts): number prefixes dropped, `id:` and `slug:`
 * read as Docusaurus reads them. A page that sets `url:` or `permalink:`
 * (no Docusaurus field) keeps the URL page-sources.ts gave it.
 */
import { docusaurusUrl } from '../links/docusaurus-url'
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
