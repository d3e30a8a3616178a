/**
 * What is known before rendering, from the content as read: the pages that
 * will be built (drafts left out or kept, one page per URL), what their links
 * resolve against, and one render job per page. Pure: reads nothing.
 */
import { readSynonyms } from '../features/search/synonyms-file'
import { glossaryTips, loadGlossary } from '../features/glossary'
import type { Diagnostic } from '../common/diagnostics'
import type { HandbookSettings } from '../settings'
import type { ContentRead } from '../load/read-content'
import { parsePageSources, type LoadedSource } from './page-sources'
import { withToolRedirects } from './tool-redirects'
import { withGitBookReadme } from './gitbook-readme'
import { summaryLabels } from '../sidebars/import/gitbook-summary'
import { withDocusaurusUrls } from './docusaurus-urls'
import { assignRoutes } from './routes'
import { eleventyFolderPageUrl } from '../links/folder-page'
import { urlFromSourcePath } from '../links/url'
import { reservedUrls, type SiteAddresses } from '../links/site-addresses'
import { unknownFieldWarnings } from '../frontmatter/unknown-fields'
import { NAVIGATION_FIELDS } from '../sidebars/import'
import { filterPages, isRedirectPage, type PageFilterOptions } from './page-filter'
import { linkRoutes } from '../features/redirects/redirects'
import { redirectPagesOf, type RedirectPage } from '../features/redirects/redirect-pages'
import { linkIndexOf } from './render-jobs'
import { FEATURES, siteAddresses, wingReservations } from '../features'
import type { PlanInput } from '../features/feature'
import type { RenderContext, RenderJob } from './render-jobs'
import { loadDirectory, peopleUrlsOf, type Directory, type PeopleUrls } from '../features/people'
import { includedFiles } from '../markdown/shortcodes/includes'
import { snippetFiles } from '../markdown/md-imports'
import { fromContent, type HandbookSource } from '../source/read-source'
import type { LiquidSetting } from '../markdown/liquid/setting'
import { mayHoldLiquid } from '../markdown/liquid/page-liquid'
import { paramValues } from '../markdown/shortcodes/hugo-param'
import { readFolderDefaults, resolveOwnership, type ResolvedOwnership } from '../features/ownership'
import { internalPages } from '../features/audience/visibility'
import { internalFieldWarnings, publicDirectory } from '../features/audience/public-directory'
import { languageOfPath, languagesOf, translatedPage } from '../features/languages/languages'
import { fallbackRoutes } from '../features/languages/fallback'
import { calloutTitlesFor } from '../markdown/callout-titles'
import { peopleContextOf } from '../features/people/languages'
import { markdownExtrasOf } from '../markdown/dialect'
import type { MkdocsData } from '../source/mkdocs'

/** The source path the route of a generated page carries: no content path can name it. */
export const GENERATED_SOURCE = '(generated)'

export interface Prepared {
  content: ContentRead
  /** The pages that will be built, each at its URL. */
  routed: LoadedSource[]
  /** The `redirect_to:` pages, each a redirect at its URL (features/redirects/redirect-pages.ts). */
  redirectPages: RedirectPage[]
  /** Pages left out of the build, and the `redirect_to:` pages, which are no pages: sidebars skip items naming them quietly, and /changes does not list them. */
  draftPaths: Set<string>
  /** The pages marked internal (features/audience), published or not by this build's audience. */
  internal: ReadonlySet<string>
  /** A build or develop, not `npm run check` (PrepareOptions.build). */
  build: boolean
  /** develop: pages only visitors read are made when asked for (PrepareOptions.onDemand). */
  onDemand: boolean
  context: RenderContext
  jobs: RenderJob[]
  /** People and teams, checked (empty without data files). */
  directory: Directory
  peopleUrls: PeopleUrls
  /** Each routed page's owners and review state, by source path. */
  ownership: Map<string, ResolvedOwnership>
  /** Search synonym groups of synonyms.yml (the valid ones). */
  synonyms: string[][]
  /** What the wings see of the handbook before rendering. */
  plan: PlanInput
  /** The site's own URLs and root files. */
  addresses: SiteAddresses
  diagnostics: Diagnostic[]
}

export interface PrepareOptions extends PageFilterOptions {
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
  /** A build or develop, not `npm run check`: the wings do what only a site needs (draw diagrams in Chromium, make the print views). */
  build?: boolean
  /**
   * develop: what only a visitor of one page reads is made when that page is
   * asked for, not on every load (the print views' documents: each repeats
   * every page, and a save in develop loads the whole handbook again).
   */
  onDemand?: boolean
}

/**
 * Under Eleventy, a page named like its folder (`x/x.md`) is served at the
 * folder's address (`/x/`), as the old site served it and its links name it;
 * a URL the page sets itself stays.
 */
function withEleventyFolderUrls(sources: LoadedSource[], content: ContentRead): LoadedSource[] {
  if (content.source.tool !== 'eleventy') return sources
  return sources.map((source) => {
    const url = eleventyFolderPageUrl(source.file.sourcePath)
    return url && source.url === urlFromSourcePath(source.file.sourcePath) ? { ...source, url } : source
  })
}

/** The files a `.md` page includes, read through the content's reader (each file once). */
function includesOf(source: LoadedSource, content: ContentRead): Pick<RenderJob, 'includes'> {
  if (source.file.format !== 'md' || !content.readText) return {}
  const { readText } = content
  const around = content.source.readAround
  // Hugo: a file that is not in the content folder may be in `assets/` or the site root (through the root's jail).
  const read = around ? (sourcePath: string) => (sourcePath.startsWith('../') ? around(sourcePath) : readText(sourcePath)) : readText
  const includes = includedFiles(source.body, source.file.sourcePath, read, content.source.includeFolders ?? [])
  // Snippets the page imports (`import SOC2 from './_snippets/soc2.mdx'`), and theirs, in the content folder.
  Object.assign(
    includes,
    snippetFiles(source.body, source.file.sourcePath, (sourcePath) => (content.files.has(sourcePath) ? readText(sourcePath) : undefined)),
  )
  return Object.keys(includes).length ? { includes } : {}
}

/** Hugo: the values of the params the page's `{{< param >}}` tags ask for (shortcodes/hugo-param.ts). */
function paramsOf(source: LoadedSource, content: ContentRead): Pick<RenderJob, 'params'> {
  if (content.source.tool !== 'hugo' || source.file.format !== 'md') return {}
  const params = paramValues(source.body, source.frontmatter, content.source.params)
  return params ? { params } : {}
}

/** What Liquid needs of the old site, when the handbook comes from a tool that runs it. */
function liquidSettingOf(source: HandbookSource, siteUrl: string): LiquidSetting | undefined {
  if (source.tool !== 'jekyll' && source.tool !== 'eleventy') return undefined
  return { tool: source.tool, data: source.data, includes: source.includes, includesPath: fromContent(source, '_includes'), siteUrl }
}

/** What the redirects read of a page. */
function redirectSourceOf(source: LoadedSource) {
  return { sourcePath: source.file.sourcePath, url: source.url, frontmatter: source.frontmatter, fieldLines: source.fieldLines }
}

export function prepare(settings: HandbookSettings, options: PrepareOptions, content: ContentRead): Prepared {
  const diagnostics: Diagnostic[] = [...(content.components?.diagnostics ?? [])]
  const parsed = withDocusaurusUrls(withEleventyFolderUrls(parsePageSources(content.pages, diagnostics), content), content.source)
  const read = withToolRedirects(withGitBookReadme(parsed, content.source.gitbook, diagnostics), content.source, diagnostics)
  // Folder settings first: a folder's `visibility:` decides, with each page's own, what this build's audience sees (features/audience).
  const folders = content.folderDefaults.map((file) => readFolderDefaults(file, diagnostics))
  const internal = internalPages(
    read.map((source) => ({ sourcePath: source.file.sourcePath, written: source.frontmatter.visibility, ...(source.fieldLines.visibility ? { line: source.fieldLines.visibility } : {}) })),
    new Map(folders.flatMap((folder) => (folder.visibility ? [[folder.folder, folder.visibility] as const] : []))),
    diagnostics,
  )
  const { kept: sources, leftOut: draftPaths, withheld } = filterPages(read, options, { audience: settings.audience, internal })
  // A handbook moved from another tool is told what of its published pages shows nothing here; a handbook's own extra fields are its own data, kept silently in the page's frontmatter.
  if (content.source.tool !== 'none')
    diagnostics.push(
      ...unknownFieldWarnings(sources.map((source) => ({ sourcePath: source.file.sourcePath, fields: source.unknownFields.filter((field) => !NAVIGATION_FIELDS.has(field.name)), body: source.body }))),
    )
  const everyone = loadDirectory(content.peopleData, content.files, diagnostics)
  diagnostics.push(...internalFieldWarnings(everyone))
  // What this build's audience sees of the people: the public site has no internal person, team or field (features/audience).
  const directory = settings.audience === 'public' ? publicDirectory(everyone) : everyone
  const synonyms = content.synonymsFile ? readSynonyms(content.synonymsFile.path, content.synonymsFile.text, diagnostics) : []
  const peopleUrls = peopleUrlsOf(settings)
  const glossary = loadGlossary(content.glossaryFile, diagnostics)
  const tips = glossaryTips(glossary)
  const plan: PlanInput = { settings, directory, peopleUrls, glossary }
  const addresses = siteAddresses()
  // The URLs the wings' pages will take given the data, then their fixed ones: no content page may take either, and links resolve to them.
  const generated = new Map([...FEATURES.flatMap((feature) => [...(feature.reservedUrls?.(plan) ?? [])]), ...wingReservations()])
  // A `redirect_to:` page takes its URL as a page does: the redirect is served there.
  const published = assignRoutes(sources, diagnostics, reservedUrls(generated))
  const routed = published.filter((source) => !isRedirectPage(source))
  const redirecting = published.filter(isRedirectPage)
  for (const source of redirecting) draftPaths.add(source.file.sourcePath)
  const languages = languagesOf(settings)
  const routedPaths = new Set(routed.map((s) => s.file.sourcePath))
  const ownership = resolveOwnership(
    routed.map((s) => {
      // A translation has the owners of the page it translates unless its language folder says otherwise (features/ownership).
      const translates = translatedPage(s.file.sourcePath, languages, (path) => routedPaths.has(path))
      return {
        sourcePath: s.file.sourcePath,
        ...(translates ? { translates } : {}),
        ...(s.frontmatter.owner ? { owner: s.frontmatter.owner } : {}),
        ...(s.frontmatter.reviewed ? { reviewed: s.frontmatter.reviewed } : {}),
        ...(s.frontmatter.review_every ? { reviewEvery: s.frontmatter.review_every } : {}),
        ...(s.fieldLines.owner ? { ownerLine: s.fieldLines.owner } : {}),
      }
    }),
    folders,
    // Every person and team: an owner the public site does not show is still a valid owner.
    everyone,
    { requireOwner: settings.requireOwner, today: settings.today, ...(settings.reviewEvery ? { reviewEvery: settings.reviewEvery } : {}) },
    diagnostics,
  )
  const liquid = liquidSettingOf(content.source, settings.siteUrl)
  // Several languages: each language's pages passed the filter above on their own; a page of the default language that another language left out (or never had) is shown there untranslated, and links find it (features/languages).
  const fallbacks = fallbackRoutes(
    routed.map((source) => ({ sourcePath: source.file.sourcePath, url: source.url, format: source.file.format, lang: source.frontmatter.lang })),
    languages,
  )
  const extras = markdownExtrasOf(
    content.source.tool,
    (content.source.data.mkdocs as MkdocsData | undefined)?.markdownExtensions,
    content.source.data.site as { markdown?: unknown; kramdown?: unknown } | undefined,
  )
  const context: RenderContext = {
    // Generated pages after the content pages: jobs index their page's route.
    // Each page with its old URLs (a link to one finds the page), then the generated pages, then the redirect_to: pages.
    routes: linkRoutes(
      routed.map(redirectSourceOf),
      { redirectPages: redirecting.map(redirectSourceOf), generated: [...generated.keys()].map((url) => ({ url })), addresses, contentFiles: [...content.files] },
      [...[...generated.keys()].map((url) => ({ sourcePath: `${GENERATED_SOURCE}${url}`, url })), ...fallbacks],
    ),
    // The files the build writes at the root (the feed, llms.txt…): links to them are not broken.
    files: [...new Set([...content.files, ...(options.staticFiles ?? []), ...addresses.rootFiles])].sort(),
    site: { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix },
    hrefPrefix: options.hrefPrefix,
    audience: settings.audience,
    // The internal pages this public build leaves out: links to them find them, and show as their text.
    ...(withheld.length ? { withheld: withheld.map((source) => ({ sourcePath: source.file.sourcePath, url: source.url })) } : {}),
    iframeHosts: [...settings.iframeHosts],
    people: peopleContextOf(directory, peopleUrls, settings.lang, languages),
    shortcodes: settings.shortcodes,
    ...(tips ? { glossary: tips } : {}),
    ...(options.markdownCopies ? { markdownCopies: { siteTitle: settings.title } } : {}),
    ...(options.searchSections ? { searchSections: true as const } : {}),
    ...(options.untrusted ? { untrusted: true as const } : {}),
    ...(content.source.tool !== 'none' ? { sourceTool: content.source.tool } : {}),
    ...(extras ? { markdownExtras: extras } : {}),
    ...(content.source.includeFolders?.length ? { includeFolders: [...content.source.includeFolders] } : {}),
    ...(content.source.siteShortcodes?.size ? { siteShortcodes: Object.fromEntries(content.source.siteShortcodes) } : {}),
    ...(liquid ? { liquid } : {}),
    ...(content.components ? { components: { names: content.components.names, ...(content.components.compiled ? { compiled: content.components.compiled } : {}) } } : {}),
  }
  // GitBook: SUMMARY.md's labels title the pages that name no title of their own.
  const summary = content.source.gitbook && content.source.dataFiles.find((data) => data.path === content.source.gitbook!.summary)
  const navigationTitles = summary ? summaryLabels(summary) : undefined
  // GitHub alerts' titles in each page's language: its own `lang`, else its language folder's, else the handbook's.
  const calloutTitles = calloutTitlesFor(settings.messages)
  const titlesOf = (source: (typeof routed)[number]) => calloutTitles(source.frontmatter.lang ?? (languages.length ? languageOfPath(source.file.sourcePath, languages)!.code : settings.lang))
  const jobs = routed.map((source, route): RenderJob => {
    const titles = titlesOf(source)
    return {
      sourcePath: source.file.sourcePath,
      route,
      body: source.body,
      format: source.file.format,
      ...(source.frontmatter.title !== undefined ? { frontmatterTitle: source.frontmatter.title } : {}),
      ...(source.frontmatter.showTitle === false ? { keepTitleHeading: true as const } : {}),
      ...(source.frontmatter.glossary === false ? { glossary: false as const } : {}),
      ...(navigationTitles?.has(source.file.sourcePath) ? { navigationTitle: navigationTitles.get(source.file.sourcePath)! } : {}),
      ...includesOf(source, content),
      ...(languages.length ? { language: languageOfPath(source.file.sourcePath, languages)!.code } : {}),
      ...(titles ? { calloutTitles: titles } : {}),
      ...(liquid && source.file.format === 'md' && mayHoldLiquid(source.body) ? { liquidPage: { url: source.url, sourcePath: source.file.sourcePath, frontmatter: source.frontmatter } } : {}),
      ...paramsOf(source, content),
    }
  })
  const redirectPages = redirectPagesOf(redirecting, linkIndexOf(context), context.site, diagnostics)
  // After the includes are read: a file the jail refused on the way is among them.
  diagnostics.push(...content.diagnostics)
  return {
    content,
    routed,
    redirectPages,
    draftPaths,
    internal,
    build: options.build === true,
    onDemand: options.onDemand === true,
    context,
    jobs,
    directory,
    peopleUrls,
    ownership,
    synonyms,
    plan,
    addresses,
    diagnostics,
  }
}
