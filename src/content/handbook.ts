/**
 * The handbook as a whole: every page of the content folder with its URL,
 * title, sidebar, rendered body and links, plus every problem found on the
 * way. One pure function used by the site build and by the checks alike.
 */
import fs from 'node:fs'
import { parseSource, type Frontmatter } from './frontmatter'
import { scanContent, type SourceFile } from './files'
import { error, type Diagnostic } from './diagnostics'
import { createLinkIndex, type Route } from './links'
import { renderPage, type RenderedPage, type RenderInput, type TocEntry } from './markdown/render'
import type { HeadingInfo } from './markdown/heading-ids'
import type { LinkUse } from './markdown/rewrite-links'
import type { HandbookSettings } from './config'
import { titleFromSourcePath, humanizeName } from './title'
import { editUrl } from './edit-url'
import { lastUpdatedDates } from './last-updated'
import { hashOf, type RenderCache } from './render-cache'
import { urlFromSlug, urlFromSourcePath } from './url'
import type { PageFormat } from './markdown/parse'
import type { Sidebar } from './sidebar'
import { parseSidebarsFile, SIDEBARS_FILE_NAMES } from './sidebars-file'
import { resolveFolderSidebars, resolveSidebarsFile, type ResolvedSidebars, type SidebarPageSource } from './sidebars'

/** Frontmatter fields whose line is kept for messages about them. */
const LINED_FIELDS = ['sidebar', 'redirect_from', 'aliases'] as const
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

/** The sidebar of a page that names none: its top-level folder's, or the default one at the root. */
export function defaultSidebarName(sourcePath: string, defaultSidebar: string): string {
  const segments = sourcePath.split('/')
  return segments.length > 1 ? humanizeName(segments[0]!) : defaultSidebar
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

/** Renders a page; a syntax error (possible in MDX) becomes a diagnostic at its line. */
function renderOrReport(sourcePath: string, input: RenderInput, diagnostics: Diagnostic[]): RenderedPage {
  try {
    return renderPage(input)
  } catch (cause) {
    const place = cause as { line?: number; column?: number; reason?: string; message?: string }
    const reason = place.reason ?? place.message ?? String(cause)
    const hint = input.format === 'mdx' ? '. In .mdx, write \\{ and \\< for a literal brace or angle bracket, or rename the file to .md' : ''
    diagnostics.push(error('syntax', sourcePath, `${reason}${hint}`, place.line, place.column))
    return { html: '', headings: [], toc: [], links: [], anchors: [], excerpt: '' }
  }
}

/** Renders through the cache when there is one; pages with errors are never cached, so they are reported every time. */
function renderCached(sourcePath: string, input: RenderInput, siteKey: string | undefined, options: LoadOptions, diagnostics: Diagnostic[]): RenderedPage {
  const cache = options.cache
  if (!cache || siteKey === undefined) return renderOrReport(sourcePath, input, diagnostics)
  const key = hashOf(cache.version, siteKey, input.link.from.sourcePath, input.link.from.url, input.format, input.frontmatterTitle ?? '\u0000', input.body)
  const cached = cache.store.get(key)
  if (cached) return cached
  const before = diagnostics.length
  const rendered = renderOrReport(sourcePath, input, diagnostics)
  if (diagnostics.length === before) cache.store.set(key, rendered)
  return rendered
}

export function loadHandbook(settings: HandbookSettings, options: LoadOptions): Handbook {
  const diagnostics: Diagnostic[] = []
  const content = scanContent(settings.contentDir)
  const read = readSources(content.pages, diagnostics)
  const sources = read.filter((s) => options.includeDrafts || !s.frontmatter.draft)
  const draftPaths = new Set(read.filter((s) => !sources.includes(s)).map((s) => s.file.sourcePath))
  const routed = assignRoutes(sources, diagnostics)
  const routes: Route[] = routed.map((s) => ({ sourcePath: s.file.sourcePath, url: s.url }))
  const staticFiles = options.staticFiles ?? new Set<string>()
  const index = createLinkIndex(routes, (p) => content.files.has(p) || staticFiles.has(p))
  const site = { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix }
  const linkedFiles = new Set<string>()

  const updated = lastUpdatedDates(settings.contentDir, routed.map((source) => source.file.sourcePath))
  // Everything outside a page that its rendering depends on.
  const siteKey = options.cache
    ? hashOf(JSON.stringify(routes), JSON.stringify([...content.files].sort()), JSON.stringify([...staticFiles].sort()), JSON.stringify(site), options.hrefPrefix, JSON.stringify(settings.iframeHosts))
    : undefined
  const pages = routed.map((source, i): Page => {
    const { file, frontmatter } = source
    const rendered = renderCached(file.sourcePath, {
      body: source.body,
      format: file.format,
      ...(frontmatter.title !== undefined ? { frontmatterTitle: frontmatter.title } : {}),
      link: { from: routes[i]!, index, site, hrefPrefix: options.hrefPrefix },
      iframeHosts: settings.iframeHosts,
    }, siteKey, options, diagnostics)
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
      sidebar: frontmatter.sidebar ?? defaultSidebarName(file.sourcePath, settings.defaultSidebar),
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
  const resolved = resolveSidebars(settings.contentDir, sidebarsFile, pages, routed, settings.defaultSidebar, draftPaths)
  diagnostics.push(...resolved.diagnostics)
  for (const page of pages) page.sidebar = resolved.sidebarOf.get(page.sourcePath) ?? page.sidebar
  return {
    pages,
    sidebars: resolved.sidebars,
    ...(sidebarsFile ? { sidebarsFile } : {}),
    linkedFiles: [...linkedFiles].sort(),
    contentFiles: [...content.files].filter((file) => file !== sidebarsFile),
    diagnostics,
  }
}

function resolveSidebars(
  contentDir: string,
  sidebarsFile: string | undefined,
  pages: readonly Page[],
  sources: readonly LoadedSource[],
  defaultSidebar: string,
  draftPaths: ReadonlySet<string>,
): ResolvedSidebars {
  const lines = new Map(sources.map((source) => [source.file.sourcePath, source.fieldLines.sidebar]))
  const inputs = pages.map((page): SidebarPageSource => {
    const line = lines.get(page.sourcePath)
    return {
      sourcePath: page.sourcePath,
      url: page.url,
      title: page.title,
      ...(page.position !== undefined ? { position: page.position } : {}),
      ...(page.frontmatter.sidebar ? { sidebarField: { name: page.frontmatter.sidebar, ...(line ? { line } : {}) } } : {}),
      fallbackSidebar: defaultSidebarName(page.sourcePath, defaultSidebar),
    }
  })
  if (!sidebarsFile) return resolveFolderSidebars(inputs)
  const text = fs.readFileSync(`${contentDir}/${sidebarsFile}`, 'utf8')
  return resolveSidebarsFile(parseSidebarsFile(sidebarsFile, text), inputs, draftPaths)
}
