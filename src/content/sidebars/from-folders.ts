/**
 * Sidebars generated from the folder tree: each sidebar lists its pages as
 * folders (groups) and pages, ordered by `sidebar_position` (or Hugo's
 * `weight`), then title. A folder's index page is the link of its group.
 */
import { pageFolderSegments, isIndexFile } from './url'
import { humanizeName } from './title'
import type { Sidebar, SidebarItem } from '../shared/sidebar/types'

export type { Sidebar, SidebarGroup, SidebarItem, SidebarLink, SidebarPage } from '../shared/sidebar/types'

/** What the sidebar needs to know of a page. */
export interface SidebarSource {
  sourcePath: string
  url: string
  title: string
  sidebar: string
  position?: number
}

interface FolderNode {
  name: string
  index?: SidebarSource
  pages: SidebarSource[]
  folders: Map<string, FolderNode>
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function commonFolder(pages: readonly SidebarSource[]): string[] {
  const folders = pages.map((page) => {
    const segments = pageFolderSegments(page.sourcePath)
    // An index page stands for its folder; any other page lives in its parent folder.
    return isIndexFile(page.sourcePath) ? segments : segments.slice(0, -1)
  })
  const first = folders[0] ?? []
  let length = first.length
  for (const folder of folders) {
    let i = 0
    while (i < length && folder[i] === first[i]) i++
    length = i
  }
  return first.slice(0, length)
}

function buildTree(pages: readonly SidebarSource[], base: readonly string[]): FolderNode {
  const root: FolderNode = { name: '', pages: [], folders: new Map() }
  for (const page of pages) {
    const segments = pageFolderSegments(page.sourcePath).slice(base.length)
    const index = isIndexFile(page.sourcePath)
    const folderPath = index ? segments : segments.slice(0, -1)
    let node = root
    for (const name of folderPath) {
      let child = node.folders.get(name)
      if (!child) {
        child = { name, pages: [], folders: new Map() }
        node.folders.set(name, child)
      }
      node = child
    }
    if (index) node.index = page
    else node.pages.push(page)
  }
  return root
}

interface Sortable {
  item: SidebarItem
  position: number
}

function toItems(node: FolderNode): SidebarItem[] {
  const entries: Sortable[] = node.pages.map((page) => ({
    item: { type: 'page', label: page.title, url: page.url },
    position: page.position ?? Number.POSITIVE_INFINITY,
  }))
  for (const folder of node.folders.values()) {
    const items = toItems(folder)
    const label = folder.index?.title ?? humanizeName(folder.name)
    const position = folder.index?.position ?? Number.POSITIVE_INFINITY
    if (items.length === 0 && folder.index) {
      entries.push({ item: { type: 'page', label, url: folder.index.url }, position })
    } else {
      entries.push({
        item: { type: 'group', label, ...(folder.index ? { url: folder.index.url } : {}), items, collapsed: true },
        position,
      })
    }
  }
  entries.sort((a, b) => a.position - b.position || collator.compare(a.item.label, b.item.label))
  return entries.map((entry) => entry.item)
}

/**
 * The items of a folder tree: `base` is the folder the items are relative
 * to (its segments as in page paths); its own index page opens the list.
 */
export function itemsFromFolder(pages: readonly SidebarSource[], base: readonly string[] = commonFolder(pages)): SidebarItem[] {
  const root = buildTree(pages, base)
  const items = toItems(root)
  if (root.index) items.unshift({ type: 'page', label: root.index.title, url: root.index.url })
  return items
}

/** One sidebar per sidebar name, each generated from the folders of its pages. */
export function sidebarsFromFolders(pages: readonly SidebarSource[]): Sidebar[] {
  const byName = new Map<string, SidebarSource[]>()
  for (const page of pages) {
    const list = byName.get(page.sidebar) ?? []
    list.push(page)
    byName.set(page.sidebar, list)
  }
  return [...byName.entries()].map(([name, members]) => ({ name, items: itemsFromFolder(members) }))
}
