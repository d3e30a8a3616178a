/** What every stage of the sidebars needs to know of a page: the one input type of the pipeline. */
import type { TitleRun } from '../../shared/title'

export interface SidebarPageInput {
  /** Path of the page's file relative to the content folder. */
  sourcePath: string
  url: string
  /** Its label's plain text (`linkTitle`, else its title). */
  title: string
  /** The label's marks, when it has em/strong/code/sub/sup (src/shared/title.ts). */
  titleRuns?: TitleRun[]
  /** Order among siblings in a folder tree: `sidebar_position`, else Hugo's `weight`. */
  position?: number
  /** The page's own `sidebar` frontmatter and its line. */
  sidebarField?: SidebarField
}

/** A page's `sidebar` field: the sidebar it names, or the list of the old tool's navigation data (sidebar-field.ts). */
export interface SidebarField {
  /** The sidebar the page shows. */
  name: string
  line?: number
  /** For the group form (`{navigation: travel}`): the list it names, `travel`. */
  list?: string
  /** The group form as written, for messages. */
  written?: string
}
