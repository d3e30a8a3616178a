/**
 * The handbook as a whole: every page of the content folder with its URL,
 * title, sidebar, rendered body and links, plus every problem found on the
 * way. One pure function used by the site build and by the checks alike.
 */
import fs from 'node:fs'
import { parseSource, type Frontmatter, type FrontmatterField } from './frontmatter'
import { scanContent, type SourceFile } from './files'
import { error, type Diagnostic } from './diagnostics'
import type { TocEntry } from './markdown/render'
import type { HeadingInfo } from './markdown/heading-ids'
import type { LinkUse } from './markdown/rewrite-links'
import type { HandbookSettings } from './config'
import { titleFromSourcePath } from './title'
import { editUrl } from './edit-url'
import { lastUpdatedDates } from './last-updated'
import { hashOf, type RenderCache } from './render-cache'
import { linkIndexOf, runRenderJob, type RenderContext, type RenderJob, type RenderOutcome } from './render-jobs'
import { renderOnWorkers, workerCount, type WorkerEntry } from './render-workers'
import { urlFromSlug, urlFromSourcePath } from './url'
import type { PageFormat } from './markdown/parse'
import type { Sidebar } from '../shared/sidebar/types'
import { resolveSidebars, SIDEBARS_FILE_NAMES, type SidebarPageInput } from './sidebars'

export { defaultSidebarName } from './sidebars'

/** Frontmatter fields whose line is kept for messages about them. */
const LINED_FIELDS = ['sidebar', 'redirect_from', 'aliases'] as const satisfies readonly FrontmatterField[]
export type FieldLines = Partial<Record<(typeof LINED_FIELDS)[number], number>>

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
  /** Order among siblings: `sidebar_position`, else Hugo's `weight`. */
  position?: number
  /** All frontmatter fields, unknown ones included. */
  frontmatter: Frontmatter
  /** Rendered body (`.md` only). */
  html: string
  headings: HeadingInfo[]
  toc: TocEntry[]
  links: LinkUse[]
  /** Ids a `#fragment` link to this page may name. */
  anchors: string[]
  /** Lines of the frontmatter fields later checks report on. */
  fieldLines: FieldLines
  /** Lines taken by the frontmatter block. */
  frontmatterLines: number
  /** Where to edit the page's file, when a repository is configured. */
  editUrl?: string
  /** ISO date of the page's last change (git history, else file time). */
  lastUpdated?: string
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
  diagnostics: Diagnostic[]
}

export interface LoadOptions {
  /** Keep `draft: true` pages (develop) or leave them out (production). */
  includeDrafts: boolean
  /** Prefix written into rendered links ("" in develop, the path prefix in a prefixed build). */
  hrefPrefix: string
  /** Files served from the site root besides content (Gatsby's static/ folder). */
  staticFiles?: ReadonlySet<string>
  /** Rendered pages from earlier builds, and the version of the renderer that made them. */
  cache?: { store: RenderCache; version: string }
}

/** URLs the site itself uses. */
const RESERVED_URLS = new Map([
  ['/404', 'the "page not found" page'],
  ['/404.html', 'the "page not found" page'],
  ['/dev-404-page', 'the development 404 page'],
  ['/search', 'the search results page'],
])

interface LoadedSource {
  file: SourceFile
  frontmatter: Frontmatter
  body: string
  frontmatterLines: number
  url: string
  fieldLines: FieldLines
}

function readSources(pages: readonly SourceFile[], diagnostics: Diagnostic[]): LoadedSource[] {
  return pages.map((file) => {
    const parsed = parseSource(file.sourcePath, fs.readFileSync(file.absolutePath, 'utf8'))
    diagnostics.push(...parsed.diagnostics)
    const slug = parsed.frontmatter.slug
    return {
      file,
      frontmatter: parsed.frontmatter,
      body: parsed.body,
      frontmatterLines: parsed.frontmatterLines,
      fieldLines: Object.fromEntries(
        LINED_FIELDS.flatMap((field) => {
          const line = parsed.lineOf(field)
          return line ? [[field, line]] : []
        }),
      ),
      url: slug ? urlFromSlug(slug, file.sourcePath) : urlFromSourcePath(file.sourcePath),
    }
  })
}

/** Keeps the first page of each URL; every later one is an error naming both files. */
function assignRoutes(sources: readonly LoadedSource[], diagnostics: Diagnostic[]): LoadedSource[] {
  const byUrl = new Map<string, LoadedSource>()
  for (const source of sources) {
    const reserved = RESERVED_URLS.get(source.url)
    if (reserved) {
      diagnostics.push(
        error('url-reserved', source.file.sourcePath, `its URL ${source.url} is used by ${reserved}. Rename the file or set another slug in its frontmatter`, 1),
      )
      continue
    }
    const first = byUrl.get(source.url)
    if (first) {
      diagnostics.push(
        error(
          'url-duplicate',
          source.file.sourcePath,
          `${first.file.sourcePath} and ${source.file.sourcePath} would both be the page ${source.url}. Rename one of the files or give one a different "slug" in its frontmatter`,
          1,
        ),
      )
      continue
    }
    byUrl.set(source.url, source)
  }
  return [...byUrl.values()]
}

/** Everything read before rendering: the pages that will be built and what their links resolve against. */
interface Prepared {
  content: ReturnType<typeof scanContent>
  routed: LoadedSource[]
  draftPaths: Set<string>
  context: RenderContext
  jobs: RenderJob[]
  diagnostics: Diagnostic[]
}

function prepare(settings: HandbookSettings, options: LoadOptions): Prepared {
  const diagnostics: Diagnostic[] = []
  const content = scanContent(settings.contentDir)
  const read = readSources(content.pages, diagnostics)
  const sources = read.filter((s) => options.includeDrafts || !s.frontmatter.draft)
  const draftPaths = new Set(read.filter((s) => !sources.includes(s)).map((s) => s.file.sourcePath))
  const routed = assignRoutes(sources, diagnostics)
  const context: RenderContext = {
    routes: routed.map((s) => ({ sourcePath: s.file.sourcePath, url: s.url })),
    files: [...new Set([...content.files, ...(options.staticFiles ?? [])])].sort(),
    site: { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix },
    hrefPrefix: options.hrefPrefix,
    iframeHosts: [...settings.iframeHosts],
  }
  const jobs = routed.map((source, route): RenderJob => ({
    sourcePath: source.file.sourcePath,
    route,
    body: source.body,
    format: source.file.format,
    ...(source.frontmatter.title !== undefined ? { frontmatterTitle: source.frontmatter.title } : {}),
  }))
  return { content, routed, draftPaths, context, jobs, diagnostics }
}

/** Cache keys of the jobs, or undefined without a cache. */
function cacheKeys(prepared: Prepared, options: LoadOptions): string[] | undefined {
  const cache = options.cache
  if (!cache) return undefined
  // Everything outside a page that its rendering depends on.
  const siteKey = hashOf(cache.version, JSON.stringify(prepared.context))
  return prepared.jobs.map((job) => hashOf(siteKey, job.sourcePath, String(job.route), job.format, job.frontmatterTitle ?? '\u0000', job.body))
}

interface CacheLookup {
  keys: string[] | undefined
  /** Cached outcomes; undefined where the page must be rendered. */
  outcomes: (RenderOutcome | undefined)[]
  missing: RenderJob[]
}

/** The pages the cache already has, and the jobs left to render. */
function lookUpCache(prepared: Prepared, options: LoadOptions): CacheLookup {
  const keys = cacheKeys(prepared, options)
  const outcomes = prepared.jobs.map((_, i) => {
    const cached = keys ? options.cache!.store.get(keys[i]!) : undefined
    return cached ? { rendered: cached, diagnostics: [] } : undefined
  })
  return { keys, outcomes, missing: prepared.jobs.filter((_, i) => outcomes[i] === undefined) }
}

/** Merges fresh renders (in the order of `missing`) into the cached ones; pages with errors are never cached, so they are reported every time. */
function fillIn(lookup: CacheLookup, fresh: readonly RenderOutcome[], options: LoadOptions): RenderOutcome[] {
  let next = 0
  return lookup.outcomes.map((outcome, i) => {
    if (outcome) return outcome
    const made = fresh[next++]!
    if (lookup.keys && made.diagnostics.length === 0) options.cache!.store.set(lookup.keys[i]!, made.rendered)
    return made
  })
}

function renderHere(jobs: readonly RenderJob[], context: RenderContext): RenderOutcome[] {
  const index = linkIndexOf(context)
  return jobs.map((job) => runRenderJob(job, context, index))
}

/** Builds the handbook from the rendered pages: titles, links, dates, sidebars. */
function assemble(settings: HandbookSettings, options: LoadOptions, prepared: Prepared, outcomes: readonly RenderOutcome[]): Handbook {
  const { content, routed, draftPaths, diagnostics } = prepared
  const linkedFiles = new Set<string>()
  const updated = lastUpdatedDates(settings.contentDir, routed.map((source) => source.file.sourcePath))
  const built = routed.map((source, i): Omit<Page, 'sidebar'> => {
    const { file, frontmatter } = source
    const { rendered, diagnostics: renderDiagnostics } = outcomes[i]!
    diagnostics.push(...renderDiagnostics)
    for (const use of rendered.links) {
      if (use.target.kind === 'file' && content.files.has(use.target.sourcePath)) linkedFiles.add(use.target.sourcePath)
    }
    const title = frontmatter.title ?? rendered.titleHeading ?? titleFromSourcePath(file.sourcePath, settings.title)
    const position = frontmatter.sidebar_position ?? frontmatter.weight
    const edit = editUrl(settings.repository, file.sourcePath)
    return {
      sourcePath: file.sourcePath,
      absolutePath: file.absolutePath,
      format: file.format,
      url: source.url,
      title,
      titleFrom: frontmatter.title !== undefined ? 'frontmatter' : rendered.titleHeading ? 'heading' : 'file',
      description: frontmatter.description ?? rendered.excerpt,
      showTitle: frontmatter.showTitle,
      draft: frontmatter.draft,
      ...(frontmatter.lang ? { lang: frontmatter.lang } : {}),
      ...(position !== undefined ? { position } : {}),
      frontmatter,
      html: rendered.html,
      headings: rendered.headings,
      toc: rendered.toc,
      links: rendered.links,
      anchors: rendered.anchors,
      fieldLines: source.fieldLines,
      frontmatterLines: source.frontmatterLines,
      ...(edit ? { editUrl: edit } : {}),
      ...(updated.has(file.sourcePath) ? { lastUpdated: updated.get(file.sourcePath)!.toISOString() } : {}),
    }
  })
  options.cache?.store.flush()
  const sidebarsFile = SIDEBARS_FILE_NAMES.find((name) => content.files.has(name))
  const resolved = resolveSidebars({
    file: sidebarsFile ? { path: sidebarsFile, text: fs.readFileSync(`${settings.contentDir}/${sidebarsFile}`, 'utf8') } : undefined,
    pages: sidebarInputs(built, routed),
    draftPaths,
    defaultSidebar: settings.defaultSidebar,
  })
  diagnostics.push(...resolved.diagnostics)
  const pages = built.map((page): Page => ({ ...page, sidebar: resolved.sidebarOf.get(page.sourcePath)! }))
  return {
    pages,
    sidebars: resolved.sidebars,
    ...(sidebarsFile ? { sidebarsFile } : {}),
    linkedFiles: [...linkedFiles].sort(),
    contentFiles: [...content.files].filter((file) => file !== sidebarsFile),
    diagnostics,
  }
}

/** Reads, renders and checks the whole handbook, on this thread. */
export function loadHandbook(settings: HandbookSettings, options: LoadOptions): Handbook {
  const prepared = prepare(settings, options)
  const lookup = lookUpCache(prepared, options)
  return assemble(settings, options, prepared, fillIn(lookup, renderHere(lookup.missing, prepared.context), options))
}

/** The same, rendering on worker threads when the handbook is large enough to gain from it. */
export async function loadHandbookInParallel(settings: HandbookSettings, options: LoadOptions, entry: WorkerEntry): Promise<Handbook> {
  const prepared = prepare(settings, options)
  const lookup = lookUpCache(prepared, options)
  const count = workerCount(lookup.missing.length)
  const fresh = count >= 2 ? await renderOnWorkers(lookup.missing, prepared.context, entry, count) : renderHere(lookup.missing, prepared.context)
  return assemble(settings, options, prepared, fillIn(lookup, fresh, options))
}

/** What the sidebars need of each page: its place, title and order, and its own `sidebar` field with the field's line. */
function sidebarInputs(pages: readonly Omit<Page, 'sidebar'>[], sources: readonly LoadedSource[]): SidebarPageInput[] {
  const lines = new Map(sources.map((source) => [source.file.sourcePath, source.fieldLines.sidebar]))
  return pages.map((page): SidebarPageInput => {
    const line = lines.get(page.sourcePath)
    return {
      sourcePath: page.sourcePath,
      url: page.url,
      title: page.title,
      ...(page.position !== undefined ? { position: page.position } : {}),
      ...(page.frontmatter.sidebar ? { sidebarField: { name: page.frontmatter.sidebar, ...(line ? { line } : {}) } } : {}),
    }
  })
}
