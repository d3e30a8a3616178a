/**
 * What a page shows of its sidebar: the current page marked, the groups that
 * lead to it open. Pure, so the server renderer only draws the result.
 */
import type { SidebarItem } from './types'
import { withPathPrefix } from '../path-prefix'

export type SidebarEntry =
  | { type: 'page'; label: string; url: string; current: boolean }
  | { type: 'link'; label: string; url: string; external: boolean }
  | { type: 'group'; label: string; url?: string; current: boolean; open: boolean; items: SidebarEntry[]; lazy?: boolean }

function containsUrl(entries: readonly SidebarEntry[]): boolean {
  return entries.some((entry) =>
    entry.type === 'page' ? entry.current : entry.type === 'group' ? entry.current || containsUrl(entry.items) : false,
  )
}

/** Marks `currentUrl` in the tree and opens every group on the way to it. */
export function sidebarForPage(items: readonly SidebarItem[], currentUrl: string): SidebarEntry[] {
  return items.map((item): SidebarEntry => {
    switch (item.type) {
      case 'page':
        return { type: 'page', label: item.label, url: item.url, current: item.url === currentUrl }
      case 'link':
        return { ...item }
      case 'group': {
        const entries = sidebarForPage(item.items, currentUrl)
        const current = item.url === currentUrl
        return {
          type: 'group',
          label: item.label,
          ...(item.url ? { url: item.url } : {}),
          current,
          open: !item.collapsed || current || containsUrl(entries),
          items: entries,
        }
      }
    }
  })
}

export interface Crumb {
  label: string
  url?: string
}

/** The groups that lead to `currentUrl` in sidebar order, for breadcrumbs (the page itself not included). */
export function breadcrumbsFor(items: readonly SidebarItem[], currentUrl: string): Crumb[] {
  for (const item of items) {
    if (item.type !== 'group') continue
    const crumb: Crumb = { label: item.label, ...(item.url ? { url: item.url } : {}) }
    if (item.url === currentUrl) return []
    const inner = breadcrumbsFor(item.items, currentUrl)
    if (inner.length > 0 || containsPage(item.items, currentUrl)) return [crumb, ...inner]
  }
  return []
}

function containsPage(items: readonly SidebarItem[], url: string): boolean {
  return items.some((item) => (item.type === 'page' ? item.url === url : item.type === 'group' ? item.url === url || containsPage(item.items, url) : false))
}

export interface PageLink {
  label: string
  url: string
}

/** Every page of a sidebar in reading order: group pages before their items; links and page-less groups skipped. */
export function readingOrder(items: readonly SidebarItem[], into: PageLink[] = []): PageLink[] {
  for (const item of items) {
    if (item.type === 'page') into.push({ label: item.label, url: item.url })
    else if (item.type === 'group') {
      if (item.url) into.push({ label: item.label, url: item.url })
      readingOrder(item.items, into)
    }
  }
  return into
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
 * Sidebars with more entries than this send the contents of closed groups
 * on demand, from one JSON file per sidebar that the browser caches, so a
 * page of a 1,000-page handbook does not carry the whole tree in its HTML.
 */
export const SIDEBAR_INLINE_LIMIT = 150

export function countEntries(items: readonly SidebarItem[]): number {
  return items.reduce((total, item) => total + 1 + (item.type === 'group' ? countEntries(item.items) : 0), 0)
}

/** Closed groups keep their row but lose their contents, which the page loads when the group is opened. */
export function withLazyGroups(entries: readonly SidebarEntry[]): SidebarEntry[] {
  return entries.map((entry) => {
    if (entry.type !== 'group') return entry
    return entry.open ? { ...entry, items: withLazyGroups(entry.items) } : { ...entry, items: [], lazy: true }
  })
}

/** FNV-1a: a short stable hash, the same in the build and in the page template. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

function signature(items: readonly SidebarItem[]): string {
  return items.map((item) => `${item.type}\u0001${item.label}\u0001${item.url ?? ''}\u0002${item.type === 'group' ? `${item.collapsed}${signature(item.items)}` : ''}\u0003`).join('')
}

/** Where the whole tree of a large sidebar is published (without the path prefix); changes when the tree does. */
export function sidebarDataPath(name: string, items: readonly SidebarItem[]): string {
  return `/_handbook/sidebar-${fnv1a(name + signature(items))}.json`
}

/** A sidebar's tree as published for the browser: internal URLs carry the site's path prefix. */
export function sidebarData(items: readonly SidebarItem[], pathPrefix: string): SidebarItem[] {
  return items.map((item): SidebarItem => {
    if (item.type === 'group') return { ...item, ...(item.url ? { url: withPathPrefix(pathPrefix, item.url) } : {}), items: sidebarData(item.items, pathPrefix) }
    if (item.type === 'link' && item.external) return item
    return { ...item, url: withPathPrefix(pathPrefix, item.url) }
  })
}
