import type { Sidebar } from '../content'
import { contentLibrary } from './library'

/**
 * Where a sidebar's whole tree is published, or null when its pages carry
 * all of it: the one decision, used for the HandbookSidebar node (which pages
 * read) and for the files written after the build (features/sidebar-data).
 */
export function sidebarDataPathOf(sidebar: Sidebar): string | null {
  return contentLibrary().sidebarDataPath(sidebar, { production: process.env.NODE_ENV === 'production' })
}
