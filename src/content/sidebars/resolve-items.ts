/**
 * Stage "resolve items": the spec read from sidebars.yml, plus the pages of
 * the handbook, becomes the sidebars' trees. Reports every item that names
 * no page or folder, or a page listed before, at its line; says which pages
 * the file places in which sidebar (by name or by folder) for the next stage.
 */
import path from 'node:path'
import { error, type Diagnostic } from '../common/diagnostics'
import { nearestItems, TOLERANCE } from '../common/nearest-name'
import { createPageLookup } from '../links/page-lookup'
import { stripPageExtension } from '../links/url'
import { transform, walk } from '../../shared/sidebar/walk'
import type { Sidebar, SidebarItem } from '../../shared/sidebar/types'
import type { SidebarSpecItem, SidebarsFile } from './file'
import { itemsFromFolder } from './from-folders'
import type { SidebarPageInput } from './input'
import { assertNever } from '../../shared/assert-never'

export interface ResolvedItems {
  sidebars: Sidebar[]
  /** The sidebar the file places each page in, by source path: pages it lists by name, and pages of the folders it generates. */
  placed: Map<string, string>
  /** Mistakes of the items (the file's own diagnostics not included). */
  diagnostics: Diagnostic[]
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

function withoutSlashes(value: string): string {
  return value
    .replace(/\\/g, '/')
    .replace(/^\.?\/+/, '')
    .replace(/\/+$/, '')
}

/** Up to three page paths that look like a mistyped one: the same or a nearly same file name. */
function closestPaths(written: string, pages: readonly SidebarPageInput[]): string[] {
  const name = (value: string) => stripPageExtension(path.posix.basename(value)).toLowerCase()
  const wanted = name(withoutSlashes(written))
  if (!wanted) return []
  const inPathOrder = [...pages].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))
  return nearestItems(wanted, inPathOrder, (page) => name(page.sourcePath), TOLERANCE.fileName, 3).map((page) => page.sourcePath)
}

function setCollapsed(items: readonly SidebarItem[], collapsed: boolean): SidebarItem[] {
  return transform<SidebarItem, SidebarItem>(items, (item, children) => (item.type === 'group' ? { ...item, collapsed, items: children() } : item))
}

function inFolder(sourcePath: string, folder: string): boolean {
  return folder === '' || sourcePath.startsWith(`${folder}/`)
}

/** The trees of the sidebars file. `draftPaths` are pages left out of this build: items naming them are skipped quietly. */
export function resolveSidebarItems(file: SidebarsFile, pages: readonly SidebarPageInput[], draftPaths: ReadonlySet<string> = new Set()): ResolvedItems {
  const diagnostics: Diagnostic[] = []
  const lookup = createPageLookup(pages)
  const find = (written: string) => lookup.find(withoutSlashes(written))
  const drafts = createPageLookup([...draftPaths].map((sourcePath) => ({ sourcePath })))
  const placed = new Map<string, string>()
  /** Where each page is listed by name: its first listing. */
  const listed = new Map<string, { sidebar: string; line: number; item: SidebarSpecItem }>()
  const folders = new Set(
    pages.flatMap((page) => {
      const parts = page.sourcePath.split('/').slice(0, -1)
      return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
    }),
  )

  const pageOf = (written: string, line: number): SidebarPageInput | undefined => {
    const page = find(written)
    if (page) return page
    if (drafts.find(withoutSlashes(written))) return undefined
    const close = closestPaths(written, pages)
    const hint = close.length > 0 ? `Did you mean ${close.join(' or ')}?` : 'Paths are relative to the content folder, e.g. handbook/values.md'
    diagnostics.push(error('sidebar-missing-page', file.file, `"${written}" is not a page of the handbook. ${hint}`, line))
    return undefined
  }

  const claim = (page: SidebarPageInput, sidebar: string, item: SidebarSpecItem): boolean => {
    const line = item.line
    const first = listed.get(page.sourcePath)
    if (first) {
      diagnostics.push(
        error(
          'sidebar-duplicate',
          file.file,
          `${page.sourcePath} is already listed on line ${first.line}${first.sidebar !== sidebar ? ` (sidebar "${first.sidebar}")` : ''}. List each page once; remove this line or the other`,
          line,
        ),
      )
      return false
    }
    listed.set(page.sourcePath, { sidebar, line, item })
    return true
  }

  // First pass: pages listed by name (a group's page before its items), so folders generated later leave them out.
  for (const spec of file.sidebars) {
    walk(spec.items, (item) => {
      const written = item.type === 'page' || item.type === 'group' ? item.page : undefined
      if (written === undefined) return
      const page = pageOf(written, item.line)
      if (page) claim(page, spec.name, item)
    })
  }

  // Second pass: build the trees.
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
            diagnostics.push(
              error('sidebar-missing-folder', file.file, `"${item.folder}" is not a folder of pages in the content folder. Paths are relative to the content folder, e.g. handbook/people`, item.line),
            )
            return []
          }
          const members = pages.filter(
            (page) => inFolder(page.sourcePath, folder) && !listed.has(page.sourcePath) && !placed.has(page.sourcePath) && (page.sidebarField === undefined || page.sidebarField.name === sidebar),
          )
          for (const page of members) placed.set(page.sourcePath, sidebar)
          const base = folder === '' ? [] : folder.split('/')
          return setCollapsed(itemsFromFolder(members, base), item.collapsed)
        }
        default:
          return assertNever(item)
      }
    })
  const sidebars = file.sidebars.map((spec) => ({ name: spec.name, items: build(spec.items, spec.name) }))
  for (const [sourcePath, where] of listed) placed.set(sourcePath, where.sidebar)
  return { sidebars, placed, diagnostics }
}
