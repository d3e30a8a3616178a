/**
 * The navigation an old tool kept, imported as the handbook's sidebars when
 * the content folder has no `sidebars.yml` (which always wins): a Jekyll or
 * Eleventy site's `_data/navigation.yml` (navigation-data.ts), else the
 * places pages give themselves in Eleventy's navigation plugin
 * (eleventy-navigation.ts) or in Just the Docs (just-the-docs.ts). It
 * becomes what sidebars.yml would hold (to-spec.ts), so
 * `npm run check -- --write-sidebars` can write it as that file, and the
 * same stages resolve it (resolve-items.ts).
 */
import type { Diagnostic } from '../../common/diagnostics'
import type { DataText } from '../../common/yaml'
import { pageFolders } from '../../links/folder-page'
import { runsLiquid, type SourceTool } from '../../source/tool'
import type { SidebarsFile } from '../file'
import type { SidebarPageInput } from '../input'
import { ELEVENTY_NAVIGATION_FIELD, hasEleventyNavigation, readEleventyNavigation } from './eleventy-navigation'
import { DOCUSAURUS_FIELDS, readDocusaurusSidebars, withDisplayedSidebars } from './docusaurus-sidebars'
import type { NavigationRead } from './entry'
import { readGitBookSummary } from './gitbook-summary'
import type { RedirectingPage } from './addresses'
import type { NavigationPageInput } from './input'
import { hasJustTheDocsNavigation, JUST_THE_DOCS_FIELDS, readJustTheDocs } from './just-the-docs'
import { navigationDataFile, readNavigationData } from './navigation-data'
import { readMkdocsSource } from './mkdocs-nav'
import { navigationSpec } from './to-spec'

export { frontmatterLine, navigationPageInput, type NavigationPageInput } from './input'
export { UNLISTED_GROUP } from './to-spec'
export type { RedirectingPage } from './addresses'

/** The frontmatter fields the import reads: a page's place in the old tool's navigation, never listed as unused. */
export const NAVIGATION_FIELDS: ReadonlySet<string> = new Set([ELEVENTY_NAVIGATION_FIELD, ...JUST_THE_DOCS_FIELDS, ...DOCUSAURUS_FIELDS])

export interface NavigationInput {
  /** What the old tool left around the content folder (read-source.ts): its tool, data and data files. */
  source: { tool: SourceTool; data: Readonly<Record<string, unknown>>; dataFiles: readonly DataText[]; gitbook?: { summary: string }; docusaurus?: { sidebarLabels: Readonly<Record<string, string>> } }
  pages: readonly NavigationPageInput[]
  /** URLs of pages left out of this build: the navigation may name them, quietly. */
  leftOut?: Iterable<string>
  /** Pages that are redirects (`redirect_to:`): an entry naming one links where it sends readers. */
  redirecting?: readonly RedirectingPage[]
  /** The sidebar of the main navigation (settings' defaultSidebar). */
  defaultSidebar: string
}

export interface ImportedNavigation {
  /** What was read: `../_data/navigation.yml`, or the frontmatter fields of a tool. */
  from: string
  /** The sidebars as sidebars.yml would hold them. */
  file: SidebarsFile
  /** The pages, their `sidebar` fields kept where they name a sidebar of the navigation. */
  pages: SidebarPageInput[]
  /** Pages the old tool left out of its navigation on purpose: in no sidebar. */
  excluded: ReadonlySet<string>
  /** How many entries the main navigation has at its top (the sections of the Source line). */
  sections: number
  diagnostics: Diagnostic[]
}

function readNavigation(input: NavigationInput): NavigationRead | undefined {
  const { source, pages } = input
  if (source.tool === 'mkdocs') return readMkdocsSource(source, pages)
  const summary = source.gitbook && source.dataFiles.find((file) => file.path === source.gitbook!.summary)
  if (summary) return readGitBookSummary(summary, pages)
  if (source.tool === 'docusaurus') return readDocusaurusSidebars({ dataFiles: source.dataFiles, pages, ...(source.docusaurus ? { sidebarLabels: source.docusaurus.sidebarLabels } : {}) })
  if (!runsLiquid(source.tool)) return undefined
  const data = navigationDataFile(source.dataFiles)
  const fromData = data
    ? readNavigationData(data, pages, {
        folders: pageFolders(pages.map((page) => page.sourcePath)),
        ...(input.leftOut ? { leftOut: input.leftOut } : {}),
        ...(input.redirecting ? { redirecting: input.redirecting } : {}),
      })
    : undefined
  // Data with neither a main list nor one a page picks is some other menu (a footer's): the pages' own fields, else the folders, say more.
  const picked = new Set(pages.flatMap((page) => (page.sidebarField?.list !== undefined ? [page.sidebarField.list] : [])))
  if (fromData && (fromData.main || fromData.lists.some((list) => list.key !== undefined && picked.has(list.key)))) return fromData
  if (hasEleventyNavigation(pages)) return readEleventyNavigation(pages)
  if (hasJustTheDocsNavigation(pages)) return readJustTheDocs(pages, source.data.site)
  return undefined
}

/** The old tool's navigation as sidebars; undefined when the source keeps none. */
export function importNavigation(input: NavigationInput): ImportedNavigation | undefined {
  const read = readNavigation(input)
  if (!read) return undefined
  const pages = input.source.tool === 'docusaurus' ? withDisplayedSidebars(input.pages, read) : input.pages
  const spec = navigationSpec(read, pages, input.defaultSidebar)
  return { from: read.from, file: spec.file, pages: spec.pages, excluded: read.excluded, sections: read.main?.entries.length ?? 0, diagnostics: spec.diagnostics }
}
