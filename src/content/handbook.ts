/**
 * The handbook as a whole: every page of the content folder with its URL,
 * title, sidebar, rendered body and links, plus every problem found on the
 * way. Used by the site build and by the checks alike; loaded by
 * pipeline/load-handbook.ts.
 */
import type { Route } from './links/links'
import type { GlossaryTips } from './features/glossary/types'
import type { Diagnostic } from './common/diagnostics'
import type { Sidebar } from '../shared/sidebar/types'
import type { Directory, PeopleUrls, PublishedPage } from './features/people'
import type { RecentChanges } from './features/changes/recent-changes'
import type { SiteAddresses } from './links/site-addresses'
import type { Page } from './page/page'
import type { HandbookSource } from './source/read-source'
import type { SidebarSpec } from './sidebars/file'
import type { RedirectPage } from './features/redirects/redirect-pages'
import type { RenderLater } from './pipeline/render-later'

export type { Page } from './page/page'
export type { RedirectPage } from './features/redirects/redirect-pages'
export type { FieldLines } from './pipeline/page-sources'
export type { Backlink, BacklinkSection } from './links/backlinks'
export type HandbookGeneratedPage = Handbook['generated'][number]

export interface Handbook {
  pages: Page[]
  /** The `redirect_to:` pages: no pages, but redirects at their URLs (published by the redirects wing). */
  redirectPages: RedirectPage[]
  /** Every sidebar, in the order of the sidebars file (or of first appearance). */
  sidebars: Sidebar[]
  /** The sidebars file, relative to the content folder, when the handbook has one. */
  sidebarsFile?: string
  /** Without a sidebars file: the navigation imported from the old tool (what it was read from, the sidebars as sidebars.yml would hold them, the main navigation's sections), when it kept one. */
  importedNavigation?: { from: string; sidebars: SidebarSpec[]; sections: number }
  /** Non-page files of the content folder that pages link to or embed. */
  linkedFiles: string[]
  /** Every non-page file of the content folder. */
  contentFiles: string[]
  /** People and teams (empty without `people.yml` / `teams.yml`). */
  directory: Directory
  peopleUrls: PeopleUrls
  /** Search synonym groups of synonyms.yml (added to the built-in ones in the search index). */
  synonyms: string[][]
  /** What glossary.yml marks pages with, when it has entries (the MDX compiler reads it from the route manifest). */
  glossary?: GlossaryTips
  /** Pages the feature wings made from data (people and teams, /changes), each with the sidebar it shows. */
  generated: Array<PublishedPage & { sourcePath: string; sidebar: string; editUrl?: string; lang?: string; languages?: Page['languages'] }>
  /** What `/changes` and `/changes.xml` list, from the git history. */
  changes: RecentChanges
  /** The site's own URLs and root files (the core's and the feature wings'): no page, redirect or published file may take them. */
  addresses: SiteAddresses
  /** What the old tool left around the content folder, as read (tool `none` when nothing). */
  source: HandbookSource
  /** How many pages this load rendered; the others came from the render cache (the build log says so), or were left for later. */
  renderedPages: number
  /** develop: the pages this load left for later, when it left any (LoadOptions.renderLater). */
  renderLater?: RenderLater
  /** The internal pages this public build left out (features/audience), as routes links find: a link to one shows as its text. */
  withheld?: Route[]
  diagnostics: Diagnostic[]
  /** What the wings did before rendering, for the build log (diagrams drawn in Chromium). */
  notes?: string[]
}
