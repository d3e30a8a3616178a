/**
 * A page of the content folder as the build knows it: where it is, what it
 * is called and where it sits, its rendered body, its links and dates, who
 * owns it. Made by pipeline/assemble.ts; its node (what Gatsby stores and
 * the page template queries) is declared in ./page-node.ts.
 */
import type { ExtractedSection } from '../markdown/render'
import type { Frontmatter } from '../frontmatter'
import type { TocEntry } from '../markdown/render'
import type { HeadingInfo } from '../links/heading'
import type { LinkUse } from '../links/links'
import type { PageFormat } from '../markdown/parse'
import type { FieldLines } from '../pipeline/page-sources'
import type { Backlink } from '../links/backlinks'
import type { PageOwnership, ReviewState } from '../features/ownership/types'
import type { OwnerLink } from '../../shared/owner-link'
import type { TitleRun } from '../../shared/title'
import type { LanguageLink } from '../features/languages/alternates'

export interface Page {
  sourcePath: string
  absolutePath: string
  format: PageFormat
  url: string
  /** The title's plain text: entities decoded, tags removed (src/shared/title.ts). What `<title>`, meta tags, search, feeds and comparisons use. */
  title: string
  /** The title's runs, only when it has em/strong/code/sub/sup: what the h1, sidebar, breadcrumbs and cards draw. */
  titleRuns?: TitleRun[]
  /** A line under the title (frontmatter `subtitle:`). */
  subtitle?: string
  /** Where the title came from; "file" means the page gave none ("navigation": GitBook's SUMMARY.md labels it). */
  titleFrom: 'frontmatter' | 'heading' | 'navigation' | 'file'
  /** Frontmatter description, else the first paragraph. */
  description: string
  sidebar: string
  showTitle: boolean
  draft: boolean
  /** Marked `visibility: internal` (or in an internal folder): only the internal build has it, and it says so. */
  internal: boolean
  /** The page's language: its frontmatter `lang`, else its language folder's (features/languages), else none (the site's `lang`). */
  lang?: string
  /** Its versions in the handbook's languages, for the switcher and `hreflang` (features/languages); none with one language. */
  languages?: LanguageLink[]
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
  /** Stylesheets its content needs, as URLs from the site's root (KaTeX's on a page with math); none on most pages. */
  stylesheets?: string[]
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
