/**
 * Stage "tree from folders": items generated from the folder tree, for an
 * `autogenerate` item of sidebars.yml and for the sidebars of a handbook
 * without that file. Folders become groups and pages pages, ordered by
 * `sidebar_position` (or Hugo's `weight`), then title. A folder's index page
 * is the link of its group.
 */
import { pageFolderSegments, isIndexFile } from '../links/url'
import { humanizeName } from '../page/title'
import type { Sidebar, SidebarItem } from '../../shared/sidebar/types'
import type { SidebarPageInput } from './input'

interface FolderNode {
  name: string
  index?: SidebarPageInput
  pages: SidebarPageInput[]
  folders: Map<string, FolderNode>
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

function commonFolder(pages: readonly SidebarPageInput[]): string[] {
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

function buildTree(pages: readonly SidebarPageInput[], base: readonly string[]): FolderNode {
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
export function itemsFromFolder(pages: readonly SidebarPageInput[], base: readonly string[] = commonFolder(pages)): SidebarItem[] {
  const root = buildTree(pages, base)
  const items = toItems(root)
  if (root.index) items.unshift({ type: 'page', label: root.index.title, url: root.index.url })
  return items
}

/** One sidebar per sidebar name (`sidebarOf` each page's, by source path), each generated from the folders of its pages, in order of first appearance. */
export function sidebarsFromFolders(pages: readonly SidebarPageInput[], sidebarOf: ReadonlyMap<string, string>): Sidebar[] {
  const byName = new Map<string, SidebarPageInput[]>()
  for (const page of pages) {
    const name = sidebarOf.get(page.sourcePath)!
    const list = byName.get(name) ?? []
    list.push(page)
    byName.set(name, list)
  }
  return [...byName.entries()].map(([name, members]) => ({ name, items: itemsFromFolder(members) }))
}
