/**
 * Whether a page is internal: its own `visibility:` field, else the nearest
 * `_meta.yml` above it that sets one (a folder marked internal marks every
 * page below it, unless a page says `visibility: public`). A value that is
 * neither `public` nor `internal` is an error at its line, and the page is
 * treated as internal: a mistake never publishes a page meant to be private.
 */
import { error, type Diagnostic } from '../../common/diagnostics'
import { foldersAbove } from '../../common/folders-above'

export const VISIBILITIES = ['public', 'internal'] as const
export type Visibility = (typeof VISIBILITIES)[number]

/** A `visibility:` value as written: what it means, or undefined when it is no visibility. */
export function readVisibility(value: unknown): Visibility | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined
  return text === 'public' || text === 'internal' ? text : undefined
}

/** The message about a `visibility:` value that is neither. */
export function visibilityMessage(value: unknown): string {
  return `"visibility" must be public or internal, but it is ${JSON.stringify(value)}: the page is treated as internal (left out of the public site) until it is fixed. Write visibility: internal, or remove the line`
}

/** What a page's visibility is read from. */
export interface VisibilitySource {
  sourcePath: string
  /** The frontmatter's `visibility`, as written. */
  written?: unknown
  /** Its line, for the message. */
  line?: number
}

/** The pages' visibility from their field and their folders' (`folder` → visibility, "" for the content folder); problems pushed to `diagnostics`. */
export function internalPages(pages: readonly VisibilitySource[], folders: ReadonlyMap<string, Visibility>, diagnostics: Diagnostic[]): Set<string> {
  const internal = new Set<string>()
  for (const page of pages) {
    if (page.written !== undefined && page.written !== null) {
      const own = readVisibility(page.written)
      if (!own) diagnostics.push(error('frontmatter-visibility', page.sourcePath, visibilityMessage(page.written), page.line))
      if (own !== 'public') internal.add(page.sourcePath)
      continue
    }
    if (folderVisibility(page.sourcePath, folders) === 'internal') internal.add(page.sourcePath)
  }
  return internal
}

/** The visibility the nearest folder above the file sets, if any. */
function folderVisibility(sourcePath: string, folders: ReadonlyMap<string, Visibility>): Visibility | undefined {
  for (const folder of foldersAbove(sourcePath)) {
    const set = folders.get(folder)
    if (set) return set
  }
  return undefined
}
