/**
 * An old tool's navigation, as read (entry.ts), becomes the sidebars a
 * `sidebars.yml` would hold: the main navigation is the default sidebar,
 * each list that pages pick (`sidebar: {navigation: travel}`) the sidebar
 * named after it ("Travel"), and each list the tool itself keeps as a
 * sidebar of its own (Docusaurus' `apiSidebar`) that sidebar. What the old tool allowed and sidebars.yml
 * does not is settled the way readers are best served:
 *
 * - A page listed more than once is listed as a page once: in the sidebar
 *   it shows (the one its `sidebar` field picks, else its first listing);
 *   its other listings link to it.
 * - A page the navigation lists nowhere (an old site showed it in no menu,
 *   so readers found it only through links) goes under the entry of its
 *   folder, the deepest one whose page is that folder's page or whose
 *   `main-file-path` names that folder; a page whose field picks a list
 *   goes at that list's end; any other at the end of the main sidebar,
 *   under "Other pages", by folder. Pages the old tool deliberately left
 *   out (Just the Docs' `nav_exclude`) and the home page stay out.
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import { folderOfPage, pageFolders } from '../../links/folder-page'
import { pageFolderSegments } from '../../links/url'
import type { SidebarSpec, SidebarSpecItem, SidebarsFile } from '../file'
import { folderEntries, folderLabel, folderTree, type FolderNode } from '../from-folders'
import type { SidebarPageInput } from '../input'
import { listSidebarName } from '../sidebar-field'
import type { NavEntry, NavigationRead, NavList } from './entry'
import type { NavigationPageInput } from './input'

/** The group at the end of the main sidebar that holds the pages no entry of the navigation gathers. */
export const UNLISTED_GROUP = 'Other pages'

export interface NavigationSpec {
  /** The sidebars, as sidebars.yml would hold them (`file` names what was read). */
  file: SidebarsFile
  /** The pages, their `sidebar` fields kept where they name a sidebar of the navigation. */
  pages: SidebarPageInput[]
  diagnostics: Diagnostic[]
}

interface Sidebar {
  name: string
  list: NavList
}

/** Each entry with the sidebar it is in, depth first, in the order written. */
function* entriesOf(sidebars: readonly Sidebar[]): Generator<{ entry: NavEntry; sidebar: string }> {
  const visit = function* (entries: readonly NavEntry[], sidebar: string): Generator<{ entry: NavEntry; sidebar: string }> {
    for (const entry of entries) {
      yield { entry, sidebar }
      yield* visit(entry.children, sidebar)
    }
  }
  for (const sidebar of sidebars) yield* visit(sidebar.list.entries, sidebar.name)
}

function isInside(folder: string, ancestor: string): boolean {
  return folder === ancestor || folder.startsWith(`${ancestor}/`)
}

/** Items of sidebars.yml for pages, as their folders hold them below `base`: a folder is a group, its page the group's. */
function folderItems(pages: readonly SidebarPageInput[], base: readonly string[] | undefined, line: number): SidebarSpecItem[] {
  const root = folderTree(pages, base)
  const itemsOf = (node: FolderNode): SidebarSpecItem[] =>
    folderEntries(node).map((entry): SidebarSpecItem => {
      if (entry.kind === 'page') return { type: 'page', page: entry.page.sourcePath, line }
      const items = itemsOf(entry.folder)
      const index = entry.folder.index
      if (items.length === 0 && index) return { type: 'page', page: index.sourcePath, line }
      return { type: 'group', label: folderLabel(entry.folder), ...(index ? { page: index.sourcePath } : {}), collapsed: true, items, line }
    })
  return [...(root.index ? [{ type: 'page' as const, page: root.index.sourcePath, line }] : []), ...itemsOf(root)]
}

/** The sidebars of a navigation read from an old tool. */
export function navigationSpec(read: NavigationRead, pages: readonly NavigationPageInput[], defaultSidebar: string): NavigationSpec {
  const picked = new Set(pages.flatMap((page) => (page.sidebarField?.list !== undefined ? [page.sidebarField.list] : [])))
  const sidebars: Sidebar[] = [
    { name: defaultSidebar, list: read.main ?? { entries: [] } },
    ...read.lists.filter((list) => list.sidebar !== undefined || (list.key !== undefined && picked.has(list.key))).map((list) => ({ name: list.sidebar ?? listSidebarName(list.key!), list })),
  ]
  // The problems of the lists that become sidebars; a list no page shows is one warning below.
  const diagnostics = [...read.diagnostics, ...sidebars.flatMap((sidebar) => sidebar.list.diagnostics ?? [])]
  for (const list of read.lists) {
    if (list.key === undefined || list.sidebar !== undefined || picked.has(list.key)) continue
    diagnostics.push(
      warning(
        'navigation-unused',
        read.from,
        `the list "${list.key}" is shown by no page (none has sidebar: {navigation: ${list.key}}), so it is no sidebar here. Pick it on the pages that showed it with sidebar: {navigation: ${list.key}}; the old site's templates may have shown it elsewhere (a footer or a menu)`,
        list.line,
      ),
    )
  }

  // Each page's field names a sidebar of the navigation, or it is dropped with a warning.
  const names = new Set(sidebars.map((sidebar) => sidebar.name))
  const mainKey = read.main?.key
  const pageInputs = pages.map((page): NavigationPageInput => {
    const field = page.sidebarField
    if (!field) return page
    const own = field.list !== undefined ? read.lists.find((list) => list.key === field.list)?.sidebar : undefined
    const name = field.list !== undefined && field.list === mainKey ? defaultSidebar : (own ?? field.name)
    if (names.has(name)) return name === field.name ? page : { ...page, sidebarField: { ...field, name } }
    const lists = [read.main?.key, ...read.lists.map((list) => list.key)].filter((key) => key !== undefined)
    diagnostics.push(
      warning(
        'navigation-unknown-list',
        page.sourcePath,
        field.list !== undefined
          ? `"sidebar: ${field.written}" names no list of ${read.from}${lists.length ? ` (its lists: ${lists.join(', ')})` : ''}, so the page shows the sidebar it is listed in. Name one of them`
          : `"sidebar: ${field.name}" names no sidebar of the imported navigation (${[...names].join(', ')}), so the page shows the sidebar it is listed in. Name one of them, or remove the field`,
        field.line,
      ),
    )
    const { sidebarField: _dropped, ...rest } = page
    return rest
  })
  const byPath = new Map(pageInputs.map((page) => [page.sourcePath, page]))
  const current = (page: NavigationPageInput) => byPath.get(page.sourcePath) ?? page

  // The one listing of each page that lists it as a page: in the sidebar it shows, else its first.
  const owner = new Map<string, NavEntry>()
  for (const { entry, sidebar } of entriesOf(sidebars)) {
    if (!entry.page) continue
    const path = entry.page.sourcePath
    const shows = current(entry.page).sidebarField?.name
    if (!owner.has(path) && (shows === undefined || shows === sidebar)) owner.set(path, entry)
  }

  // Where each page no entry owns goes.
  const folders = pageFolders(pageInputs.map((page) => page.sourcePath))
  const folderOfEntry = (entry: NavEntry): string | undefined => entry.folder ?? (entry.page && owner.get(entry.page.sourcePath) === entry ? folderOfPage(entry.page, folders) : undefined)
  const gatherers = [...entriesOf(sidebars)].flatMap(({ entry, sidebar }) => {
    const folder = folderOfEntry(entry)
    // The content folder's own page (the home) gathers nothing: it would gather everything.
    return folder ? [{ entry, sidebar, folder }] : []
  })
  const attached = new Map<NavEntry, SidebarPageInput[]>()
  const appended = new Map<string, SidebarPageInput[]>()
  for (const page of pageInputs) {
    if (owner.has(page.sourcePath) || read.excluded.has(page.sourcePath) || page.url === '/') continue
    const own = folderOfPage(page, folders)
    const segments = own !== undefined ? own.split('/') : pageFolderSegments(page.sourcePath)
    const folder = segments.slice(0, -1).join('/')
    const shows = page.sidebarField?.name
    let best: (typeof gatherers)[number] | undefined
    for (const gatherer of gatherers) {
      if ((shows !== undefined && gatherer.sidebar !== shows) || !isInside(folder, gatherer.folder)) continue
      if (!best || gatherer.folder.split('/').length > best.folder.split('/').length) best = gatherer
    }
    if (best) attached.set(best.entry, [...(attached.get(best.entry) ?? []), page])
    else {
      const sidebar = shows ?? defaultSidebar
      appended.set(sidebar, [...(appended.get(sidebar) ?? []), page])
    }
  }

  const toItems = (entries: readonly NavEntry[]): SidebarSpecItem[] =>
    entries.flatMap((entry): SidebarSpecItem[] => {
      const gathered = attached.get(entry)
      const folder = folderOfEntry(entry)
      const items = [...toItems(entry.children), ...(gathered ? folderItems(gathered, folder?.split('/'), entry.line) : [])]
      const { label, line } = entry
      const owns = entry.page !== undefined && owner.get(entry.page.sourcePath) === entry
      if (owns && items.length === 0) return [{ type: 'page', page: entry.page!.sourcePath, ...(label !== entry.page!.title ? { label } : {}), line }]
      if (owns) return [{ type: 'group', label, page: entry.page!.sourcePath, collapsed: true, items, line }]
      if (items.length > 0) return [{ type: 'group', label, collapsed: true, items, line }]
      // Another listing of a page listed as a page elsewhere, or a link of its own.
      const href = entry.href ?? entry.page?.url
      return href !== undefined ? [{ type: 'link', label, href, line }] : []
    })

  const specs: SidebarSpec[] = sidebars.map((sidebar) => {
    const items = toItems(sidebar.list.entries)
    const rest = appended.get(sidebar.name)
    const line = sidebar.list.line ?? 1
    if (rest) {
      const more = folderItems(rest, undefined, line)
      // The main navigation's sections stay as they were; what no section gathers follows them.
      if (sidebar.name === defaultSidebar && items.length > 0) items.push({ type: 'group', label: UNLISTED_GROUP, collapsed: true, items: more, line })
      else items.push(...more)
    }
    return { name: sidebar.name, line, items }
  })
  return { file: { file: read.from, sidebars: specs.filter((spec) => spec.items.length > 0), diagnostics: [] }, pages: pageInputs, diagnostics }
}
