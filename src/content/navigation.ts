/**
 * What a page shows of its sidebar: the current page marked, the groups that
 * lead to it open. Pure, so the server renderer only draws the result.
 */
import type { SidebarItem } from './sidebar'

export type SidebarEntry =
  | { type: 'page'; label: string; url: string; current: boolean }
  | { type: 'link'; label: string; url: string; external: boolean }
  | { type: 'group'; label: string; url?: string; current: boolean; open: boolean; items: SidebarEntry[] }

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
