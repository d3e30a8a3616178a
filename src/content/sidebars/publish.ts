/**
 * Stage "what lazy groups publish": a sidebar with more entries than
 * SIDEBAR_INLINE_LIMIT sends the contents of closed groups on demand, from
 * one JSON file per sidebar that the browser caches, so a page of a
 * 1,000-page handbook does not carry the whole tree in its HTML. Decided once
 * at build time: the sidebar's node gets the file's path, and pages load
 * their closed groups exactly when it has one (src/shared/page-view/sidebar.ts).
 */
import { shortHashOf } from '../common/hash'
import { OUTPUT_FOLDER } from '../../shared/output'
import { withPathPrefix } from '../../shared/path-prefix'
import { countItems, transform } from '../../shared/sidebar/walk'
import type { Sidebar, SidebarItem } from '../../shared/sidebar/types'
import { assertNever } from '../../shared/assert-never'

export const SIDEBAR_INLINE_LIMIT = 150

/**
 * Where a sidebar's whole tree is published (without the path prefix), or
 * null when pages carry all of it: sidebars within the limit, and every
 * sidebar outside production builds (`gatsby develop` has no step that
 * publishes files). The name changes whenever the tree does.
 */
export function sidebarDataPath(sidebar: Sidebar, options: { production: boolean }): string | null {
  if (!options.production || countItems(sidebar.items) <= SIDEBAR_INLINE_LIMIT) return null
  return `/${OUTPUT_FOLDER}/sidebar-${shortHashOf(sidebar.name, JSON.stringify(sidebar.items))}.json`
}

/** A sidebar's tree as published for the browser: internal URLs carry the site's path prefix. */
export function sidebarData(items: readonly SidebarItem[], pathPrefix: string): SidebarItem[] {
  return transform<SidebarItem, SidebarItem>(items, (item, children) => {
    switch (item.type) {
      case 'group':
        return { ...item, ...(item.url ? { url: withPathPrefix(pathPrefix, item.url) } : {}), items: children() }
      case 'link':
        return item.external ? item : { ...item, url: withPathPrefix(pathPrefix, item.url) }
      case 'page':
        return { ...item, url: withPathPrefix(pathPrefix, item.url) }
      default:
        return assertNever(item)
    }
  })
}
