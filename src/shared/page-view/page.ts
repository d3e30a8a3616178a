/** What a handbook page shows, from its fields, the site's sidebars and the site's settings. */
import { markdownCopyPath } from '../markdown-copy'
import { withPathPrefix } from '../path-prefix'
import { neighboursOf } from '../sidebar/navigation'
import { articleFacts, type ArticleView } from './article'
import { breadcrumbsOf } from './crumbs'
import { dateText } from '../date-text'
import { feedbackView } from '../feedback'
import type { OrAbsent, PageFacts, TocItem } from './page-node'
import { sidebarView, type SidebarView } from './sidebar'
import { siteMessages, type SiteContext, type SiteSidebars } from './site'
import { pageLanguage } from '../i18n'
import { findItem } from '../sidebar/walk'
import type { SidebarItem } from '../sidebar/types'
import { printViewOf } from '../print-view'
import type { LanguageLinkView } from '../languages'
import { untranslatedView } from './untranslated'

/** Whether the page is a sidebar group's own page (the group's label links to it): its section has a print view. */
function isGroupPage(items: readonly SidebarItem[], url: string): boolean {
  return url !== '/' && findItem(items, (item) => item.type === 'group' && item.url === url) !== undefined
}

type PageQueryFields = NonNullable<Queries.HandbookPageByIdQuery['page']>

/** A page's fields, as its template queries them (graphqlTypegen's type of the query); a field that may be null may be left out, and so may the facts and what feedback reads (no feedback without them). */
export type PageFields = OrAbsent<Omit<PageQueryFields, keyof PageFacts | 'stylesheets' | 'noindex' | 'sourcePath' | 'feedback' | 'languages'>> &
  PageFacts &
  Partial<Pick<PageQueryFields, 'sourcePath' | 'feedback' | 'languages'>>

export interface PageView {
  siteTitle: string
  /** The page's language (pageLanguage): the interface's words and dates are in it. */
  lang: string
  sidebar?: SidebarView
  toc: readonly TocItem[]
  article: ArticleView
  /** The page in each of the handbook's languages: the header's switcher (none with one language). */
  languages?: readonly LanguageLinkView[]
}

/** What a handbook page shows. */
export function pageView(page: PageFields, sidebars: SiteSidebars, site: SiteContext): PageView {
  const sidebar = sidebars.get(page.sidebar)
  const lang = pageLanguage(page, site)
  const untranslated = untranslatedView(page.untranslated, page.languages, lang, site)
  const feedback =
    page.sourcePath !== undefined && page.feedback !== undefined
      ? feedbackView({ url: page.url, title: page.title, sourcePath: page.sourcePath, feedback: page.feedback }, site.chrome?.feedback, site)
      : undefined
  return {
    siteTitle: site.title,
    lang,
    ...(sidebar ? { sidebar: sidebarView(sidebar, page.url, site.pathPrefix) } : {}),
    ...(page.languages?.length ? { languages: page.languages } : {}),
    toc: page.toc,
    article: {
      title: page.title,
      ...(page.titleRuns ? { titleRuns: page.titleRuns } : {}),
      ...(page.subtitle ? { subtitle: page.subtitle } : {}),
      showTitle: page.showTitle,
      draft: page.draft,
      internal: page.internalOnly,
      ...articleFacts(page, site),
      toc: page.toc,
      html: page.html,
      breadcrumbs: breadcrumbsOf(page, sidebars),
      neighbours: sidebar ? neighboursOf(sidebar.items, page.url) : {},
      ...(page.editUrl ? { editUrl: page.editUrl } : {}),
      ...(page.historyUrl ? { historyUrl: page.historyUrl } : {}),
      // A page not yet translated has no copy of its own: the page it shows has.
      markdownUrl: withPathPrefix(site.pathPrefix, markdownCopyPath(page.untranslated?.url ?? page.url)),
      ...(untranslated ? { untranslated } : {}),
      ...(sidebar && isGroupPage(sidebar.items, page.url) ? { print: { url: withPathPrefix(site.pathPrefix, printViewOf(page.url)), label: siteMessages(lang, site).text('printThisSection') } } : {}),
      ...(page.lastUpdated ? { lastUpdated: { iso: page.lastUpdated, text: dateText(page.lastUpdated, lang) } } : {}),
      ...(feedback ? { feedback } : {}),
    },
  }
}
