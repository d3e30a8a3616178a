/** What the home page shows: the root index page's content, if there is one, and a card per sidebar. */
import { markdownCopyPath } from '../markdown-copy'
import { withPathPrefix } from '../path-prefix'
import { readingOrder } from '../sidebar/navigation'
import type { SidebarItem } from '../sidebar/types'
import { findItem } from '../sidebar/walk'
import { articleFacts, type ArticleView } from './article'
import type { OrAbsent, PageFacts } from './page-node'
import type { SiteContext, SiteSidebars } from './site'
import type { TitleRunFields } from '../title-runs'

/** Links per section card: enough to orient, few enough that a large handbook's home page stays light. */
export const CARD_LINKS = 8

export interface SectionLink {
  label: string
  /** The label's marks, when it is a title with some (src/shared/title.ts). */
  labelRuns?: readonly TitleRunFields[]
  url: string
  /** For a group: how many pages it holds. */
  pages?: number
}

/** A sidebar as a card on the home page. */
export interface SectionCard {
  name: string
  /** The name's marks, for a section named by a title with some. */
  nameRuns?: readonly TitleRunFields[]
  links: SectionLink[]
  /** When the card shows only the first items: where the sidebar starts, and its number of pages. */
  more?: { url: string; pages: number }
}

export interface HomeView {
  siteTitle: string
  /** The root index page's content, when the handbook has one; else a hero with the site's description. */
  article?: ArticleView
  hero: { title: string; lead: string }
  sections: SectionCard[]
}

/** The home page's fields, as its template queries them (graphqlTypegen's type of the query); a field that may be null may be left out, and so may the facts. */
export type HomePageFields = OrAbsent<Omit<NonNullable<Queries.HomePageQuery['page']>, keyof PageFacts>> & PageFacts

/** The first URL of an item: its own, else that of the first item inside it that has one. */
function firstUrl(item: SidebarItem): string | undefined {
  return findItem([item], (inner) => Boolean(inner.url))?.item.url
}

/** A card of these items: their first ones, and a link to all of them when there are more. */
function card(name: string, items: readonly SidebarItem[], nameRuns?: readonly TitleRunFields[]): SectionCard {
  const links = items.slice(0, CARD_LINKS).flatMap((item): SectionLink[] => {
    const url = firstUrl(item)
    if (!url) return []
    return [{ label: item.label, ...(item.labelRuns ? { labelRuns: item.labelRuns } : {}), url, ...(item.type === 'group' ? { pages: readingOrder(item.items).length } : {}) }]
  })
  const start = items[0] ? firstUrl(items[0]) : undefined
  return {
    name,
    ...(nameRuns ? { nameRuns } : {}),
    links,
    ...(items.length > CARD_LINKS && start ? { more: { url: start, pages: readingOrder(items).length } } : {}),
  }
}

/**
 * Each sidebar as a card. A sidebar made only of groups is a set of
 * sections (the main navigation an old site kept in `_data/navigation.yml`):
 * each section is a card, its page or its first page where the card's
 * "more" leads.
 */
export function sectionCards(sidebars: SiteSidebars): SectionCard[] {
  return [...sidebars.values()].flatMap((sidebar): SectionCard[] => {
    const sections = sidebar.items.length > 0 && sidebar.items.every((item) => item.type === 'group')
    if (!sections) return [card(sidebar.name, sidebar.items)]
    return sidebar.items.map((section) => {
      const inner = card(section.label, section.type === 'group' ? section.items : [], section.labelRuns)
      // A section's own page opens its whole list.
      return section.url && inner.more ? { ...inner, more: { ...inner.more, url: section.url } } : inner
    })
  })
}

/** What the home page shows. */
export function homeView(page: HomePageFields | null | undefined, sidebars: SiteSidebars, site: SiteContext): HomeView {
  return {
    siteTitle: site.title,
    ...(page
      ? {
          article: {
            title: page.title,
            ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}),
            ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}),
            ...(page.subtitle ? { subtitle: page.subtitle } : {}),
            showTitle: page.showTitle,
            draft: false,
            ...articleFacts(page, site),
            toc: [],
            html: page.html,
            breadcrumbs: [],
            neighbours: {},
            markdownUrl: withPathPrefix(site.pathPrefix, markdownCopyPath('/')),
          },
        }
      : {}),
    hero: { title: site.title, lead: site.description },
    sections: sectionCards(sidebars),
  }
}
