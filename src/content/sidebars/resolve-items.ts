/**
 * The handbook's sidebars: from `sidebars.yml` when the content folder has
 * one, else generated from the folder tree. Decides which sidebar each page
 * shows, and reports every mistake of the file at its line.
 */
import path from 'node:path'
import { distance } from 'fastest-levenshtein'
import { error, warning, type Diagnostic } from './diagnostics'
import { itemsFromFolder, sidebarsFromFolders, type Sidebar, type SidebarItem, type SidebarSource } from './sidebar'
import type { SidebarSpecItem, SidebarsFile } from './sidebars-file'
import { PAGE_EXTENSIONS, INDEX_FILE_NAMES } from './url'

/** What the sidebars need to know of a page. */
export interface SidebarPageSource {
  sourcePath: string
  url: string
  title: string
  position?: number
  /** The page's own `sidebar` frontmatter and its line. */
  sidebarField?: { name: string; line?: number }
  /** Sidebar of a page that names none and is listed nowhere: its top-level folder's. */
  fallbackSidebar: string
}

export interface ResolvedSidebars {
  sidebars: Sidebar[]
  /** Sidebar each page shows, by source path. */
  sidebarOf: Map<string, string>
  diagnostics: Diagnostic[]
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

function withoutSlashes(value: string): string {
  return value.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '')
}

/** Finds a page by the path an editor wrote: exact, any case, without extension, or a folder's index page. */
function createPageFinder(pages: readonly SidebarPageSource[]) {
  const exact = new Map(pages.map((page) => [page.sourcePath.normalize('NFC'), page]))
  const lower = new Map(pages.map((page) => [page.sourcePath.normalize('NFC').toLowerCase(), page]))
  return (written: string): SidebarPageSource | undefined => {
    const wanted = withoutSlashes(written).normalize('NFC')
    const candidates = [
      wanted,
      ...PAGE_EXTENSIONS.map((ext) => `${wanted}${ext}`),
      ...INDEX_FILE_NAMES.flatMap((name) => PAGE_EXTENSIONS.map((ext) => (wanted ? `${wanted}/${name}${ext}` : `${name}${ext}`))),
    ]
    for (const candidate of candidates) {
      const found = exact.get(candidate) ?? lower.get(candidate.toLowerCase())
      if (found) return found
    }
    return undefined
  }
}

/** Up to three page paths that look like a mistyped one: the same or a nearly same file name. */
function closestPaths(written: string, pages: readonly SidebarPageSource[]): string[] {
  const name = (value: string) => path.posix.basename(value).replace(/\.(md|mdx|markdown)$/i, '').toLowerCase()
  const wanted = name(withoutSlashes(written))
  if (!wanted) return []
  const limit = Math.max(2, Math.floor(wanted.length / 4))
  return pages
    .map((page) => ({ sourcePath: page.sourcePath, cost: distance(wanted, name(page.sourcePath)) }))
    .filter((candidate) => candidate.cost <= limit)
    .sort((a, b) => a.cost - b.cost || a.sourcePath.localeCompare(b.sourcePath))
    .slice(0, 3)
    .map((candidate) => candidate.sourcePath)
}

function setCollapsed(items: SidebarItem[], collapsed: boolean): SidebarItem[] {
  return items.map((item) => (item.type === 'group' ? { ...item, collapsed, items: setCollapsed(item.items, collapsed) } : item))
}

function inFolder(sourcePath: string, folder: string): boolean {
  return folder === '' || sourcePath.startsWith(`${folder}/`)
}

function asSource(page: SidebarPageSource, sidebar: string): SidebarSource {
  return { sourcePath: page.sourcePath, url: page.url, title: page.title, sidebar, ...(page.position !== undefined ? { position: page.position } : {}) }
}

/** Sidebars from `sidebars.yml`. `draftPaths` are pages left out of this build: items naming them are skipped quietly. */
export function resolveSidebarsFile(file: SidebarsFile, pages: readonly SidebarPageSource[], draftPaths: ReadonlySet<string> = new Set()): ResolvedSidebars {
  const diagnostics: Diagnostic[] = [...file.diagnostics]
  const find = createPageFinder(pages)
  const names = new Set(file.sidebars.map((sidebar) => sidebar.name))
  const sidebarOf = new Map<string, string>()
  /** Where each page is listed by name: its first listing. */
  const listed = new Map<string, { sidebar: string; line: number; item: SidebarSpecItem }>()
  const folders = new Set(pages.flatMap((page) => {
    const parts = page.sourcePath.split('/').slice(0, -1)
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
  }))

  const findDraft = createPageFinder([...draftPaths].map((sourcePath) => ({ sourcePath, url: '', title: '', fallbackSidebar: '' })))
  const pageOf = (written: string, line: number): SidebarPageSource | undefined => {
    const page = find(written)
    if (page) return page
    if (findDraft(written)) return undefined
    const close = closestPaths(written, pages)
    const hint = close.length > 0 ? `Did you mean ${close.join(' or ')}?` : 'Paths are relative to the content folder, e.g. handbook/values.md'
    diagnostics.push(error('sidebar-missing-page', file.file, `"${written}" is not a page of the handbook. ${hint}`, line))
    return undefined
  }

  const claim = (page: SidebarPageSource, sidebar: string, item: SidebarSpecItem): boolean => {
    const line = item.line
    const first = listed.get(page.sourcePath)
    if (first) {
      diagnostics.push(
        error('sidebar-duplicate', file.file, `${page.sourcePath} is already listed on line ${first.line}${first.sidebar !== sidebar ? ` (sidebar "${first.sidebar}")` : ''}. List each page once; remove this line or the other`, line),
      )
      return false
    }
    listed.set(page.sourcePath, { sidebar, line, item })
    return true
  }

  // First pass: pages listed by name, so folders generated later leave them out.
  const collectListed = (items: readonly SidebarSpecItem[], sidebar: string): void => {
    for (const item of items) {
      if (item.type === 'page') {
        const page = pageOf(item.page, item.line)
        if (page) claim(page, sidebar, item)
      } else if (item.type === 'group') {
        if (item.page) {
          const page = pageOf(item.page, item.line)
          if (page) claim(page, sidebar, item)
        }
        collectListed(item.items, sidebar)
      }
    }
  }
  for (const spec of file.sidebars) collectListed(spec.items, spec.name)

  // Second pass: build the trees.
  const generated = new Set<string>()
  const build = (items: readonly SidebarSpecItem[], sidebar: string): SidebarItem[] =>
    items.flatMap((item): SidebarItem[] => {
      switch (item.type) {
        case 'page': {
          const page = find(item.page)
          return page && listed.get(page.sourcePath)?.item === item ? [{ type: 'page', label: item.label ?? page.title, url: page.url }] : []
        }
        case 'link':
          return [{ type: 'link', label: item.label, url: item.href, external: EXTERNAL.test(item.href) }]
        case 'group': {
          const page = item.page ? find(item.page) : undefined
          const ownsPage = page && listed.get(page.sourcePath)?.item === item
          return [{ type: 'group', label: item.label, ...(ownsPage ? { url: page.url } : {}), items: build(item.items, sidebar), collapsed: item.collapsed }]
        }
        case 'autogenerate': {
          const folder = withoutSlashes(item.folder === '.' ? '' : item.folder)
          if (folder !== '' && !folders.has(folder)) {
            diagnostics.push(error('sidebar-missing-folder', file.file, `"${item.folder}" is not a folder of pages in the content folder. Paths are relative to the content folder, e.g. handbook/people`, item.line))
            return []
          }
          const members = pages.filter(
            (page) =>
              inFolder(page.sourcePath, folder) &&
              !listed.has(page.sourcePath) &&
              !generated.has(page.sourcePath) &&
              (page.sidebarField === undefined || page.sidebarField.name === sidebar),
          )
          for (const page of members) {
            generated.add(page.sourcePath)
            sidebarOf.set(page.sourcePath, sidebar)
          }
          const base = folder === '' ? [] : folder.split('/')
          return setCollapsed(itemsFromFolder(members.map((page) => asSource(page, sidebar)), base), item.collapsed)
        }
      }
    })
  const sidebars = file.sidebars.map((spec) => ({ name: spec.name, items: build(spec.items, spec.name) }))
  for (const [sourcePath, where] of listed) sidebarOf.set(sourcePath, where.sidebar)

  const urls = new Map(pages.map((page) => [page.url, page]))
  // Ancestors are looked up among listed pages only, whatever order the pages come in.
  const listedSidebarOf: ReadonlyMap<string, string> = new Map(sidebarOf)
  const pagesIn = new Map(sidebars.map((sidebar) => [sidebar.name, collectUrls(sidebar.items)]))
  for (const page of pages) {
    const field = page.sidebarField
    if (field && !names.has(field.name)) {
      diagnostics.push(
        error('sidebar-unknown', page.sourcePath, `"sidebar: ${field.name}" names a sidebar that ${file.file} does not define. Use one of: ${[...names].join(', ')}, or add it to ${file.file}`, field.line),
      )
    }
    const chosen = field?.name ?? sidebarOf.get(page.sourcePath) ?? nearestListedAncestor(page, listedSidebarOf, urls) ?? page.fallbackSidebar
    sidebarOf.set(page.sourcePath, chosen)
    // The home page is reached from the site title; it need not sit in a sidebar. An unknown sidebar is already an error.
    const unknown = field !== undefined && !names.has(field.name)
    if (page.url !== '/' && !unknown && !pagesIn.get(chosen)?.has(page.url)) {
      diagnostics.push(
        warning('sidebar-orphan', page.sourcePath, `this page appears in no sidebar${names.has(chosen) ? ` (it belongs to "${chosen}")` : ''}. Add it to ${file.file}, or under a folder that is autogenerated there`, field?.line ?? 1),
      )
    }
  }
  return { sidebars, sidebarOf, diagnostics }
}

/** A page listed nowhere shows the sidebar of the closest folder above it that is listed. */
function nearestListedAncestor(
  page: SidebarPageSource,
  sidebarOf: ReadonlyMap<string, string>,
  urls: ReadonlyMap<string, SidebarPageSource>,
): string | undefined {
  const segments = page.url.split('/').filter(Boolean)
  for (let i = segments.length - 1; i >= 0; i--) {
    const ancestor = urls.get(`/${segments.slice(0, i).join('/')}`)
    const sidebar = ancestor ? sidebarOf.get(ancestor.sourcePath) : undefined
    if (sidebar) return sidebar
  }
  return undefined
}

export function collectUrls(items: readonly SidebarItem[], into: Set<string> = new Set()): Set<string> {
  for (const item of items) {
    if (item.type === 'page') into.add(item.url)
    else if (item.type === 'group') {
      if (item.url) into.add(item.url)
      collectUrls(item.items, into)
    }
  }
  return into
}

/** Sidebars when there is no sidebars file: one per sidebar name, from the folders of its pages. */
export function resolveFolderSidebars(pages: readonly SidebarPageSource[]): ResolvedSidebars {
  const sidebarOf = new Map(pages.map((page) => [page.sourcePath, page.sidebarField?.name ?? page.fallbackSidebar]))
  const sources = pages.map((page) => asSource(page, sidebarOf.get(page.sourcePath)!))
  return { sidebars: sidebarsFromFolders(sources), sidebarOf, diagnostics: [] }
}
