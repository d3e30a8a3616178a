/** What every stage of the sidebars needs to know of a page: the one input type of the pipeline. */
export interface SidebarPageInput {
  /** Path of the page's file relative to the content folder. */
  sourcePath: string
  url: string
  title: string
  /** Order among siblings in a folder tree: `sidebar_position`, else Hugo's `weight`. */
  position?: number
  /** The page's own `sidebar` frontmatter and its line. */
  sidebarField?: { name: string; line?: number }
}
