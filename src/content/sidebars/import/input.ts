/**
 * What the import of an old tool's navigation needs of a page, besides what
 * every stage of the sidebars does (SidebarPageInput): its frontmatter as
 * written, where Eleventy and Just the Docs keep a page's place in the
 * navigation, and its text, for the line of a field a message points at.
 */
import type { Frontmatter } from '../../frontmatter'
import type { SidebarPageInput } from '../input'
import { sidebarFieldOf } from '../sidebar-field'
import { parseTitle, type TitleRun } from '../../../shared/title'

export interface NavigationPageInput extends SidebarPageInput {
  /** Every frontmatter field, unknown ones included (`eleventyNavigation`, `parent`, `nav_order`, `permalink`…). */
  frontmatter: Readonly<Record<string, unknown>>
  /** The file's text, frontmatter included. */
  text: string
}

/** What the sidebars need of a page: its place, label (`linkTitle`, else its title) and order, its `sidebar` field at `sidebarLine`, its frontmatter and text. */
export function navigationPageInput(
  page: { sourcePath: string; url: string; title: string; titleRuns?: TitleRun[]; position?: number; frontmatter: Frontmatter; source: string },
  sidebarLine?: number,
): NavigationPageInput {
  const field = sidebarFieldOf(page.frontmatter.sidebar, sidebarLine)
  // `linkTitle` is written as a title is (entities, em/code…): read the same way.
  const linkTitle = page.frontmatter.linkTitle?.trim() ? parseTitle(page.frontmatter.linkTitle) : undefined
  const label = linkTitle?.text ? linkTitle : { text: page.title, ...(page.titleRuns ? { runs: page.titleRuns } : {}) }
  return {
    sourcePath: page.sourcePath,
    url: page.url,
    title: label.text,
    ...(label.runs ? { titleRuns: label.runs } : {}),
    ...(page.position !== undefined ? { position: page.position } : {}),
    ...(field ? { sidebarField: field } : {}),
    frontmatter: page.frontmatter,
    text: page.source,
  }
}

/**
 * The line of a frontmatter field in a page's text (`field`, or `field.key`
 * for a key of a group: `eleventyNavigation.parent`); undefined when it is
 * not written in a YAML block.
 */
export function frontmatterLine(text: string, path: string): number | undefined {
  const lines = text.split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return undefined
  const [field, key] = path.split('.') as [string, string | undefined]
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    if (!new RegExp(`^${field}\\s*:`).test(lines[i]!)) continue
    if (key === undefined) return i + 1
    // The group's keys: on its own line (`{ key: … }`), else the indented lines below it.
    if (new RegExp(`[{,]\\s*${key}\\s*:`).test(lines[i]!)) return i + 1
    for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j]!); j++) {
      if (new RegExp(`^\\s+${key}\\s*:`).test(lines[j]!)) return j + 1
    }
    return i + 1
  }
  return undefined
}
