/**
 * Stage "which sidebars exist": a page's `sidebar` field is kept only when
 * it names a sidebar the handbook defines. A field from an old site
 * (PostHog's `sidebar: Docs` on one page) must not make a sidebar of its
 * own: it is a warning naming the defined sidebars, and the page shows the
 * sidebar it would show without the field (the one that lists it, else its
 * folder's). Defined are the sidebars of `sidebars.yml` when there is one;
 * without it (and without an imported navigation, which import/to-spec.ts
 * checks the same way), each top-level folder's sidebar, the default one of
 * the pages at the root, and each name the `sidebar` field of two or more
 * pages gives. A name that differs from a defined one only in case is that
 * sidebar, silently.
 */
import { warning, type Diagnostic } from '../common/diagnostics'
import type { SidebarField, SidebarPageInput } from './input'
import { defaultSidebarNamer } from './sidebar-of'

/** A field naming no defined sidebar, dropped from its page. */
export interface UnknownSidebarField {
  sourcePath: string
  field: SidebarField
}

export interface KnownSidebarFields {
  /** The pages, each field naming a defined sidebar (in its defined spelling) or dropped. */
  pages: SidebarPageInput[]
  unknown: UnknownSidebarField[]
}

const fold = (name: string) => name.toLocaleLowerCase()

/**
 * The sidebars a handbook without sidebars.yml defines, in order of first
 * appearance: each page's folder sidebar (its top-level folder's, the
 * default one at the root), then each name the `sidebar` field of two or
 * more pages gives.
 */
export function sidebarsOfFolders(pages: readonly SidebarPageInput[], defaultSidebar: string): string[] {
  const names = new Map<string, string>()
  const folderSidebar = defaultSidebarNamer(pages, defaultSidebar)
  for (const page of pages) {
    const name = folderSidebar(page.sourcePath)
    if (!names.has(fold(name))) names.set(fold(name), name)
  }
  const named = new Map<string, { name: string; pages: number }>()
  for (const page of pages) {
    const name = page.sidebarField?.name
    if (name === undefined) continue
    const seen = named.get(fold(name))
    named.set(fold(name), { name: seen?.name ?? name, pages: (seen?.pages ?? 0) + 1 })
  }
  for (const [key, { name, pages: count }] of named) if (count >= 2 && !names.has(key)) names.set(key, name)
  return [...names.values()]
}

/** The pages with each field naming a defined sidebar (`defined`, as spelled there) kept, the others dropped and returned. */
export function withKnownSidebarFields(pages: readonly SidebarPageInput[], defined: readonly string[]): KnownSidebarFields {
  const byFolded = new Map(defined.map((name) => [fold(name), name]))
  const unknown: UnknownSidebarField[] = []
  const kept = pages.map((page): SidebarPageInput => {
    const field = page.sidebarField
    if (!field || defined.includes(field.name)) return page
    const name = byFolded.get(fold(field.name))
    if (name !== undefined) return { ...page, sidebarField: { ...field, name } }
    unknown.push({ sourcePath: page.sourcePath, field })
    const { sidebarField: _dropped, ...rest } = page
    return rest
  })
  return { pages: kept, unknown }
}

/**
 * A warning at each dropped field's line, naming the defined sidebars and
 * the one the page shows instead (`sidebarOf`). `file` is the sidebars
 * file when there is one, which the fix then names.
 */
export function unknownSidebarWarnings(unknown: readonly UnknownSidebarField[], defined: readonly string[], sidebarOf: ReadonlyMap<string, string>, file: string | undefined): Diagnostic[] {
  return unknown.map(({ sourcePath, field }) => {
    const written = field.written ?? field.name
    const shows = sidebarOf.get(sourcePath)
    const instead = shows !== undefined ? `, so the page shows the sidebar "${shows}"` : ''
    if (file !== undefined) {
      const add = field.list !== undefined ? `add a sidebar named "${field.name}" to ${file} (the list ${field.list} becomes the sidebar "${field.name}")` : `add it to ${file}`
      return warning('sidebar-unknown', sourcePath, `"sidebar: ${written}" names a sidebar that ${file} does not define${instead}. Use one of: ${defined.join(', ')}, or ${add}`, field.line)
    }
    const message = `"sidebar: ${written}" names a sidebar that this handbook does not define${instead}. Its sidebars are the top-level folders' and those the sidebar field of two or more pages names: ${defined.join(', ')}. Use one of them, or remove the field`
    return warning('sidebar-unknown', sourcePath, message, field.line)
  })
}
