/**
 * Stage "tree from folders": items generated from the folder tree, for an
 * `autogenerate` item of sidebars.yml and for the sidebars of a handbook
 * without that file. Folders become groups and pages pages, ordered by
 * `sidebar_position` (or Hugo's `weight`), then title. A folder's page (its
 * index, or Eleventy's `x/x.md` and `x.md` beside `x/`: links/folder-page.ts)
 * is the link of its group, not a second entry with its label.
 */
import { isIndexFile, pageFolderSegments } from '../links/url'
import { folderOfPage, pageFolders } from '../links/folder-page'
import { humanizeFolderName } from '../page/title'
import type { Sidebar, SidebarItem } from '../../shared/sidebar/types'
import type { SidebarPageInput } from './input'

/** A folder of the tree: its own page, its other pages, its subfolders by name. */
export interface FolderNode {
  name: string
  index?: SidebarPageInput
  pages: SidebarPageInput[]
  folders: Map<string, FolderNode>
  /** The folder it is in (none for the tree's root): a folder's name is written as the pages around it write it. */
  parent?: FolderNode
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/**
 * The folder each page stands in, as segments, and whether it is that
 * folder's page. An index file is; else the first `x/x.md` or `x.md` beside
 * `x/` that stands at the folder's address; any other page lives in its
 * parent folder.
 */
function placesOf(pages: readonly SidebarPageInput[]): { page: SidebarPageInput; folder: string[]; isIndex: boolean }[] {
  const folders = pageFolders(pages.map((page) => page.sourcePath))
  const indexed = new Set(pages.filter((page) => isIndexFile(page.sourcePath)).map((page) => pageFolderSegments(page.sourcePath).join('/')))
  const taken = new Set<string>()
  return pages.map((page) => {
    const folder = folderOfPage(page, folders)
    if (folder !== undefined && (isIndexFile(page.sourcePath) || (!indexed.has(folder) && !taken.has(folder)))) {
      taken.add(folder)
      return { page, folder: folder === '' ? [] : folder.split('/'), isIndex: true }
    }
    return { page, folder: pageFolderSegments(page.sourcePath).slice(0, -1), isIndex: false }
  })
}

function commonFolder(pages: readonly SidebarPageInput[]): string[] {
  const folders = placesOf(pages).map((place) => place.folder)
  const first = folders[0] ?? []
  let length = first.length
  for (const folder of folders) {
    let i = 0
    while (i < length && folder[i] === first[i]) i++
    length = i
  }
  return first.slice(0, length)
}

/** The pages as a tree of folders below `base` (its segments as in page paths). */
export function folderTree(pages: readonly SidebarPageInput[], base: readonly string[] = commonFolder(pages)): FolderNode {
  const root: FolderNode = { name: '', pages: [], folders: new Map() }
  for (const { page, folder, isIndex } of placesOf(pages)) {
    let node = root
    for (const name of folder.slice(base.length)) {
      let child = node.folders.get(name)
      if (!child) {
        child = { name, pages: [], folders: new Map(), parent: node }
        node.folders.set(name, child)
      }
      node = child
    }
    if (isIndex) node.index = page
    else node.pages.push(page)
  }
  return root
}

/** The titles of a folder's pages, its subfolders' included. */
function titlesIn(folder: FolderNode): string[] {
  return [...(folder.index ? [folder.index.title] : []), ...folder.pages.map((page) => page.title), ...[...folder.folders.values()].flatMap(titlesIn)]
}

/**
 * A folder's label: its page's title, else its name made readable, its words written as its pages' titles
 * write them, else as the titles of the tree around it do (`how-18f-works` in `18f/` → "How 18F works").
 */
export function folderLabel(folder: FolderNode): string {
  if (folder.index) return folder.index.title
  let root = folder
  while (root.parent) root = root.parent
  return humanizeFolderName(folder.name, [...titlesIn(folder), ...titlesIn(root)])
}

/** What a folder holds, in sidebar order: by position (`sidebar_position`, Hugo's `weight`; a folder by its page's), then label. */
export function folderEntries(node: FolderNode): ({ kind: 'page'; page: SidebarPageInput } | { kind: 'folder'; folder: FolderNode })[] {
  const entries = [
    ...node.pages.map((page) => ({ entry: { kind: 'page' as const, page }, label: page.title, position: page.position })),
    ...[...node.folders.values()].map((folder) => ({ entry: { kind: 'folder' as const, folder }, label: folderLabel(folder), position: folder.index?.position })),
  ]
  const at = (position: number | undefined) => position ?? Number.POSITIVE_INFINITY
  entries.sort((a, b) => at(a.position) - at(b.position) || collator.compare(a.label, b.label))
  return entries.map(({ entry }) => entry)
}

function toItems(node: FolderNode): SidebarItem[] {
  return folderEntries(node).map((entry): SidebarItem => {
    if (entry.kind === 'page') return { type: 'page', label: entry.page.title, url: entry.page.url }
    const { folder } = entry
    const items = toItems(folder)
    const label = folderLabel(folder)
    if (items.length === 0 && folder.index) return { type: 'page', label, url: folder.index.url }
    return { type: 'group', label, ...(folder.index ? { url: folder.index.url } : {}), items, collapsed: true }
  })
}

/**
 * The items of a folder tree: `base` is the folder the items are relative
 * to (its segments as in page paths); its own index page opens the list.
 */
export function itemsFromFolder(pages: readonly SidebarPageInput[], base: readonly string[] = commonFolder(pages)): SidebarItem[] {
  const root = folderTree(pages, base)
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
