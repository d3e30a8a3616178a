/** What the home page shows: the root index page's content, if there is one, and a card per sidebar. */
import { markdownCopyPath } from '../markdown-copy'
import { withPathPrefix } from '../path-prefix'
import { readingOrder } from '../sidebar/navigation'
import type { SidebarItem } from '../sidebar/types'
import { findItem, walk } from '../sidebar/walk'
import { articleFacts, type ArticleView } from './article'
import type { OrAbsent, PageFacts } from './page-node'
import { sidebarView, type SidebarView } from './sidebar'
import type { SiteContext, SiteSidebars } from './site'
import { pageLanguage } from '../i18n'
import type { TitleRunFields } from '../title-runs'
import { sidebarsOfLanguage, type LanguageLinkView } from '../languages'

/** Links per section card: enough to orient, few enough that a large handbook's home page stays light. */
export const CARD_LINKS = 8

/** The home page's URL: no card on it links here (a link to the page it is on leads nowhere). */
const HOME_URL = '/'

export interface SectionLink {
  label: string
  /** The label's marks, when it is a title with some (src/shared/title.ts). */
  labelRuns?: readonly TitleRunFields[]
  url: string
  /** For a group: how many pages it holds. */
  pages?: number
}

/**
 * A sidebar (or a section of one) as a card on the home page: its first
 * items; then its own index page, when it has one, or else the rest of its
 * pages, folded in a `<details>`: every page one link from the home page,
 * without JavaScript.
 */
export interface SectionCard {
  name: string
  /** The name's marks, for a section named by a title with some. */
  nameRuns?: readonly TitleRunFields[]
  links: SectionLink[]
  /** The section's own page, and the number of pages under it: "All N pages of …". */
  more?: { url: string; pages: number }
  /** Without an index page: the pages `links` do not lead to, in reading order ("N more pages"); a group's pages are reached through its own page. */
  rest?: SectionLink[]
}

export interface HomeView {
  siteTitle: string
  /** The home page's language (pageLanguage): the interface's words are in it. */
  lang: string
  /** The sidebar that lists the home page, else the default one: on desktop beside the content, on phones in the menu. */
  sidebar?: SidebarView
  /** The root index page's content, when the handbook has one; else a hero with the site's description. */
  article?: ArticleView
  hero: { title: string; lead: string }
  sections: SectionCard[]
  /** The home page in each of the handbook's languages: the header's switcher (none with one language). */
  languages?: readonly LanguageLinkView[]
}

/** The home page's fields, as its template queries them (graphqlTypegen's type of the query); a field that may be null may be left out, and so may the facts. */
export type HomePageFields = OrAbsent<Omit<NonNullable<Queries.HomePageQuery['page']>, keyof PageFacts | 'stylesheets' | 'languages' | 'url'>> &
  PageFacts &
  Partial<Pick<NonNullable<Queries.HomePageQuery['page']>, 'languages' | 'url'>>

/** The first URL of an item other than the home page's: its own, else that of the first item inside it that has one. */
function firstUrl(item: SidebarItem): string | undefined {
  return findItem([item], (inner) => Boolean(inner.url) && inner.url !== HOME_URL)?.item.url
}

/** A card of these items: their first ones; then the section's own page (`index`), or without one the pages not linked yet. */
function card(name: string, items: readonly SidebarItem[], index?: string, nameRuns?: readonly TitleRunFields[]): SectionCard {
  const links = items.slice(0, CARD_LINKS).flatMap((item): SectionLink[] => {
    const url = firstUrl(item)
    if (!url) return []
    return [{ label: item.label, ...(item.labelRuns ? { labelRuns: item.labelRuns } : {}), url, ...(item.type === 'group' ? { pages: readingOrder(item.items).length } : {}) }]
  })
  const pages = readingOrder(items)
  const named = { name, ...(nameRuns ? { nameRuns } : {}), links }
  if (index && index !== HOME_URL) return { ...named, more: { url: index, pages: pages.length } }
  // Each page once (a sidebar may list a page twice); a group's own page lists the group's pages, so they are not repeated here.
  const reached = new Set([HOME_URL, ...links.map((link) => link.url)])
  const rest: SectionLink[] = []
  walk(items, (item) => {
    if (item.type === 'link' || !item.url) return
    if (!reached.has(item.url)) rest.push({ label: item.label, ...(item.labelRuns ? { labelRuns: item.labelRuns } : {}), url: item.url })
    reached.add(item.url)
    return item.type === 'group' ? 'skip' : undefined
  })
  return { ...named, ...(rest.length > 0 ? { rest } : {}) }
}

/**
 * Each sidebar as a card. A sidebar made only of groups is a set of
 * sections (the main navigation an old site kept in `_data/navigation.yml`):
 * each section is a card, its own page (when it has one) where the card's
 * "All N pages" leads.
 */
export function sectionCards(sidebars: SiteSidebars): SectionCard[] {
  return [...sidebars.values()].flatMap((sidebar): SectionCard[] => {
    const sections = sidebar.items.length > 0 && sidebar.items.every((item) => item.type === 'group')
    if (!sections) return [card(sidebar.name, sidebar.items)]
    return sidebar.items.map((section) => card(section.label, section.type === 'group' ? section.items : [], section.url, section.labelRuns))
  })
}

/** What the home page shows. */
export function homeView(page: HomePageFields | null | undefined, sidebars: SiteSidebars, site: SiteContext, sidebarName?: string): HomeView {
  // The page's sidebar as create-pages chose it: the one that lists the home page, else the default one.
  const sidebar = sidebarName === undefined ? undefined : sidebars.get(sidebarName)
  // A language's home (`/ja`) in a handbook of several; `/` else.
  const url = page?.url ?? HOME_URL
  return {
    siteTitle: site.title,
    lang: pageLanguage(page, site),
    ...(sidebar ? { sidebar: sidebarView(sidebar, url, site.pathPrefix) } : {}),
    ...(page?.languages?.length ? { languages: page.languages } : {}),
    ...(page
      ? {
          article: {
            title: page.title,
            ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}),
            ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}),
            ...(page.subtitle ? { subtitle: page.subtitle } : {}),
            showTitle: page.showTitle,
            draft: false,
            internal: false,
            ...articleFacts(page, site),
            toc: [],
            html: page.html,
            breadcrumbs: [],
            neighbours: {},
            markdownUrl: withPathPrefix(site.pathPrefix, markdownCopyPath(url)),
          },
        }
      : {}),
    hero: { title: site.title, lead: site.description },
    // A handbook in several languages: the sections of the home page's language only.
    sections: sectionCards(sidebarsOfLanguage(sidebars, page?.languages, (sidebar) => findItem(sidebar.items, (item) => Boolean(item.url) && item.url !== url)?.item.url)),
  }
}
