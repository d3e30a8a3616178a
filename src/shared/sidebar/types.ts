/** A sidebar as data: what the build resolves and what pages render (shared by build and UI). */
import type { TitleRun } from '../title-runs'

export interface SidebarPage {
  type: 'page'
  label: string
  /** The label's marks, when it is a title with em/strong/code/sub/sup (src/shared/title.ts); `label` is its plain text. */
  labelRuns?: TitleRun[]
  url: string
}

export interface SidebarGroup {
  type: 'group'
  label: string
  /** The label's marks, when it is a title with em/strong/code/sub/sup (src/shared/title.ts); `label` is its plain text. */
  labelRuns?: TitleRun[]
  /** Page the group's label links to (the folder's index page). */
  url?: string
  items: SidebarItem[]
  /** Whether the group starts closed when the current page is not inside it. */
  collapsed: boolean
}

export interface SidebarLink {
  type: 'link'
  label: string
  /** The label's marks, when it is a title with em/strong/code/sub/sup (src/shared/title.ts); `label` is its plain text. */
  labelRuns?: TitleRun[]
  url: string
  external: boolean
}

export type SidebarItem = SidebarPage | SidebarGroup | SidebarLink

export interface Sidebar {
  name: string
  items: SidebarItem[]
}

/**
 * A sidebar as the site's pages receive it (the HandbookSidebar node): its
 * tree, and for one that loads closed groups on demand, where the whole tree
 * is published (before the path prefix). Decided once at build time.
 */
export interface SiteSidebar extends Sidebar {
  dataPath: string | null
}
