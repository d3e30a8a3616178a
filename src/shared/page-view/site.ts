/** The site as every view receives it: its settings and its sidebars. */
import type { SiteSidebar } from '../sidebar/types'
import type { FeedbackChrome } from '../feedback'
import { messagesFor, type MessageOverrides, type Messages } from '../i18n'

/** The site's settings (siteMetadata) and the path prefix of this build. */
export interface SiteContext {
  title: string
  description: string
  siteUrl: string
  lang: string
  /** "" without one. */
  pathPrefix: string
  /** The site's feedback setting (the chrome's), when it asks for feedback. */
  chrome?: { feedback?: FeedbackChrome; messages?: MessageOverrides }
}

/** The interface's words in a language, as the site words them (its `messages:` over the catalogue). */
export function siteMessages(lang: string, site: Pick<SiteContext, 'chrome'>): Messages {
  return messagesFor(lang, site.chrome?.messages)
}

/** The sidebars as pages receive them, by name. */
export type SiteSidebars = ReadonlyMap<string, SiteSidebar>
