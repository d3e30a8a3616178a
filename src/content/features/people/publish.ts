/**
 * A generated page made ready for the site like any page: its links (cards,
 * bios, descriptions) rewritten to where they point on the built site, with
 * the path prefix, and recorded so the checks report the broken ones; then
 * its HTML. Relative links in bios resolve from the data file's folder.
 */
import { toHtml } from 'hast-util-to-html'
import { rewriteLinks, type LinkContext, type LinkUse } from '../../markdown/rewrite-links'
import type { GeneratedPage } from './pages'

export interface PublishedPage extends Omit<GeneratedPage, 'body'> {
  html: string
  links: LinkUse[]
}

export function publishGeneratedPage(page: GeneratedPage, link: Omit<LinkContext, 'from'>): PublishedPage {
  const { body, ...rest } = page
  const tree = structuredClone(body)
  const links = rewriteLinks(tree, { ...link, from: { sourcePath: page.dataFile, url: page.url } })
  return { ...rest, html: toHtml(tree), links }
}
