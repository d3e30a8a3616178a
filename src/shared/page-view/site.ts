/** The site as every view receives it: its settings and its sidebars. */
import type { SiteSidebar } from '../sidebar/types'
import type { FeedbackChrome } from '../feedback'

/** The site's settings (siteMetadata) and the path prefix of this build. */
export interface SiteContext {
  title: string
  description: string
  siteUrl: string
  lang: string
  /** "" without one. */
  pathPrefix: string
  /** The site's feedback setting (the chrome's), when it asks for feedback. */
  chrome?: { feedback?: FeedbackChrome }
}

/** The sidebars as pages receive them, by name. */
export type SiteSidebars = ReadonlyMap<string, SiteSidebar>
