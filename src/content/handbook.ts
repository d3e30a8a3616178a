/**
 * The handbook as a whole: every page of the content folder with its URL,
 * title, sidebar, rendered body and links, plus every problem found on the
 * way. Used by the site build and by the checks alike; loaded by
 * pipeline/load-handbook.ts.
 */
import type { ExtractedSection } from './features/search/extract'
import type { Frontmatter } from './frontmatter'
import type { Diagnostic } from './common/diagnostics'
import type { TocEntry } from './markdown/render'
import type { HeadingInfo } from './markdown/heading-ids'
import type { LinkUse } from './markdown/rewrite-links'
import type { PageFormat } from './markdown/parse'
import type { Sidebar } from '../shared/sidebar/types'
import type { FieldLines } from './pipeline/page-sources'
import type { Backlink } from './links/backlinks'
import type { Directory, PeopleUrls, PublishedPage } from './features/people'
import type { PageOwnership, ReviewState } from './features/ownership/types'
import type { OwnerLink } from '../shared/owner-link'
import type { RecentChanges } from './features/changes/recent-changes'
import type { SiteAddresses } from './links/site-addresses'

export type { FieldLines } from './pipeline/page-sources'
export type { Backlink, BacklinkSection } from './links/backlinks'
export type HandbookGeneratedPage = Handbook['generated'][number]

export interface Page {
  sourcePath: string
  absolutePath: string
  format: PageFormat
  url: string
  title: string
  /** Where the title came from; "file" means the page gave none. */
  titleFrom: 'frontmatter' | 'heading' | 'file'
  /** Frontmatter description, else the first paragraph. */
  description: string
  sidebar: string
  showTitle: boolean
  draft: boolean
  lang?: string
  /** The page's social card (frontmatter `image:`): a full URL or a site path. */
  image?: string
  /** Order among siblings: `sidebar_position`, else Hugo's `weight`. */
  position?: number
  /** All frontmatter fields, unknown ones included. */
  frontmatter: Frontmatter
  /** The file's text as read at loading, frontmatter included: checks and search read it, never the file. Kept in memory only, not in Gatsby's nodes. */
  source: string
  /** Rendered body (`.md` only). */
  html: string
  /** The page's Markdown copy, made where it was rendered (`.md` pages of a build that writes copies; see markdown-copy/). */
  markdownCopy?: string
  /** The page's search sections, cut where it was rendered (`.md` pages of a build or develop; see search/extract.ts). */
  searchSections?: ExtractedSection[]
  headings: HeadingInfo[]
  toc: TocEntry[]
  links: LinkUse[]
  /** Pages whose body links here, with the section of each link (see backlinks.ts); computed after rendering, never part of it. */
  backlinks: Backlink[]
  /** Ids a `#fragment` link to this page may name. */
  anchors: string[]
  /** Lines of the frontmatter fields later checks report on. */
  fieldLines: FieldLines
  /** Lines taken by the frontmatter block. */
  frontmatterLines: number
  /** Where to edit the page's file, when a repository is configured. */
  editUrl?: string
  /** Where the page file's history is on the repository host, when a repository is configured. */
  historyUrl?: string
  /** ISO date of the page's last change (git history, else file time). */
  lastUpdated?: string
  /** Who owns the page: its own `owner:`, else the nearest folder's `_meta.yml` (empty when nobody does). */
  ownership: PageOwnership
  /** Its review date, interval and whether it is past due on the build's "today" (never from git dates). */
  review: ReviewState
  /** Its owners as the page shows them: names linking to the team's page or the person's card, and where to ask a team. */
  ownerLinks: OwnerLink[]
}

export interface Handbook {
  pages: Page[]
  /** Every sidebar, in the order of the sidebars file (or of first appearance). */
  sidebars: Sidebar[]
  /** The sidebars file, relative to the content folder, when the handbook has one. */
  sidebarsFile?: string
  /** Non-page files of the content folder that pages link to or embed. */
  linkedFiles: string[]
  /** Every non-page file of the content folder. */
  contentFiles: string[]
  /** People and teams (empty without `people.yml` / `teams.yml`). */
  directory: Directory
  peopleUrls: PeopleUrls
  /** Search synonym groups of synonyms.yml (added to the built-in ones in the search index). */
  synonyms: string[][]
  /** Pages the feature wings made from data (people and teams, /changes), each with the sidebar it shows. */
  generated: Array<PublishedPage & { sourcePath: string; sidebar: string; editUrl?: string }>
  /** What `/changes` and `/changes.xml` list, from the git history. */
  changes: RecentChanges
  /** The site's own URLs and root files (the core's and the feature wings'): no page, redirect or published file may take them. */
  addresses: SiteAddresses
  /** How many pages this load rendered; the others came from the render cache (the build log says so). */
  renderedPages: number
  diagnostics: Diagnostic[]
}
