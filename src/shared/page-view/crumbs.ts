/**
 * Where a page sits: the groups above it in its sidebar. Search takes its
 * breadcrumbs from here too, so a result always says what its page does.
 */
import { breadcrumbsFor, type Crumb } from '../sidebar/navigation'
import type { Sidebar } from '../sidebar/types'
import type { PageNode } from './page-node'

/** The groups above a page in its sidebar (none when the sidebar does not list it). */
export function breadcrumbsOf(page: Pick<PageNode, 'url' | 'sidebar'>, sidebars: ReadonlyMap<string, Sidebar>): Crumb[] {
  const sidebar = sidebars.get(page.sidebar)
  return sidebar ? breadcrumbsFor(sidebar.items, page.url) : []
}

/**
 * Where a page sits, as a search result shows it: its breadcrumbs; for a
 * page at a sidebar's top, the sidebar's name, when there are several and
 * the name says something the title does not.
 */
export function searchCrumbsOf(page: Pick<PageNode, 'url' | 'sidebar' | 'title'>, sidebars: ReadonlyMap<string, Sidebar>): string[] {
  const crumbs = breadcrumbsOf(page, sidebars).map((crumb) => crumb.label)
  return crumbs.length > 0 || sidebars.size < 2 || page.sidebar === page.title ? crumbs : [page.sidebar]
}
