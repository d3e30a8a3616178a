/**
 * The handbook from what was read and rendered: each page's title, sidebar,
 * links and dates, the sidebars, and the files pages link to.
 */
import type { Handbook, Page } from '../handbook'
import type { HandbookSettings } from '../settings'
import type { RenderOutcome } from './render-jobs'
import { GENERATED_SOURCE, type Prepared } from './prepare'
import type { LoadedSource } from './page-sources'
import type { Frontmatter } from '../frontmatter'
import type { RenderedPage } from '../markdown/render'
import { pageTitle, titleHeadingSource } from '../page/title'
import { editUrl, historyUrl } from '../page/edit-url'
import type { GitHistory } from '../features/changes/git-log'
import { recentChanges } from '../features/changes/recent-changes'
import { FEATURES } from '../features'
import type { PagesInput } from '../features/feature'
import { importNavigation, navigationPageInput, type NavigationPageInput } from '../sidebars'
import { urlFromSourcePath } from '../links/url'
import { indexDirectory } from '../features/people'
import { peopleUrlsIn } from '../features/people/languages'
import { publishGeneratedPage } from '../features/generated-page'
import { ownerLinksOf } from '../features/ownership/owner-links'
import { linkIndexOf } from './render-jobs'
import { generatedSidebarChooser, withGeneratedPages } from '../sidebars/generated-pages'
import { withLabelRuns } from '../sidebars/label-runs'
import { backlinksOf } from '../links/backlinks'
import { pageImage } from '../features/brand/page-image'
import { linkedFiles as linkedFilesOf } from '../publish/linked-files'
import { languageOfPath, languagesOf } from '../features/languages/languages'
import { withLanguageLinks } from '../features/languages/alternates'
import { FALLBACK_KIND, fallbacksOf } from '../features/languages/fallback'
import { languageSidebarsFiles, resolveWithLanguageSidebars } from '../features/languages/sidebars'

export { defaultSidebarName } from '../sidebars'

/** Builds the handbook from the rendered pages and their dates: titles, links, sidebars. `pageNow`: see PagesInput.pageNow. */
export function assemble(
  settings: HandbookSettings,
  prepared: Prepared,
  outcomes: readonly RenderOutcome[],
  updated: ReadonlyMap<string, Date>,
  history: GitHistory = { state: 'none', commits: [] },
  pageNow?: (page: Page) => Page,
): Handbook {
  const { content, routed, draftPaths, diagnostics } = prepared
  // Only files of a published type: a link to any other is an error at the link.
  const linkedFiles = linkedFilesOf(settings.publishFiles, prepared.addresses.rootFiles, diagnostics)
  // A handbook in several languages: a page's language is its folder's unless its frontmatter says (features/languages).
  const languages = languagesOf(settings)
  const built = routed.map((source, i): Omit<Page, 'sidebar' | 'backlinks' | 'ownerLinks'> => {
    const { file, frontmatter } = source
    const { rendered, diagnostics: renderDiagnostics } = outcomes[i]!
    diagnostics.push(...renderDiagnostics)
    for (const use of rendered.links) {
      if (use.target.kind === 'file' && content.files.has(use.target.sourcePath)) linkedFiles.add(use.target.sourcePath, file.sourcePath, use.line, use.column)
    }
    const card = pageImage(frontmatter.image, file.sourcePath, content.files, source.fieldLines.image, diagnostics)
    if (card.file) linkedFiles.add(card.file, file.sourcePath, source.fieldLines.image)
    const position = frontmatter.sidebar_position ?? frontmatter.weight
    const edit = editUrl(settings.repository, file.sourcePath)
    const changes = historyUrl(settings.repository, file.sourcePath)
    return {
      sourcePath: file.sourcePath,
      absolutePath: file.absolutePath,
      format: file.format,
      url: source.url,
      ...(frontmatter.subtitle ? { subtitle: frontmatter.subtitle } : {}),
      // GitBook: a page that names no title of its own is called as SUMMARY.md labels it (the same rule as its Markdown copy, render-jobs.ts).
      ...renderedFields(frontmatter, rendered, file.sourcePath, settings.title, prepared.jobs[i]!.navigationTitle),
      showTitle: frontmatter.showTitle,
      draft: frontmatter.draft,
      // Published only because the build is the internal one (features/audience): the page says so.
      internal: prepared.internal.has(file.sourcePath),
      ...(frontmatter.lang ? { lang: frontmatter.lang } : languages.length ? { lang: languageOfPath(file.sourcePath, languages)!.code } : {}),
      ...(card.image ? { image: card.image } : {}),
      ...(position !== undefined ? { position } : {}),
      frontmatter,
      source: source.text,
      fieldLines: source.fieldLines,
      frontmatterLines: source.frontmatterLines,
      ...(edit ? { editUrl: edit } : {}),
      ...(changes ? { historyUrl: changes } : {}),
      ...prepared.ownership.get(file.sourcePath)!,
      ...(updated.has(file.sourcePath) ? { lastUpdated: updated.get(file.sourcePath)!.toISOString() } : {}),
    }
  })
  const sidebarsFile = content.sidebarsFile
  const navigationPages = sidebarInputs(built, routed)
  // The old tool's navigation, when there is no sidebars.yml to say otherwise.
  const imported = sidebarsFile
    ? undefined
    : importNavigation({
        source: content.source,
        pages: navigationPages,
        leftOut: [...draftPaths].map((sourcePath) => urlFromSourcePath(sourcePath)),
        redirecting: prepared.redirectPages.flatMap((page) => (page.redirectTo ? [{ addresses: [page.url, ...(page.frontmatter.redirect_from ?? [])], to: page.redirectTo }] : [])),
        defaultSidebar: settings.defaultSidebar,
      })
  // A language with its own sidebars file (`ja/sidebars.yml`) has its pages' sidebars from it (features/languages).
  const languageSidebars = languageSidebarsFiles(languages, content.files, (sourcePath) => content.readText?.(sourcePath))
  const resolved = resolveWithLanguageSidebars(
    { file: sidebarsFile, pages: navigationPages, draftPaths, defaultSidebar: settings.defaultSidebar, ...(imported ? { imported } : {}) },
    languageSidebars,
    languages,
    fallbacksOf(built, languages),
  )
  diagnostics.push(...resolved.diagnostics)
  // From every page's rendered links, after rendering: never part of a page's render or cache key.
  const backlinks = backlinksOf(built, settings.lang)
  // Every page gets its sidebar once, here: resolveSidebars decides for all of them.
  const people = indexDirectory(prepared.directory)
  const withSidebars = built.map(
    (page): Page => ({
      ...page,
      sidebar: resolved.sidebarOf.get(page.sourcePath)!,
      backlinks: backlinks.get(page.url) ?? [],
      // To the people pages of the page's language (features/people/languages.ts).
      ownerLinks: ownerLinksOf(page.ownership, people, peopleUrlsIn(prepared.peopleUrls, languageOfPath(page.sourcePath, languages), languages)),
    }),
  )
  diagnostics.push(...(history.diagnostics ?? []))
  const changes = recentChanges(history, {
    today: settings.today,
    days: settings.changesDays,
    limit: settings.changesCommits,
    pages: new Map(withSidebars.map((page) => [page.sourcePath, { url: page.url, title: page.title }])),
    hidden: draftPaths,
    ...(prepared.context.withheld ? { withheld: new Set(prepared.context.withheld.map((route) => route.sourcePath)) } : {}),
    siteTitle: settings.title,
  })
  // The wings' pages, in the order of the registry (people before /changes).
  // Labels that are titles drawn with their marks, labels written apart read as titles are (sidebars/label-runs.ts).
  const labelled = withLabelRuns(resolved.sidebars, navigationPages)
  const wingInput: PagesInput = {
    ...prepared.plan,
    pages: withSidebars,
    sidebars: labelled,
    changes,
    hrefPrefix: prepared.context.hrefPrefix,
    build: prepared.build,
    onDemand: prepared.onDemand,
    ...(pageNow ? { pageNow } : {}),
  }
  const made = FEATURES.flatMap((feature) => (feature.pages?.(wingInput) ?? []).map((page) => ({ page, feature })))
  const index = linkIndexOf(prepared.context)
  const sidebars = withGeneratedPages(labelled, new Set(made.map(({ page }) => page.url)))
  const sidebarOfGenerated = generatedSidebarChooser(sidebars, settings.defaultSidebar)
  const wingPages = made.map(({ page, feature }) => {
    // "Edit this page" opens the data file; a folder of people has no one file to open.
    const edit = page.dataFile.endsWith('.yml') ? editUrl(settings.repository, page.dataFile) : undefined
    const published = publishGeneratedPage(page, { index, site: prepared.context.site, hrefPrefix: prepared.context.hrefPrefix })
    return {
      ...published,
      sourcePath: `${GENERATED_SOURCE}${page.url}`,
      sidebar: sidebarOfGenerated(page.url, feature.sidebarParents?.(page.url, prepared.plan) ?? []),
      ...(edit ? { editUrl: edit } : {}),
    }
  })
  // Each page's language and its links to the other languages' versions (the switcher, hreflang), once every page is known.
  const { pages, generated } = withLanguageLinks(withSidebars, wingPages, languages, FALLBACK_KIND)
  for (const page of generated) {
    for (const file of page.files) linkedFiles.add(file, page.dataFile)
    for (const use of page.links) if (use.target.kind === 'file' && content.files.has(use.target.sourcePath)) linkedFiles.add(use.target.sourcePath, page.dataFile, use.line, use.column)
  }
  return {
    pages,
    redirectPages: prepared.redirectPages,
    sidebars,
    ...(sidebarsFile ? { sidebarsFile: sidebarsFile.path } : {}),
    ...(imported ? { importedNavigation: { from: imported.from, sidebars: imported.file.sidebars, sections: imported.sections } } : {}),
    linkedFiles: linkedFiles.list(),
    contentFiles: [...content.files].filter((file) => file !== sidebarsFile?.path && !languageSidebars.some((own) => own.path === file)),
    directory: prepared.directory,
    peopleUrls: prepared.peopleUrls,
    addresses: prepared.addresses,
    synonyms: prepared.synonyms,
    ...(prepared.context.glossary ? { glossary: prepared.context.glossary } : {}),
    generated,
    changes,
    source: content.source,
    renderedPages: outcomes.filter((outcome) => !outcome.cached && !outcome.pending).length,
    ...(prepared.context.withheld ? { withheld: prepared.context.withheld } : {}),
    diagnostics,
  }
}

/** What a page takes from its render: its title (from its `# heading` when the frontmatter has none), its description, its HTML and what is cut from it. */
export function renderedFields(frontmatter: Frontmatter, rendered: RenderedPage, sourcePath: string, siteTitle: string, navigationTitle: string | undefined) {
  const title = pageTitle(frontmatter.title, titleHeadingSource(rendered), sourcePath, siteTitle, navigationTitle)
  const titleFrom: Page['titleFrom'] = frontmatter.title !== undefined ? 'frontmatter' : rendered.titleHeading ? 'heading' : navigationTitle !== undefined ? 'navigation' : 'file'
  return {
    title: title.text,
    ...(title.runs ? { titleRuns: title.runs } : {}),
    titleFrom,
    description: frontmatter.description ?? rendered.excerpt,
    html: rendered.html,
    ...(rendered.stylesheets ? { stylesheets: rendered.stylesheets } : {}),
    ...(rendered.markdownCopy !== undefined ? { markdownCopy: rendered.markdownCopy } : {}),
    ...(rendered.searchSections ? { searchSections: rendered.searchSections } : {}),
    headings: rendered.headings,
    toc: rendered.toc,
    links: rendered.links,
    anchors: rendered.anchors,
  }
}

/** What the sidebars need of each page (navigationPageInput), with the line of its `sidebar` field. */
function sidebarInputs(pages: readonly Parameters<typeof navigationPageInput>[0][], sources: readonly LoadedSource[]): NavigationPageInput[] {
  const lines = new Map(sources.map((source) => [source.file.sourcePath, source.fieldLines.sidebar]))
  return pages.map((page) => navigationPageInput(page, lines.get(page.sourcePath)))
}
