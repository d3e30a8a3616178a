/**
 * The handbook's sidebars, one stage per file (see README.md): from
 * `sidebars.yml` when the content folder has one, else from the navigation
 * an old tool kept (import/), else generated from the folder tree; which
 * sidebar each page shows; what large sidebars publish.
 */
import type { Diagnostic } from '../common/diagnostics'
import type { Sidebar } from '../../shared/sidebar/types'
import { parseSidebarsFile } from './file'
import { sidebarsFromFolders } from './from-folders'
import type { SidebarPageInput } from './input'
import { resolveSidebarItems } from './resolve-items'
import { checkSidebarOfPages, sidebarOfPages } from './sidebar-of'
import type { ImportedNavigation } from './import'

export { parseSidebarsFile, SIDEBARS_FILE_NAMES, type SidebarSpec, type SidebarSpecItem, type SidebarsFile } from './file'
export { itemsFromFolder, sidebarsFromFolders } from './from-folders'
export type { SidebarField, SidebarPageInput } from './input'
export { listSidebarName, sidebarFieldOf } from './sidebar-field'
export { importNavigation, frontmatterLine, navigationPageInput, UNLISTED_GROUP, type ImportedNavigation, type NavigationInput, type NavigationPageInput } from './import'
export { sidebarsFileText } from './write-file'
export { resolveSidebarItems, type ResolvedItems } from './resolve-items'
export { checkSidebarOfPages, defaultSidebarName, sidebarOfPages } from './sidebar-of'
export { SIDEBAR_INLINE_LIMIT, sidebarData, sidebarDataPath } from './publish'

export interface SidebarsInput {
  /** The sidebars file when the handbook has one: its path relative to the content folder, and its text. */
  file: { path: string; text: string } | undefined
  pages: readonly SidebarPageInput[]
  /** Pages left out of this build: items of the file naming them are skipped quietly. */
  draftPaths?: ReadonlySet<string>
  /** Sidebar of the pages at the root of the content folder that name none. */
  defaultSidebar: string
  /** The old tool's navigation (import/), used when there is no file. */
  imported?: ImportedNavigation
}

export interface ResolvedSidebars {
  /** In the order of the sidebars file, or of first appearance. */
  sidebars: Sidebar[]
  /** The sidebar every page shows, by source path. */
  sidebarOf: Map<string, string>
  /** The file's mistakes first, each at its line, then the pages'. */
  diagnostics: Diagnostic[]
}

/** The whole pipeline, pure: the file's text is read by the caller. */
export function resolveSidebars(input: SidebarsInput): ResolvedSidebars {
  const { file, pages, defaultSidebar, imported } = input
  if (!file && imported) {
    const resolved = resolveSidebarItems(imported.file, imported.pages, input.draftPaths)
    // Pages the old tool kept out of its navigation show the main sidebar, as they showed its menu.
    const placed = new Map([...[...imported.excluded].map((sourcePath): [string, string] => [sourcePath, defaultSidebar]), ...resolved.placed])
    const sidebarOf = sidebarOfPages(imported.pages, placed, defaultSidebar)
    return { sidebars: resolved.sidebars, sidebarOf, diagnostics: [...imported.diagnostics, ...resolved.diagnostics] }
  }
  if (!file) {
    const sidebarOf = sidebarOfPages(pages, new Map(), defaultSidebar)
    return { sidebars: sidebarsFromFolders(pages, sidebarOf), sidebarOf, diagnostics: [] }
  }
  const spec = parseSidebarsFile(file.path, file.text)
  const resolved = resolveSidebarItems(spec, pages, input.draftPaths)
  const sidebarOf = sidebarOfPages(pages, resolved.placed, defaultSidebar)
  return {
    sidebars: resolved.sidebars,
    sidebarOf,
    diagnostics: [...spec.diagnostics, ...resolved.diagnostics, ...checkSidebarOfPages(spec.file, pages, resolved.sidebars, sidebarOf)],
  }
}
