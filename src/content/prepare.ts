/**
 * What is known before rendering, from the content as read: the pages that
 * will be built (drafts left out or kept, one page per URL), what their links
 * resolve against, and one render job per page. Pure: reads nothing.
 */
import { readSynonyms } from './search/synonyms-file'
import type { Diagnostic } from './diagnostics'
import type { HandbookSettings } from './settings'
import type { ContentRead } from './load/read-content'
import { parsePageSources, type LoadedSource } from './page-sources'
import { assignRoutes, reservedUrls } from './routes'
import type { RenderContext, RenderJob } from './render-jobs'
import { generatedUrlOwners, loadDirectory, peopleUrlsOf, type Directory, type PeopleUrls } from './people'
import { includedFiles } from './markdown/shortcodes/includes'
import { readFolderDefaults, resolveOwnership, type ResolvedOwnership } from './ownership'
import { CHANGES_FEED_FILE, CHANGES_URL, CHANGES_URL_OWNER } from './changes/page'

/** The source path the route of a generated page carries: no content path can name it. */
export const GENERATED_SOURCE = '(generated)'

export interface Prepared {
  content: ContentRead
  routed: LoadedSource[]
  draftPaths: Set<string>
  context: RenderContext
  jobs: RenderJob[]
  /** People and teams, checked (empty without data files). */
  directory: Directory
  peopleUrls: PeopleUrls
  /** Each routed page's owners and review state, by source path. */
  ownership: Map<string, ResolvedOwnership>
  /** Search synonym groups of synonyms.yml (the valid ones). */
  synonyms: string[][]
  diagnostics: Diagnostic[]
}

export interface PrepareOptions {
  /** Keep `draft: true` pages (develop) or leave them out (production). */
  includeDrafts: boolean
  /** Prefix written into rendered links ("" in develop, the path prefix in a prefixed build). */
  hrefPrefix: string
  /** Files served from the site root besides content (Gatsby's static/ folder). */
  staticFiles?: ReadonlySet<string>
  /** Make each `.md` page's Markdown copy while it is rendered (the build; `npm run check` writes none). */
  markdownCopies?: boolean
  /** Cut each `.md` page's search sections while it is rendered (build and develop; `npm run check` has no search). */
  searchSections?: boolean
  /** Run no code of the content (`npm run check -- --untrusted`): `.mdx` pages are parsed, never compiled or rendered, `_components/` never compiled. */
  untrusted?: boolean
}

/** The files a `.md` page includes, read through the content's reader (each file once). */
function includesOf(source: LoadedSource, content: ContentRead): Pick<RenderJob, 'includes'> {
  if (source.file.format !== 'md' || !content.readText) return {}
  const includes = includedFiles(source.body, source.file.sourcePath, content.readText)
  return Object.keys(includes).length ? { includes } : {}
}

export function prepare(settings: HandbookSettings, options: PrepareOptions, content: ContentRead): Prepared {
  const diagnostics: Diagnostic[] = [...(content.components?.diagnostics ?? [])]
  const read = parsePageSources(content.pages, diagnostics)
  // Drafts (in production) and Hugo's headless files, which exist to be included, are not pages.
  const leftOut = (s: LoadedSource) => s.frontmatter.headless || (!options.includeDrafts && s.frontmatter.draft)
  const sources = read.filter((s) => !leftOut(s))
  const draftPaths = new Set(read.filter(leftOut).map((s) => s.file.sourcePath))
  const directory = loadDirectory(content.peopleData, content.files, diagnostics)
  const synonyms = content.synonymsFile ? readSynonyms(content.synonymsFile.path, content.synonymsFile.text, diagnostics) : []
  const peopleUrls = peopleUrlsOf(settings)
  const generated = new Map([...generatedUrlOwners(directory, peopleUrls), [CHANGES_URL, CHANGES_URL_OWNER]])
  const routed = assignRoutes(sources, diagnostics, reservedUrls(generated))
  const folders = content.folderDefaults.map((file) => readFolderDefaults(file, diagnostics))
  const ownership = resolveOwnership(
    routed.map((s) => ({
      sourcePath: s.file.sourcePath,
      ...(s.frontmatter.owner ? { owner: s.frontmatter.owner } : {}),
      ...(s.frontmatter.reviewed ? { reviewed: s.frontmatter.reviewed } : {}),
      ...(s.frontmatter.review_every ? { reviewEvery: s.frontmatter.review_every } : {}),
      ...(s.fieldLines.owner ? { ownerLine: s.fieldLines.owner } : {}),
    })),
    folders,
    directory,
    { requireOwner: settings.requireOwner, today: settings.today, ...(settings.reviewEvery ? { reviewEvery: settings.reviewEvery } : {}) },
    diagnostics,
  )
  const context: RenderContext = {
    // Generated pages after the content pages: jobs index their page's route.
    routes: [...routed.map((s) => ({ sourcePath: s.file.sourcePath, url: s.url })), ...[...generated.keys()].map((url) => ({ sourcePath: `${GENERATED_SOURCE}${url}`, url }))],
    // The build writes the feed at the root: links to it are not broken.
    files: [...new Set([...content.files, ...(options.staticFiles ?? []), CHANGES_FEED_FILE])].sort(),
    site: { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix },
    hrefPrefix: options.hrefPrefix,
    iframeHosts: [...settings.iframeHosts],
    people: { directory, urls: peopleUrls, lang: settings.lang },
    shortcodes: settings.shortcodes,
    ...(options.markdownCopies ? { markdownCopies: { siteTitle: settings.title } } : {}),
    ...(options.searchSections ? { searchSections: true as const } : {}),
    ...(options.untrusted ? { untrusted: true as const } : {}),
    ...(content.components ? { components: { names: content.components.names, ...(content.components.compiled ? { compiled: content.components.compiled } : {}) } } : {}),
  }
  const jobs = routed.map((source, route): RenderJob => ({
    sourcePath: source.file.sourcePath,
    route,
    body: source.body,
    format: source.file.format,
    ...(source.frontmatter.title !== undefined ? { frontmatterTitle: source.frontmatter.title } : {}),
    ...includesOf(source, content),
  }))
  // After the includes are read: a file the jail refused on the way is among them.
  diagnostics.push(...content.diagnostics)
  return { content, routed, draftPaths, context, jobs, directory, peopleUrls, ownership, synonyms, diagnostics }
}
