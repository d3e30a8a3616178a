/**
 * What a feature wing is: one folder under features/ that owns a part of the
 * site (people and teams, /changes, search, Markdown copies, redirects…) and
 * tells the pipeline, through this one interface, what it needs and adds.
 * Every part is optional; the wings are listed once, in ../features.ts, and
 * `prepare`, `assemble`, the checks and the build's output loop over that
 * list instead of naming wings.
 *
 * Like Docusaurus's content plugins (loadContent → contentLoaded → postBuild),
 * a wing plans purely and the Gatsby edge does the writing: nothing here
 * touches the disk. Like Starlight's integrations, the list's order is the
 * order of the hooks (people's pages before /changes, search before the
 * Markdown copies), so the output is the same build after build.
 */
import type { AnyZodObject } from 'zod'
import type { PluggableList } from 'unified'
import type { HandbookSettings } from '../settings'
import type { HandbookCheck } from '../checks/check'
import type { Diagnostic } from '../common/diagnostics'
import type { Handbook, Page } from '../handbook'
import type { GeneratedPage } from './generated-page'
import type { Directory, PeopleUrls } from './people/types'
import type { RecentChanges } from './changes/recent-changes'
import type { Sidebar } from '../../shared/sidebar/types'
import type { Glossary } from './glossary/types'
import type { WorkerEntry } from '../pipeline/render-workers'

/** What a wing may read before any page is rendered: the settings and the data files the content folder holds. */
export interface PlanInput {
  settings: HandbookSettings
  /** People and teams, checked (empty without data files). */
  directory: Directory
  peopleUrls: PeopleUrls
  /** The glossary of glossary.yml, checked (no entries without it). */
  glossary: Glossary
}

/** What a wing's pages are made from: the content pages as assembled (titles, owners, dates), the sidebars and the recent changes from git. */
export interface PagesInput extends PlanInput {
  pages: readonly Page[]
  /** The sidebars as resolved, before the wings' pages join them. */
  sidebars: readonly Sidebar[]
  changes: RecentChanges
  /** The prefix written into the pages' links: the path prefix when building with it, else "". */
  hrefPrefix: string
  /** A build or develop, not `npm run check`: pages only a site needs (the print views) are made then only. */
  build: boolean
  /** develop: a page's HTML that only its visitors read may be left to `htmlOnDemand` (GeneratedPage). */
  onDemand: boolean
  /** develop: the page as rendered now, when the load left it for later (pipeline/render-later.ts); for `htmlOnDemand` to call. */
  pageNow?: (page: Page) => Page
}

/** A file a wing writes into public/, relative to it. */
export interface OutputFile {
  path: string
  contents: string | Uint8Array
}

/** What the build gives a wing once Gatsby has written the pages. */
export interface OutputInput {
  handbook: Handbook
  settings: HandbookSettings
  /** A production build (`gatsby build`), where large sidebars publish their trees. */
  production: boolean
  /** The prefix written into the pages' links: the path prefix when building with it, else "". */
  hrefPrefix: string
  /** The HTML Gatsby wrote for a page URL, when it wrote one. */
  documentOf(url: string): string | undefined
  /** The public folder the build writes into, where the build before left its outputs (undefined in develop and tests). */
  publicDir?: string
}

/** What the build gives a wing as soon as it has loaded the handbook: the library's script, to start a worker with. */
export interface StartOutputsInput extends Pick<OutputInput, 'handbook' | 'settings' | 'publicDir'> {
  entry: WorkerEntry
}

/** What lies between `start` and `end` in the page Gatsby wrote at `url`, replaced by `html`. */
export interface PageRegion {
  url: string
  start: string
  end: string
  html: string
}

/** What a wing writes after the build, and the build log's line about it. */
export interface WingOutput {
  /** Written through the build's writer: only when changed, and removed by a later build that no longer writes them. */
  files: OutputFile[]
  /**
   * The static pages at old URLs: never written over a page or file of this
   * build (an earlier build's one there is replaced), and tracked as the
   * build's own, so a later build that no longer makes one removes it.
   */
  placeholders?: OutputFile[]
  /**
   * Parts of pages Gatsby wrote that the wing fills now (the print views'
   * documents): in the page's HTML and its data alike. Each may be made as
   * it is written (a generator), so that large ones are never all held.
   */
  regions?: Iterable<PageRegion>
  /** Problems the build log should show as warnings: read once the regions are written. */
  warnings?: string[]
  /** The log line, given how many of `files` were rewritten ("all 12", "3 of 12") and how long making and writing them took. */
  summary(rewritten: string, ms: number): string
}

/** What a wing sees before any page is rendered: each page's file as read, and whether this is a build (or develop) rather than `npm run check`. */
export interface BeforeRenderInput {
  pages: readonly { sourcePath: string; text: string }[]
  /** A build or develop: the wing may do work only a build needs (draw diagrams in a browser); `npm run check` never does. */
  build: boolean
  /** The environment (CHROMIUM_PATH…). */
  env: Readonly<Record<string, string | undefined>>
}

/** What a wing found before rendering: problems at their lines, and lines for the build log. */
export interface BeforeRenderOutput {
  diagnostics: Diagnostic[]
  notes: string[]
}

export interface Feature {
  /** The wing's folder name under features/. */
  name: string
  /**
   * The settings the wing reads, declared in its settings.ts (doc comment and
   * default per field): settings/schema.ts composes them into the one
   * schema, and a test holds the two to the same fields.
   */
  settings?: AnyZodObject
  /** URLs the wing always takes (URL → what it is in an error message), whatever the data: no content page, redirect or path setting may take them. */
  reserves?: Readonly<Record<string, string>>
  /** URLs the wing's pages will take given the data (URL → what it is), known before any content page is routed. */
  reservedUrls?(input: PlanInput): Iterable<readonly [string, string]>
  /** Files the wing writes at the site's root: links to them resolve, and no page, redirect or content file may take their path. */
  rootFiles?: readonly string[]
  /** Content files the wing publishes as they are, besides those pages link to (the logo, the icon). */
  publishes?(settings: HandbookSettings): string[]
  /** The pages the wing makes from data, once the content pages are assembled. */
  pages?(input: PagesInput): GeneratedPage[]
  /**
   * Where one of its pages sits when no sidebar lists it: the URLs to look
   * for in the sidebars instead, nearest first (a team's page: the list of
   * teams, then the directory).
   */
  sidebarParents?(url: string, input: PlanInput): string[]
  /** Checks of the loaded handbook, run after those of checks/list.ts, in the order of the registry. */
  checks?: readonly HandbookCheck[]
  /**
   * Work its `outputs` will need that can start as soon as a build has
   * loaded the handbook: started then, on a worker beside Gatsby's stages,
   * and taken up by `outputs` (the search index).
   */
  startOutputs?(input: StartOutputsInput): void
  /** What it writes into public/ after the build; undefined writes nothing this time. */
  outputs?(input: OutputInput): WingOutput | undefined | Promise<WingOutput | undefined>
  /** Work done before any page is rendered, which may wait on a parser or a browser (the diagrams drawn in Chromium, which the pages' rendering then reads). */
  beforeRender?(input: BeforeRenderInput): Promise<BeforeRenderOutput>
  /** Unified plugins the wing adds to every page's Markdown (`.md` and `.mdx`), after the core's: remark ones on the Markdown tree, rehype ones on the HTML tree. */
  markdown?: { remark?: PluggableList; rehype?: PluggableList }
}
