/**
 * The handbook as a whole: every page of the content folder with its URL,
 * title, sidebar, rendered body and links, plus every problem found on the
 * way. Used by the site build and by the checks alike.
 *
 * Loading is the edge: it reads the content folder (load/), renders through
 * the cache and workers (render-pages.ts) and asks git for dates; what lies
 * between (prepare.ts, assemble.ts) only works on what was read.
 */
import type { ExtractedSection } from './search/extract'
import type { Frontmatter } from './frontmatter'
import type { Diagnostic } from './diagnostics'
import type { TocEntry } from './markdown/render'
import type { HeadingInfo } from './markdown/heading-ids'
import type { LinkUse } from './markdown/rewrite-links'
import type { HandbookSettings } from './settings'
import type { PageFormat } from './markdown/parse'
import type { Sidebar } from '../shared/sidebar/types'
import type { FieldLines } from './page-sources'
import type { WorkerEntry } from './render-workers'
import type { Backlink } from './backlinks'
import type { Directory, PeopleUrls, PublishedPage } from './people'
import type { PageOwnership, ReviewState } from './ownership/types'
import type { OwnerLink } from '../shared/owner-link'
import { readContent } from './load/read-content'
import { lastUpdatedDates } from './load/last-updated'
import { readGitHistory, type GitHistory } from './load/git-history'
import { latestCommitTime } from './changes/git-log'
import type { RecentChanges } from './changes/recent-changes'
import { prepare, type Prepared, type PrepareOptions } from './prepare'
import { renderPages, renderPagesInParallel, type CacheOption } from './render-pages'
import { assemble } from './assemble'
import { svgWarnings } from './load/svg-warnings'
import { brandFiles } from './brand/chrome'

export type { FieldLines } from './page-sources'
export type { Backlink, BacklinkSection } from './backlinks'
export type HandbookGeneratedPage = Handbook['generated'][number]
export { defaultSidebarName } from './assemble'

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
  /** Pages made from the people and teams data, each with the sidebar it shows. */
  generated: Array<PublishedPage & { sourcePath: string; sidebar: string; editUrl?: string }>
  /** What `/changes` and `/changes.xml` list, from the git history. */
  changes: RecentChanges
  /** How many pages this load rendered; the others came from the render cache (the build log says so). */
  renderedPages: number
  diagnostics: Diagnostic[]
}

/** What to load (see PrepareOptions), and the rendered pages of earlier builds with the version of the renderer that made them. */
export interface LoadOptions extends PrepareOptions {
  cache?: CacheOption
}

/** Dates of the pages that will be built: git history, else file times. */
function datesOf(settings: HandbookSettings, prepared: Prepared, history: GitHistory): Map<string, Date> {
  return lastUpdatedDates(settings.contentDir, prepared.routed.map((source) => source.file.sourcePath), history)
}

/** What publishing takes out of the SVGs the site publishes (linked files, logo, icon), as warnings at each file. */
function withSvgWarnings(settings: HandbookSettings, handbook: Handbook): Handbook {
  handbook.diagnostics.push(...svgWarnings(settings.contentDir, [...handbook.linkedFiles, ...brandFiles(settings)], settings.publishFiles))
  return handbook
}

/** Reads, renders and checks the whole handbook, on this thread. */
export function loadHandbook(settings: HandbookSettings, options: LoadOptions): Handbook {
  const prepared = prepare(settings, options, readContent(settings.contentDir, { untrusted: options.untrusted === true }))
  const outcomes = renderPages(prepared.jobs, prepared.context, options.cache)
  // One `git log` for the dates and the recent changes.
  const history = readGitHistory(settings.contentDir, latestCommitTime(settings.today, new Date()))
  return withSvgWarnings(settings, assemble(settings, prepared, outcomes, datesOf(settings, prepared, history), history))
}

/** The same, rendering on worker threads when the handbook is large enough to gain from it. */
export async function loadHandbookInParallel(settings: HandbookSettings, options: LoadOptions, entry: WorkerEntry): Promise<Handbook> {
  const prepared = prepare(settings, options, readContent(settings.contentDir, { untrusted: options.untrusted === true }))
  const outcomes = await renderPagesInParallel(prepared.jobs, prepared.context, options.cache, entry)
  // One `git log` for the dates and the recent changes.
  const history = readGitHistory(settings.contentDir, latestCommitTime(settings.today, new Date()))
  return withSvgWarnings(settings, assemble(settings, prepared, outcomes, datesOf(settings, prepared, history), history))
}
