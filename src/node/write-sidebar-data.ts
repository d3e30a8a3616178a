import fs from 'fs'
import path from 'path'
import type { Sidebar } from '../content'
import { contentLibrary } from './library'
import { settings } from './settings'

/** Publishes the tree of each large sidebar, which pages load when a closed group is opened. */
export function writeSidebarData(publicDir: string, sidebars: readonly Sidebar[]): number {
  const library = contentLibrary()
  let written = 0
  for (const sidebar of sidebars) {
    if (library.countEntries(sidebar.items) <= library.SIDEBAR_INLINE_LIMIT) continue
    const file = path.join(publicDir, ...library.sidebarDataPath(sidebar.name, sidebar.items).split('/').filter(Boolean))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(library.sidebarData(sidebar.items, settings.pathPrefix)))
    written++
  }
  return written
}
