/**
 * A page's `sidebar` field as the sidebars read it: a sidebar's name, or the
 * group Jekyll and Eleventy themes write to show a list of the old tool's
 * navigation data (`sidebar: {navigation: travel}`). A list becomes the
 * sidebar named after it as a folder would be (`travel` → "Travel",
 * `healthy-conflict` → "Healthy conflict"), whether it is imported from
 * `_data/navigation.yml` or written in sidebars.yml.
 */
import type { Frontmatter } from '../frontmatter'
import { sidebarListName, writtenSidebarList } from '../frontmatter/kinds'
import { humanizeName } from '../page/title'
import type { SidebarField } from './input'

/** The sidebar a list of the navigation data becomes. */
export function listSidebarName(list: string): string {
  return humanizeName(list)
}

/** The field of a page, with its line; undefined when the page names none. */
export function sidebarFieldOf(value: Frontmatter['sidebar'], line?: number): SidebarField | undefined {
  if (value === undefined) return undefined
  const at = line ? { line } : {}
  if (typeof value === 'string') return { name: value, ...at }
  const list = sidebarListName(value)
  return { name: listSidebarName(list), list, written: writtenSidebarList(value), ...at }
}
