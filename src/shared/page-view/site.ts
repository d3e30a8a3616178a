/** The site as every view receives it: its settings and its sidebars. */
import type { SiteSidebar } from '../sidebar/types'

/** The site's settings (siteMetadata) and the path prefix of this build. */
export interface SiteContext {
  title: string
  description: string
  siteUrl: string
  lang: string
  /** "" without one. */
  pathPrefix: string
}

/** The sidebars as pages receive them, by name. */
export type SiteSidebars = ReadonlyMap<string, SiteSidebar>
