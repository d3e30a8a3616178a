/**
 * Everything a page shows, from its fields (the HandbookPage node), the
 * site's sidebars (one static query for the whole site, never copied into
 * a page's data) and the site's settings. Pure and shared: it runs while
 * pages are rendered on the server (and in the browser under `gatsby
 * develop`), so templates only query and components only draw. Search takes
 * its breadcrumbs from here too, so a result always says what its page does.
 */
import { dateText } from './date-text'
import { withPathPrefix } from './path-prefix'
import { markdownCopyPath } from './markdown-copy'
import { breadcrumbsFor, neighboursOf, readingOrder, sidebarForPage, withLazyGroups, type Crumb, type PageLink, type SidebarEntry } from './sidebar/navigation'
import type { Sidebar, SidebarItem, SiteSidebar } from './sidebar/types'
import { findItem } from './sidebar/walk'
import type { OwnerLink } from './owner-link'

/** An owner as the page's data has it (an OwnerLink, with GraphQL's nulls). */
export type OwnerFields = Pick<OwnerLink, 'label' | 'url'> & { kind: string; channel?: string | null; channelUrl?: string | null }

export interface TocItem {
  depth: number
  id: string
  text: string
}

/** A page's fields, as its template queries them. */
export interface PageFields {
  title: string
  url: string
  description: string
  showTitle: boolean
  lang?: string | null
  /** The page's own social card (frontmatter `image:`): a site path or a full URL. */
  image?: string | null
  html: string
  /** Name of the sidebar the page shows. */
  sidebar: string
  draft: boolean
  editUrl?: string | null
  /** The page file's history on the repository host. */
  historyUrl?: string | null
  /** ISO date of the page's last change. */
  lastUpdated?: string | null
  toc: readonly TocItem[]
  /** Who owns the page (none for pages made from data, or without owners). */
  owners?: readonly OwnerFields[] | null
  review?: { stale: boolean; reviewed?: string | null } | null
  /** Pages whose body links here (the build's link graph); none on generated pages. */
  backlinks?: readonly BacklinkFields[] | null
}

/** A page that links here, as the page's data has it. */
export interface BacklinkFields {
  url: string
  title: string
  /** The h2/h3 the link is written under on that page. */
  section?: { heading: string; anchor: string } | null
}

/** The site's settings (siteMetadata) and the path prefix of this build. */
export interface SiteContext {
  title: string
  description: string
  siteUrl: string
  lang: string
  /** "" without one. */
  pathPrefix: string
}

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
}

export interface SidebarView {
  name: string
  entries: SidebarEntry[]
  /** For a sidebar that loads closed groups on demand: where their contents come from. */
  dataUrl?: string
}

/** A piece of a line the page shows: text, or a link (already with the path prefix). */
export interface LinePart {
  text: string
  url?: string
}

/** A line under a page's title, computed here and drawn by Article: who owns the page and where to ask them. */
export interface TitleLine {
  /** What the line says, for styling and tests, e.g. "owners". */
  kind: string
  parts: LinePart[]
}

/** One "Linked from" entry: the linking page, at the section the link is in. */
export interface BacklinkItem {
  /** Without the path prefix (components add it), with the section's #anchor. */
  url: string
  title: string
  section?: string
}

/** "Linked from" at the end of a page: the first few, the rest folded in a static <details>. */
export interface BacklinksView {
  /** Id of the list's heading, clear of the page's own heading ids. */
  headingId: string
  shown: BacklinkItem[]
  more: BacklinkItem[]
}

/** Backlinks shown before the rest fold into "and N more". */
export const BACKLINKS_SHOWN = 10

export interface ArticleView {
  title: string
  showTitle: boolean
  draft: boolean
  /** Lines under the title (see TitleLine). */
  titleLines: TitleLine[]
  /** For a page past its review date: the note under the title, who to ask included. */
  reviewNote?: LinePart[]
  toc: readonly TocItem[]
  /** Rendered HTML of a `.md` page (an `.mdx` page's body comes as the template's children). */
  html: string
  breadcrumbs: Crumb[]
  neighbours: { previous?: PageLink; next?: PageLink }
  editUrl?: string
  historyUrl?: string
  /** The page's Markdown copy (path prefix included), which "Copy as Markdown" fetches. */
  markdownUrl: string
  /** The date of the last change, written in the page's language. */
  lastUpdated?: { iso: string; text: string }
  /** "Linked from" at the end; absent when no page links here. */
  backlinks?: BacklinksView
}

export interface PageView {
  siteTitle: string
  sidebar?: SidebarView
  toc: readonly TocItem[]
  article: ArticleView
}

/** The sidebars as pages receive them, by name. */
export type SiteSidebars = ReadonlyMap<string, SiteSidebar>

/** The groups above a page in its sidebar (none when the sidebar does not list it). */
export function breadcrumbsOf(page: Pick<PageFields, 'url' | 'sidebar'>, sidebars: ReadonlyMap<string, Sidebar>): Crumb[] {
  const sidebar = sidebars.get(page.sidebar)
  return sidebar ? breadcrumbsFor(sidebar.items, page.url) : []
}

/**
 * Where a page sits, as a search result shows it: its breadcrumbs; for a
 * page at a sidebar's top, the sidebar's name, when there are several and
 * the name says something the title does not.
 */
export function searchCrumbsOf(page: Pick<PageFields, 'url' | 'sidebar' | 'title'>, sidebars: ReadonlyMap<string, Sidebar>): string[] {
  const crumbs = breadcrumbsOf(page, sidebars).map((crumb) => crumb.label)
  return crumbs.length > 0 || sidebars.size < 2 || page.sidebar === page.title ? crumbs : [page.sidebar]
}

/** Parts joined with ", " and a last " and ". */
function listed(items: readonly LinePart[][]): LinePart[] {
  return items.flatMap((item, i) => (i === 0 ? item : [{ text: i === items.length - 1 ? ' and ' : ', ' }, ...item]))
}

function ownerParts(owners: readonly OwnerFields[], pathPrefix: string): LinePart[] {
  return listed(owners.map((owner) => [{ text: owner.label, url: withPathPrefix(pathPrefix, owner.url) }]))
}

/** "Owned by Platform. Ask in #team-platform": the owners, then the channels of the teams among them. */
export function ownerLine(owners: readonly OwnerFields[], pathPrefix: string): TitleLine | undefined {
  if (owners.length === 0) return undefined
  const channels = owners.flatMap((owner) => (owner.channel ? [[{ text: owner.channel, ...(owner.channelUrl ? { url: owner.channelUrl } : {}) }]] : []))
  const ask = channels.length > 0 ? [{ text: '. Ask in ' }, ...listed(channels).map((part) => (part.text === ' and ' ? { text: ' or ' } : part))] : []
  return { kind: 'owners', parts: [{ text: 'Owned by ' }, ...ownerParts(owners, pathPrefix), ...ask] }
}

/** "This page was last reviewed on 1 May 2026 and may be out of date. Ask Platform." */
export function reviewNote(review: NonNullable<PageFields['review']>, owners: readonly OwnerFields[], lang: string, pathPrefix: string): LinePart[] | undefined {
  if (!review.stale || !review.reviewed) return undefined
  const when = dateText(`${review.reviewed}T00:00:00Z`, lang)
  const ask = owners.length > 0 ? [{ text: ' Ask ' }, ...ownerParts(owners, pathPrefix), { text: '.' }] : []
  return [{ text: `This page was last reviewed on ${when} and may be out of date.` }, ...ask]
}

/** The sidebar as this page shows it; closed groups left empty when the sidebar loads them on demand. */
function sidebarView(sidebar: SiteSidebar, url: string, pathPrefix: string): SidebarView {
  const entries = sidebarForPage(sidebar.items, url)
  if (!sidebar.dataPath) return { name: sidebar.name, entries }
  return { name: sidebar.name, entries: withLazyGroups(entries), dataUrl: withPathPrefix(pathPrefix, sidebar.dataPath) }
}

/** The heading id of "Linked from": `linked-from`, numbered past any heading of the page's own that took it. */
function backlinksHeadingId(toc: readonly TocItem[]): string {
  const taken = new Set(toc.map((item) => item.id))
  let id = 'linked-from'
  for (let n = 1; taken.has(id); n++) id = `linked-from-${n}`
  return id
}

/** The page's backlinks as "Linked from" draws them, or undefined for none. */
export function backlinksView(backlinks: readonly BacklinkFields[] | null | undefined, toc: readonly TocItem[]): BacklinksView | undefined {
  if (!backlinks || backlinks.length === 0) return undefined
  const items = backlinks.map((link): BacklinkItem => ({
    url: link.section ? `${link.url}#${link.section.anchor}` : link.url,
    title: link.title,
    ...(link.section ? { section: link.section.heading } : {}),
  }))
  return { headingId: backlinksHeadingId(toc), shown: items.slice(0, BACKLINKS_SHOWN), more: items.slice(BACKLINKS_SHOWN) }
}

/** The head of a handbook page (a missing page gets placeholders, as Gatsby may render a head without data). */
export function pageHead(page: Pick<PageFields, 'title' | 'description' | 'url' | 'lang' | 'image'> | null | undefined, site: Omit<SiteContext, 'pathPrefix'>): HeadView {
  return {
    ...(page?.image ? { image: page.image } : {}),
    siteTitle: site.title,
    siteUrl: site.siteUrl,
    lang: page?.lang ?? site.lang,
    title: page?.title ?? 'Page',
    description: page?.description ?? '',
    url: page?.url ?? '/',
  }
}

/** Who owns a page and whether it is past its review date, as its title lines and note. */
function ownershipView(page: Pick<PageFields, 'owners' | 'review' | 'lang'>, site: Pick<SiteContext, 'lang' | 'pathPrefix'>): Pick<ArticleView, 'titleLines' | 'reviewNote'> {
  const owners = page.owners ?? []
  const owned = ownerLine(owners, site.pathPrefix)
  const note = page.review ? reviewNote(page.review, owners, page.lang ?? site.lang, site.pathPrefix) : undefined
  return { titleLines: owned ? [owned] : [], ...(note ? { reviewNote: note } : {}) }
}

/** What a handbook page shows. */
export function pageView(page: PageFields, sidebars: SiteSidebars, site: SiteContext): PageView {
  const sidebar = sidebars.get(page.sidebar)
  const lang = page.lang ?? site.lang
  const backlinks = backlinksView(page.backlinks, page.toc)
  return {
    siteTitle: site.title,
    ...(sidebar ? { sidebar: sidebarView(sidebar, page.url, site.pathPrefix) } : {}),
    toc: page.toc,
    article: {
      title: page.title,
      showTitle: page.showTitle,
      draft: page.draft,
      ...ownershipView(page, site),
      toc: page.toc,
      html: page.html,
      breadcrumbs: breadcrumbsOf(page, sidebars),
      neighbours: sidebar ? neighboursOf(sidebar.items, page.url) : {},
      ...(page.editUrl ? { editUrl: page.editUrl } : {}),
      ...(page.historyUrl ? { historyUrl: page.historyUrl } : {}),
      markdownUrl: withPathPrefix(site.pathPrefix, markdownCopyPath(page.url)),
      ...(page.lastUpdated ? { lastUpdated: { iso: page.lastUpdated, text: dateText(page.lastUpdated, lang) } } : {}),
      ...(backlinks ? { backlinks } : {}),
    },
  }
}

/** Links per section card: enough to orient, few enough that a large handbook's home page stays light. */
export const CARD_LINKS = 8

export interface SectionLink {
  label: string
  url: string
  /** For a group: how many pages it holds. */
  pages?: number
}

/** A sidebar as a card on the home page. */
export interface SectionCard {
  name: string
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

/** The first URL of an item: its own, else that of the first item inside it that has one. */
function firstUrl(item: SidebarItem): string | undefined {
  return findItem([item], (inner) => Boolean(inner.url))?.item.url
}

/** Each sidebar as a card: its first items, and a link to all of it when there are more. */
export function sectionCards(sidebars: SiteSidebars): SectionCard[] {
  return [...sidebars.values()].map((sidebar): SectionCard => {
    const links = sidebar.items.slice(0, CARD_LINKS).flatMap((item): SectionLink[] => {
      const url = firstUrl(item)
      if (!url) return []
      return [{ label: item.label, url, ...(item.type === 'group' ? { pages: readingOrder(item.items).length } : {}) }]
    })
    const start = sidebar.items[0] ? firstUrl(sidebar.items[0]) : undefined
    return {
      name: sidebar.name,
      links,
      ...(sidebar.items.length > CARD_LINKS && start ? { more: { url: start, pages: readingOrder(sidebar.items).length } } : {}),
    }
  })
}

/** The home page's fields, as its template queries them. */
export type HomePageFields = Pick<PageFields, 'title' | 'description' | 'showTitle' | 'lang' | 'html' | 'toc' | 'owners' | 'review' | 'backlinks'>

export function homeHead(page: Pick<HomePageFields, 'description' | 'lang'> | null | undefined, site: Omit<SiteContext, 'pathPrefix'>): HeadView {
  return { siteTitle: site.title, siteUrl: site.siteUrl, lang: page?.lang ?? site.lang, description: page?.description || site.description, url: '/' }
}

/** What the home page shows. */
export function homeView(page: HomePageFields | null | undefined, sidebars: SiteSidebars, site: SiteContext): HomeView {
  const backlinks = page ? backlinksView(page.backlinks, page.toc) : undefined
  return {
    siteTitle: site.title,
    ...(page
      ? {
          article: {
            title: page.title,
            showTitle: page.showTitle,
            draft: false,
            ...ownershipView(page, site),
            toc: [],
            html: page.html,
            breadcrumbs: [],
            neighbours: {},
            markdownUrl: withPathPrefix(site.pathPrefix, markdownCopyPath('/')),
            ...(backlinks ? { backlinks } : {}),
          },
        }
      : {}),
    hero: { title: site.title, lead: site.description },
    sections: sectionCards(sidebars),
  }
}
