/** The <head> of a page and of the home page. */
import type { OrAbsent, PageNode } from './page-node'
import type { SiteContext } from './site'
import type { LanguageLinkView } from '../languages'

/** <head> of a page: title, description, canonical URL, language. */
export interface HeadView {
  siteTitle: string
  siteUrl: string
  lang: string
  /** The page's title; the home page has none (the site's title stands alone). */
  title?: string
  description: string
  url: string
  /** The page's own social card; the site's socialImage otherwise. */
  image?: string
  /** Stylesheets the page's content needs (KaTeX's on a page with math), as URLs from the site's root. */
  stylesheets?: readonly string[]
  /** Kept out of search engines (a print view). */
  noindex?: boolean
  /** The page in each of the handbook's languages (`hreflang`, and the search files of its language); none with one language. */
  languages?: readonly LanguageLinkView[]
}

/** The languages a page's query gives, when it asks for them. */
type PageLanguages = { languages?: readonly LanguageLinkView[] | null }

/** The stylesheets a page's query gives, when it asks for them. */
type PageStylesheets = { stylesheets?: PageNode['stylesheets'] | null }

/** The head of a handbook page (a missing page gets placeholders, as Gatsby may render a head without data). */
export function pageHead(
  page: (OrAbsent<Pick<PageNode, 'title' | 'description' | 'url' | 'lang' | 'image'>> & PageStylesheets & PageLanguages & { noindex?: boolean | null }) | null | undefined,
  site: Omit<SiteContext, 'pathPrefix'>,
): HeadView {
  return {
    ...(page?.noindex ? { noindex: true } : {}),
    ...(page?.image ? { image: page.image } : {}),
    ...(page?.languages?.length ? { languages: page.languages } : {}),
    ...(page?.stylesheets?.length ? { stylesheets: page.stylesheets } : {}),
    siteTitle: site.title,
    siteUrl: site.siteUrl,
    lang: page?.lang ?? site.lang,
    title: page?.title ?? 'Page',
    description: page?.description ?? '',
    url: page?.url ?? '/',
  }
}

/** The head of the home page: the site's, with the root page's description and language when it has them. */
export function homeHead(
  page: (OrAbsent<Pick<PageNode, 'description' | 'lang'>> & Partial<Pick<PageNode, 'url'>> & PageStylesheets & PageLanguages) | null | undefined,
  site: Omit<SiteContext, 'pathPrefix'>,
): HeadView {
  return {
    ...(page?.languages?.length ? { languages: page.languages } : {}),
    ...(page?.stylesheets?.length ? { stylesheets: page.stylesheets } : {}),
    siteTitle: site.title,
    siteUrl: site.siteUrl,
    lang: page?.lang ?? site.lang,
    description: page?.description || site.description,
    // A language's home (`/ja`) in a handbook of several.
    url: page?.url ?? '/',
  }
}
