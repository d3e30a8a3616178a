/**
 * Which pages each team and person owns, for their pages: a team page lists
 * the pages the team owns (its own `owner:` or a folder default), grouped by
 * folder; a person's card lists the pages that name them as owner, in the
 * page's `owner:` or a folder's `_meta.yml` (directly: not through a team).
 */
import path from 'node:path'
import { humanizeName } from '../../page/title'
import { isIndexFile } from '../../links/url'
import type { PageOwnership } from '../ownership/types'

export interface OwnablePage {
  sourcePath: string
  url: string
  title: string
  ownership?: PageOwnership
}

export interface OwnedLink {
  url: string
  title: string
}

export interface OwnedFolder {
  /** The folder's name as readers know it: its index page's title, else its humanized name; "" for the content folder's root. */
  label: string
  pages: OwnedLink[]
}

export interface OwnedPages {
  /** By team slug: folders in path order, pages by title. */
  byTeam: ReadonlyMap<string, OwnedFolder[]>
  /** By person id: pages that name them as owner (not through a team), by title. */
  byPerson: ReadonlyMap<string, OwnedLink[]>
}

const byTitle = (a: OwnedLink, b: OwnedLink) => a.title.localeCompare(b.title)

function folderOf(page: OwnablePage): string {
  const folder = path.posix.dirname(page.sourcePath)
  // An index page stands for its folder: it is listed with the folder's pages.
  return folder === '.' ? '' : folder
}

export function ownedPages(pages: readonly OwnablePage[]): OwnedPages {
  const folderTitles = new Map(pages.filter((p) => isIndexFile(p.sourcePath)).map((p) => [folderOf(p), p.title]))
  const teams = new Map<string, Map<string, OwnedLink[]>>()
  const people = new Map<string, OwnedLink[]>()
  for (const page of pages) {
    const ownership = page.ownership
    if (!ownership) continue
    const link = { url: page.url, title: page.title }
    for (const owner of ownership.owners) {
      if (owner.kind === 'team') {
        const folders = teams.get(owner.id) ?? teams.set(owner.id, new Map()).get(owner.id)!
        const folder = folderOf(page)
        ;(folders.get(folder) ?? folders.set(folder, []).get(folder)!).push(link)
      } else {
        ;(people.get(owner.id) ?? people.set(owner.id, []).get(owner.id)!).push(link)
      }
    }
  }
  const byTeam = new Map(
    [...teams].map(([slug, folders]) => [
      slug,
      [...folders.keys()].sort().map((folder) => ({
        label: folder === '' ? '' : (folderTitles.get(folder) ?? humanizeName(folder.split('/').pop()!)),
        pages: folders.get(folder)!.sort(byTitle),
      })),
    ]),
  )
  return { byTeam, byPerson: new Map([...people].map(([id, links]) => [id, links.sort(byTitle)])) }
}

export const NO_OWNED_PAGES: OwnedPages = { byTeam: new Map(), byPerson: new Map() }
