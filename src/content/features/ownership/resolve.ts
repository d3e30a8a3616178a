/**
 * Each page's owners and review state, from its own frontmatter, the
 * `_meta.yml` of the folders above it and the site's settings. For each field
 * the page's own value wins, then the nearest folder that sets it, then the
 * site default (`reviewEvery`). Unknown owners are errors where they are
 * written: at the page's `owner:` line, or once at the `_meta.yml` line:col.
 * A translation with no owner of its own, nor from a `_meta.yml` in its
 * language folder, has the owners of the page it translates: who to ask
 * about a page is the same in every language.
 * Pure: takes what was read.
 */
import { error, warning, type Diagnostic } from '../../common/diagnostics'
import type { Directory } from '../people/types'
import type { FolderDefaults, WrittenOwner } from './folder-defaults'
import { FOLDER_DEFAULTS_FILE } from './folder-file'
import { foldersAbove } from '../../common/folders-above'
import { ownerRefOf, unknownOwnerMessage } from './owners'
import { reviewState } from './review'
import type { OwnerRef, PageOwnership, ReviewState } from './types'

/** What resolution needs of a page. */
export interface OwnershipSource {
  sourcePath: string
  owner?: string[]
  reviewed?: string
  reviewEvery?: string
  /** Line of the page's `owner:` field. */
  ownerLine?: number
  /** A translation (features/languages): the source path of the default language's page it translates. */
  translates?: string
}

export interface OwnershipSettings {
  requireOwner: boolean
  reviewEvery?: string
  /** YYYY-MM-DD. */
  today: string
}

export interface ResolvedOwnership {
  ownership: PageOwnership
  review: ReviewState
}

function knownOwners(written: readonly WrittenOwner[], directory: Directory, report: (owner: WrittenOwner) => void): OwnerRef[] {
  const owners: OwnerRef[] = []
  for (const owner of written) {
    const ref = ownerRefOf(owner.id, directory)
    if (!ref) report(owner)
    else if (!owners.some((o) => o.kind === ref.kind && o.id === ref.id)) owners.push(ref)
  }
  return owners
}

export function resolveOwnership(
  pages: readonly OwnershipSource[],
  folders: readonly FolderDefaults[],
  directory: Directory,
  settings: OwnershipSettings,
  diagnostics: Diagnostic[],
): Map<string, ResolvedOwnership> {
  // Each folder's owners checked once, at its _meta.yml, not once per page below it.
  const byFolder = new Map(
    folders.map((folder) => {
      const owners = folder.owners
        ? knownOwners(folder.owners, directory, (o) => diagnostics.push(error('owner-unknown', folder.file, unknownOwnerMessage(o.id, directory), o.place.line, o.place.column)))
        : undefined
      return [folder.folder, { folder, owners }] as const
    }),
  )
  const resolved = new Map<string, ResolvedOwnership>()
  // The pages translated first: a translation may take their owners.
  const inOrder = [...pages.filter((page) => !page.translates), ...pages.filter((page) => page.translates)]
  for (const page of inOrder) {
    const above = foldersAbove(page.sourcePath).flatMap((folder) => (byFolder.has(folder) ? [byFolder.get(folder)!] : []))
    const own = page.owner
      ? knownOwners(
          page.owner.map((id) => ({ id, place: { line: page.ownerLine ?? 1, column: 0 } })),
          directory,
          (o) => diagnostics.push(error('owner-unknown', page.sourcePath, unknownOwnerMessage(o.id, directory), page.ownerLine)),
        )
      : []
    // A page whose own owners are all unknown (an error already) falls back to its folders, so the rest still builds.
    // A translation's own folders are those in its language folder; the ones above the page it translates decide that page's owners, which it takes.
    const translated = page.translates ? resolved.get(page.translates)?.ownership : undefined
    const shared = translated ? new Set(foldersAbove(page.translates!)) : new Set<string>()
    const fromFolder = above.find((entry) => entry.owners && entry.owners.length > 0 && !shared.has(entry.folder.folder))
    const ownership: PageOwnership =
      own.length > 0
        ? { owners: own, ownersFrom: { kind: 'page' } }
        : fromFolder
          ? { owners: fromFolder.owners!, ownersFrom: { kind: 'folder', file: fromFolder.folder.file } }
          : translated && translated.owners.length > 0
            ? { owners: translated.owners, ownersFrom: { kind: 'translated', of: page.translates! } }
            : { owners: [] }
    if (ownership.owners.length === 0 && settings.requireOwner && !page.owner) {
      diagnostics.push(
        warning('owner-missing', page.sourcePath, `this page has no owner. Add "owner: <team slug or person id>" to its frontmatter, or to a ${FOLDER_DEFAULTS_FILE} in its folder for every page there`, 1),
      )
    }
    const every = page.reviewEvery ?? above.find((entry) => entry.folder.reviewEvery)?.folder.reviewEvery?.value ?? settings.reviewEvery
    resolved.set(page.sourcePath, { ownership, review: reviewState(page.reviewed, every, settings.today) })
  }
  return resolved
}
