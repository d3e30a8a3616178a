/**
 * Everything a page shows, from its fields (the HandbookPage node), the
 * site's sidebars (one static query for the whole site, never copied into a
 * page's data) and the site's settings. Pure and shared: it runs while pages
 * are rendered on the server (and in the browser under `gatsby develop`), so
 * templates only query and components only draw. One file per thing it
 * computes:
 *
 *   page.ts         a handbook page: sidebar, table of contents, article
 *   home.ts         the home page: the root page's article, a card per sidebar
 *   article.ts      the article Article draws, and the facts around its body
 *   title-lines.ts  the lines under a page's title
 *   ownership.ts    who owns a page, and the note on a page past its review
 *   backlinks.ts    "Linked from"
 *   crumbs.ts       breadcrumbs, and where a search result sits
 *   sidebar.ts      the sidebar as a page shows it
 *   head.ts         the <head> of a page and of the home page
 *   page-node.ts    the page's fields, as graphqlTypegen types them
 */
export { pageView, type PageFields, type PageView } from './page'
export { CARD_LINKS, homeView, sectionCards, type HomePageFields, type HomeView, type SectionCard, type SectionLink } from './home'
export { articleFacts, hidesTitle, type ArticleView } from './article'
export { titleLines } from './title-lines'
export { ownerLine, reviewNote } from './ownership'
export type { LinePart, TitleLine } from './lines'
export { BACKLINKS_SHOWN, backlinksView, type BacklinkItem, type BacklinksView } from './backlinks'
export { breadcrumbsOf, searchCrumbsOf } from './crumbs'
export { sidebarView, type SidebarView } from './sidebar'
export { homeHead, pageHead, type HeadView } from './head'
export type { SiteContext, SiteSidebars } from './site'
export type { BacklinkFields, OrAbsent, OwnerFields, PageFacts, PageNode, TocItem } from './page-node'
