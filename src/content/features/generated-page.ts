/**
 * A page made from data rather than from a content file (the people
 * directory, team pages, /changes): what a feature wing's `pages` returns
 * (features/feature.ts), published like any page: its links (cards, bios,
 * descriptions) rewritten to where they point on the built site, with the
 * path prefix, and recorded so the checks report the broken ones; then its
 * HTML. Relative links resolve from the data file's folder.
 */
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { ExtractedSection } from '../markdown/render'
import { rewriteLinks, type LinkContext } from '../markdown/rewrite-links'
import type { LinkUse } from '../links/links'

export interface GeneratedPage {
  /** What kind of page it is, named by the wing that makes it (`people`, `team`, `changes`…). */
  kind: string
  url: string
  title: string
  description: string
  /** The data file the page is made from, relative to the content folder. */
  dataFile: string
  /** The page's body. Links in it are site paths without the path prefix: they are rewritten like a page's when it is published (assemble.ts). */
  body: Root
  /** HTML made from pages already rendered (the print views), links already rewritten for the site: published as it is, instead of `body`. */
  html?: string
  /**
   * develop (PagesInput.onDemand): the HTML, made when the page is asked for;
   * `html` is then empty and `anchors` has none of the document's ids.
   */
  htmlOnDemand?: () => string
  /**
   * A build: the part of `html` its wing fills once Gatsby has written the
   * page (PageRegion), made then. The print views' documents: every page's
   * HTML again, several times over, which going through Gatsby's nodes, page
   * data and HTML renderer took 0.58 GB of a 5,000-page build's 1.95 GB peak.
   */
  afterBuild?: () => string
  toc: Array<{ depth: number; id: string; text: string }>
  /** Ids a `#fragment` link to this page may name (person ids on the directory). */
  anchors: string[]
  /** What search indexes: the page's top, then one section per person or heading; none leaves the page out of search. */
  sections: ExtractedSection[]
  /** Content files the page shows (photos), to publish with the site. */
  files: string[]
  /** Kept out of search engines (`noindex`) and the sitemap: a page that repeats others (the print views). */
  noindex?: boolean
  /** A page not yet translated (features/languages): the default language's page it shows, and that page's language. */
  untranslated?: { url: string; lang: string }
  /** `mdx`: its body is the `.mdx` file `dataFile`, compiled by gatsby-plugin-mdx (`html` is then that page's, for what reads HTML). */
  format?: 'mdx'
}

export interface PublishedPage extends Omit<GeneratedPage, 'body'> {
  html: string
  links: LinkUse[]
}

export function publishGeneratedPage(page: GeneratedPage, link: Omit<LinkContext, 'from'>): PublishedPage {
  const { body, html, ...rest } = page
  // Rewriting again would read the path prefix its links carry as part of their paths.
  if (html !== undefined) return { ...rest, html, links: [] }
  const tree = structuredClone(body)
  const links = rewriteLinks(tree, { ...link, from: { sourcePath: page.dataFile, url: page.url } })
  return { ...rest, html: toHtml(tree), links }
}
