/** The sidebar as a page shows it. */
import { withPathPrefix } from '../path-prefix'
import { sidebarForPage, withLazyGroups, type SidebarEntry } from '../sidebar/navigation'
import type { SiteSidebar } from '../sidebar/types'

export interface SidebarView {
  name: string
  entries: SidebarEntry[]
  /** For a sidebar that loads closed groups on demand: where their contents come from. */
  dataUrl?: string
}

/** The sidebar as this page shows it; closed groups left empty when the sidebar loads them on demand. */
export function sidebarView(sidebar: SiteSidebar, url: string, pathPrefix: string): SidebarView {
  const entries = sidebarForPage(sidebar.items, url)
  if (!sidebar.dataPath) return { name: sidebar.name, entries }
  return { name: sidebar.name, entries: withLazyGroups(entries), dataUrl: withPathPrefix(pathPrefix, sidebar.dataPath) }
}
