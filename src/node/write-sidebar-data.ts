import fs from 'node:fs'
import path from 'node:path'
import type { Sidebar } from '../content'
import { contentLibrary } from './library'
import { settings } from './settings'

/**
 * Where a sidebar's whole tree is published, or null when its pages carry
 * all of it: the one decision, used for the HandbookSidebar node (which pages
 * read) and for the files written after the build.
 */
export function sidebarDataPathOf(sidebar: Sidebar): string | null {
  return contentLibrary().sidebarDataPath(sidebar, { production: process.env.NODE_ENV === 'production' })
}

/** Publishes the tree of each large sidebar, which pages load when a closed group is opened. */
export function writeSidebarData(publicDir: string, sidebars: readonly Sidebar[]): number {
  const library = contentLibrary()
  let written = 0
  for (const sidebar of sidebars) {
    const dataPath = sidebarDataPathOf(sidebar)
    if (!dataPath) continue
    const file = path.join(publicDir, ...dataPath.split('/').filter(Boolean))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(library.sidebarData(sidebar.items, settings.pathPrefix)))
    written++
  }
  return written
}
