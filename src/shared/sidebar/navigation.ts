/**
 * What a page shows of its sidebar: the current page marked, the groups that
 * lead to it open, the groups above it as breadcrumbs, the pages before and
 * after it. Pure and shared: pages are drawn from these during server
 * rendering (and in the browser under `gatsby develop`).
 */
import type { SidebarItem } from './types'
import type { TitleRun } from '../title-runs'
import { findItem, transform, walk } from './walk'
import { assertNever } from '../assert-never'

export type SidebarEntry =
  | { type: 'page'; label: string; labelRuns?: TitleRun[]; url: string; current: boolean }
  | { type: 'link'; label: string; labelRuns?: TitleRun[]; url: string; external: boolean }
  | { type: 'group'; label: string; labelRuns?: TitleRun[]; url?: string; current: boolean; open: boolean; items: SidebarEntry[]; lazy?: boolean }

/** An item's label marks, carried along only when it has some. */
function runsOf(item: { labelRuns?: TitleRun[] }): { labelRuns?: TitleRun[] } {
  return item.labelRuns ? { labelRuns: item.labelRuns } : {}
}

/** Whether an item is the page at `url`: a page, or a group's own page (links are not pages of the handbook). */
function isPageAt(item: SidebarItem, url: string): boolean {
  return item.type !== 'link' && item.url === url
}

/** Marks `currentUrl` in the tree and opens every group on the way to it. */
export function sidebarForPage(items: readonly SidebarItem[], currentUrl: string): SidebarEntry[] {
  const leadingToCurrent = new Set<SidebarItem>()
  walk(items, (item, ancestors) => {
    if (isPageAt(item, currentUrl)) for (const group of ancestors) leadingToCurrent.add(group)
  })
  return transform<SidebarItem, SidebarEntry>(items, (item, children) => {
    switch (item.type) {
      case 'page':
        return { type: 'page', label: item.label, ...runsOf(item), url: item.url, current: item.url === currentUrl }
      case 'link':
        return { ...item }
      case 'group': {
        const current = item.url === currentUrl
        return {
          type: 'group',
          label: item.label,
          ...runsOf(item),
          ...(item.url ? { url: item.url } : {}),
          current,
          open: !item.collapsed || current || leadingToCurrent.has(item),
          items: children(),
        }
      }
      default:
        return assertNever(item)
    }
  })
}

export interface Crumb {
  label: string
  labelRuns?: TitleRun[]
  url?: string
}

/** The groups that lead to `currentUrl` in sidebar order, for breadcrumbs (the page itself not included). */
export function breadcrumbsFor(items: readonly SidebarItem[], currentUrl: string): Crumb[] {
  const found = findItem(items, (item) => isPageAt(item, currentUrl))
  return (found?.ancestors ?? []).map((group) => ({ label: group.label, ...runsOf(group), ...(group.type === 'group' && group.url ? { url: group.url } : {}) }))
}

export interface PageLink {
  label: string
  url: string
}

/** Every page of a sidebar in reading order: group pages before their items; links and page-less groups skipped. */
export function readingOrder(items: readonly SidebarItem[]): PageLink[] {
  const order: PageLink[] = []
  walk(items, (item) => {
    if (item.type !== 'link' && item.url) order.push({ label: item.label, url: item.url })
  })
  return order
}

/** The URLs of every page a sidebar lists (its pages and its groups' own pages). */
export function pageUrls(items: readonly SidebarItem[]): Set<string> {
  return new Set(readingOrder(items).map((link) => link.url))
}

/** The pages before and after `currentUrl` in the sidebar's reading order. */
export function neighboursOf(items: readonly SidebarItem[], currentUrl: string): { previous?: PageLink; next?: PageLink } {
  const order = readingOrder(items)
  const index = order.findIndex((link) => link.url === currentUrl)
  if (index < 0) return {}
  const previous = order[index - 1]
  const next = order[index + 1]
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
}

/**
 * A sidebar that loads on demand (see src/content/sidebars/publish.ts): closed
 * groups keep their row but lose their contents, which the page loads from
 * the sidebar's data file when the group is opened.
 */
export function withLazyGroups(entries: readonly SidebarEntry[]): SidebarEntry[] {
  return transform<SidebarEntry, SidebarEntry>(entries, (entry, children) => {
    if (entry.type !== 'group') return entry
    return entry.open ? { ...entry, items: children() } : { ...entry, items: [], lazy: true }
  })
}
