/**
 * Which print views a handbook has, and the pages of each in reading order:
 * `/print`, the whole handbook (the sidebars' reading order, then the pages
 * no sidebar lists); above PRINT_PAGE_LIMIT pages, too big for one HTML
 * page, `/print` is an index of one view per sidebar instead. And one view
 * per sidebar group that has its own page, at `/print<the group page's URL>`.
 */
import { readingOrder } from '../../../shared/sidebar/navigation'
import type { Sidebar } from '../../../shared/sidebar/types'
import { walk } from '../../../shared/sidebar/walk'
import { printViewOf } from '../../../shared/print-view'

export const PRINT_URL = printViewOf('/')
/** What the registry of site URLs says of `/print`. */
export const PRINT_URL_OWNER = 'the print view of the handbook (made from its pages)'
/** Above this many pages, `/print` lists per-sidebar views instead of holding every page. */
export const PRINT_PAGE_LIMIT = 500

export type PrintViewKind = 'handbook' | 'index' | 'sidebar' | 'group'

export interface PrintView {
  kind: PrintViewKind
  url: string
  title: string
  /** The pages it holds, by URL, in reading order (none on the index). */
  pages: string[]
  /** The page it prints (a group's own page), where its sidebar is chosen from. */
  of?: string
  /** On the index: the views it lists. */
  lists?: Array<{ url: string; title: string; pages: number }>
}

/** The URL of a sidebar's own view (handbooks above the limit). */
export function sidebarPrintUrl(name: string): string {
  return `${PRINT_URL}/sidebar-${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))}`
}

/** URLs of `order` that are content pages, each once, in order. */
function contentOnly(order: Iterable<string>, pages: ReadonlySet<string>): string[] {
  return [...new Set([...order].filter((url) => pages.has(url)))]
}

/**
 * The print views of a handbook: its sidebars and its content pages' URLs
 * (in the order the pages were read: where unlisted pages go).
 */
export function printViews(sidebars: readonly Sidebar[], pageUrls: readonly string[], siteTitle: string): PrintView[] {
  const pages = new Set(pageUrls)
  const listed = contentOnly(
    sidebars.flatMap((sidebar) => readingOrder(sidebar.items).map((link) => link.url)),
    pages,
  )
  const seen = new Set(listed)
  const whole = [...listed, ...pageUrls.filter((url) => !seen.has(url))]
  const views: PrintView[] = []
  if (whole.length <= PRINT_PAGE_LIMIT) views.push({ kind: 'handbook', url: PRINT_URL, title: siteTitle, pages: whole })
  else {
    const perSidebar = sidebars
      .map(
        (sidebar): PrintView => ({
          kind: 'sidebar',
          url: sidebarPrintUrl(sidebar.name),
          title: sidebar.name,
          pages: contentOnly(
            readingOrder(sidebar.items).map((link) => link.url),
            pages,
          ),
        }),
      )
      .filter((view) => view.pages.length > 0)
    views.push({ kind: 'index', url: PRINT_URL, title: siteTitle, pages: [], lists: perSidebar.map((view) => ({ url: view.url, title: view.title, pages: view.pages.length })) }, ...perSidebar)
  }
  const taken = new Set(views.map((view) => view.url))
  for (const sidebar of sidebars) {
    walk(sidebar.items, (item) => {
      if (item.type !== 'group' || !item.url || item.url === '/' || !pages.has(item.url)) return
      const url = printViewOf(item.url)
      // A page listed in two sidebars has one view; a content page at that URL keeps it.
      if (taken.has(url) || pages.has(url)) return
      taken.add(url)
      views.push({ kind: 'group', url, title: item.label, of: item.url, pages: contentOnly([item.url, ...readingOrder(item.items).map((link) => link.url)], pages) })
    })
  }
  return views
}
