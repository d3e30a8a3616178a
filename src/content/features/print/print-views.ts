/**
 * Which print views a handbook has, and the pages of each in reading order:
 * `/print`, the whole handbook (the sidebars' reading order, then the pages
 * no sidebar lists); and one view per sidebar group that has its own page,
 * at `/print<the group page's URL>`. No view holds more than
 * PRINT_PAGE_LIMIT pages, too many for one HTML page: above it `/print` is
 * an index of one view per sidebar (of a sidebar's group views when the
 * sidebar itself is over the limit), and a group over it has none (its
 * groups have theirs).
 */
import { readingOrder } from '../../../shared/sidebar/navigation'
import type { Sidebar, SidebarItem } from '../../../shared/sidebar/types'
import { walk } from '../../../shared/sidebar/walk'
import { printViewOf } from '../../../shared/print-view'

export const PRINT_URL = printViewOf('/')
/** What the registry of site URLs says of `/print`. */
export const PRINT_URL_OWNER = 'the print view of the handbook (made from its pages)'
/** Above this many pages, a view would be too big for one HTML page. */
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

const pagesOf = (items: readonly SidebarItem[], pages: ReadonlySet<string>) =>
  contentOnly(
    readingOrder(items).map((link) => link.url),
    pages,
  )

/** The views of the outermost groups among `items` that have one (not those inside them). */
function outermostViews(items: readonly SidebarItem[], groups: ReadonlyMap<string, PrintView>): NonNullable<PrintView['lists']> {
  const lists: NonNullable<PrintView['lists']> = []
  walk(items, (item) => {
    const view = item.type === 'group' && item.url ? groups.get(printViewOf(item.url)) : undefined
    if (view?.kind !== 'group') return
    lists.push({ url: view.url, title: view.title, pages: view.pages.length })
    return 'skip'
  })
  return lists
}

/**
 * The print views of a handbook: its sidebars and its content pages' URLs
 * (in the order the pages were read: where unlisted pages go).
 */
export function printViews(sidebars: readonly Sidebar[], pageUrls: readonly string[], siteTitle: string): PrintView[] {
  const pages = new Set(pageUrls)
  // The groups' views first: the index of a large handbook lists them.
  const groups = new Map<string, PrintView>()
  const tooBig: Array<{ url: string; title: string; of: string; items: readonly SidebarItem[] }> = []
  for (const sidebar of sidebars) {
    walk(sidebar.items, (item) => {
      if (item.type !== 'group' || !item.url || item.url === '/' || !pages.has(item.url)) return
      const url = printViewOf(item.url)
      // A page listed in two sidebars has one view; a content page at that URL keeps it.
      if (groups.has(url) || pages.has(url)) return
      const held = contentOnly([item.url, ...pagesOf(item.items, pages)], pages)
      if (held.length > PRINT_PAGE_LIMIT) tooBig.push({ url, title: item.label, of: item.url, items: item.items })
      else groups.set(url, { kind: 'group', url, title: item.label, of: item.url, pages: held })
    })
  }
  // A group too big for one page: an index of its groups' views, as the handbook's.
  for (const group of tooBig) groups.set(group.url, { kind: 'index', url: group.url, title: group.title, of: group.of, pages: [], lists: outermostViews(group.items, groups) })
  const listed = contentOnly(
    sidebars.flatMap((sidebar) => pagesOf(sidebar.items, pages)),
    pages,
  )
  const seen = new Set(listed)
  const whole = [...listed, ...pageUrls.filter((url) => !seen.has(url))]
  if (whole.length <= PRINT_PAGE_LIMIT) return [{ kind: 'handbook', url: PRINT_URL, title: siteTitle, pages: whole }, ...groups.values()]
  const perSidebar: PrintView[] = []
  const lists: NonNullable<PrintView['lists']> = []
  for (const sidebar of sidebars) {
    const held = pagesOf(sidebar.items, pages)
    if (held.length === 0) continue
    if (held.length <= PRINT_PAGE_LIMIT) {
      const view: PrintView = { kind: 'sidebar', url: sidebarPrintUrl(sidebar.name), title: sidebar.name, pages: held }
      perSidebar.push(view)
      lists.push({ url: view.url, title: view.title, pages: held.length })
      continue
    }
    // Too big itself: its outermost groups' views.
    lists.push(...outermostViews(sidebar.items, groups))
  }
  return [{ kind: 'index', url: PRINT_URL, title: siteTitle, pages: [], lists }, ...perSidebar, ...groups.values()]
}
