/**
 * One `.md` page's Markdown copy from its rendered body: made on the render
 * worker right after the page is rendered, so the conversion runs on every
 * core and is cached with the page (a rebuild converts only what it renders).
 */
import type { Root as HastRoot } from 'hast'
import type { SiteAddress } from '../../links/links'
import { absoluteUrl } from '../../links/url'
import { bodyOfHtml, pageMarkdown } from './to-markdown'

/** `html` as a string, or already parsed (bodyOfHtml): the tree is rewritten in place. */
export function markdownCopyOf(title: string, html: string | HastRoot, url: string, site: SiteAddress): string {
  return pageMarkdown({ title, body: typeof html === 'string' ? bodyOfHtml(html) : html, pageUrl: absoluteUrl(site.siteUrl, site.pathPrefix, url), siteUrl: site.siteUrl.replace(/\/+$/, '') })
}
