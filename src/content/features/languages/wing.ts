/**
 * The languages wing: a handbook in several languages (`languages:` in
 * handbook.yml). Pages in a language's folder are that language's; a page
 * not yet translated is shown in the default language at the other
 * language's URL (fallback.ts); each page links to its versions
 * (alternates.ts: the header's switcher, `hreflang`); search has an index
 * per language (search-files.ts, through the search wing).
 */
import type { Feature } from '../feature'
import { languagesSettings } from './settings'
import { languagesOf } from './languages'
import { fallbackPages, fallbackParents } from './fallback'
import { chromePageUrls } from './chrome-pages'
import { languageFolders } from './check'

export const languagesWing: Feature = {
  name: 'languages',
  settings: languagesSettings,
  // Each language's own 404 and search pages (chrome-pages.ts, created by src/node/create-pages.ts).
  reservedUrls: ({ settings }) => chromePageUrls(languagesOf(settings)),
  pages: ({ settings, pages }) => fallbackPages(pages, languagesOf(settings)),
  sidebarParents: (url) => fallbackParents(url),
  checks: [languageFolders],
}
