/**
 * The feature wings, the one list: each is a folder under features/ that
 * implements features/feature.ts. Their order is the order of every hook:
 * generated pages (people before /changes), sidebars, checks and what is
 * written after the build (search before the Markdown copies, which read
 * the pages Gatsby wrote). A new wing is a folder and one line here.
 */
import type { Feature } from './features/feature'
import { GATSBY_ROOT_FILES, reservedUrls, type SiteAddresses } from './links/site-addresses'
import { peopleWing } from './features/people/wing'
import { ownershipWing } from './features/ownership/wing'
import { changesWing } from './features/changes/wing'
import { brandWing } from './features/brand/wing'
import { sitemapWing } from './features/sitemap/wing'
import { redirectsWing } from './features/redirects/wing'
import { sidebarDataWing } from './features/sidebar-data/wing'
import { searchWing } from './features/search/wing'
import { markdownCopyWing } from './features/markdown-copy/wing'
import { diagramsWing } from './features/diagrams/wing'
import { mathWing } from './features/math/wing'
import { emojiWing } from './features/emoji/wing'
import { audienceWing } from './features/audience/wing'
import { printWing } from './features/print/wing'
import { glossaryWing } from './features/glossary/wing'
import { feedbackWing } from './features/feedback/wing'
import { bannerWing } from './features/banner/wing'
import { languagesWing } from './features/languages/wing'
import type { MarkdownPlugins } from './markdown/parse'

export type { Feature } from './features/feature'

export const FEATURES: readonly Feature[] = [
  peopleWing,
  ownershipWing,
  changesWing,
  brandWing,
  sitemapWing,
  diagramsWing,
  redirectsWing,
  sidebarDataWing,
  searchWing,
  markdownCopyWing,
  mathWing,
  emojiWing,
  glossaryWing,
  printWing,
  audienceWing,
  feedbackWing,
  bannerWing,
  languagesWing,
]

/** URLs the wings always take, whatever the data (URL → what it is). */
export function wingReservations(features: readonly Feature[] = FEATURES): Map<string, string> {
  return new Map(features.flatMap((feature) => Object.entries(feature.reserves ?? {})))
}

/** Files the wings write at the site's root. */
export function wingRootFiles(features: readonly Feature[] = FEATURES): string[] {
  return features.flatMap((feature) => feature.rootFiles ?? [])
}

/** The site's own addresses: the core's and the wings' fixed URLs, and every file written at the root. */
export function siteAddresses(features: readonly Feature[] = FEATURES): SiteAddresses {
  return { reserved: reservedUrls(wingReservations(features)), rootFiles: [...wingRootFiles(features), ...GATSBY_ROOT_FILES] }
}

const pluginLists = new WeakMap<readonly Feature[], MarkdownPlugins>()

/** The wings' unified plugins for every page's Markdown, in the registry's order (the same lists each time, so parsers made with them are reused). */
export function markdownPlugins(features: readonly Feature[] = FEATURES): MarkdownPlugins {
  let plugins = pluginLists.get(features)
  if (!plugins) {
    plugins = { remark: features.flatMap((feature) => feature.markdown?.remark ?? []), rehype: features.flatMap((feature) => feature.markdown?.rehype ?? []) }
    pluginLists.set(features, plugins)
  }
  return plugins
}
