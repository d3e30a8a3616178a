/**
 * The handbook from what was read and rendered: each page's title, sidebar,
 * links and dates, the sidebars, and the files pages link to.
 */
import fs from 'node:fs'
import type { Handbook, Page } from './handbook'
import type { HandbookSettings } from './config'
import type { RenderOutcome } from './render-jobs'
import type { Prepared } from './prepare'
import type { LoadedSource } from './page-sources'
import { titleFromSourcePath, humanizeName } from './title'
import { editUrl } from './edit-url'
import { SIDEBARS_FILE_NAMES, parseSidebarsFile } from './sidebars-file'
import { resolveFolderSidebars, resolveSidebarsFile, type ResolvedSidebars, type SidebarPageSource } from './sidebars'

/** The sidebar of a page that names none: its top-level folder's, or the default one at the root. */
export function defaultSidebarName(sourcePath: string, defaultSidebar: string): string {
  const segments = sourcePath.split('/')
  return segments.length > 1 ? humanizeName(segments[0]!) : defaultSidebar
}

/** Builds the handbook from the rendered pages and their dates: titles, links, sidebars. */
export function assemble(settings: HandbookSettings, prepared: Prepared, outcomes: readonly RenderOutcome[], updated: ReadonlyMap<string, Date>): Handbook {
  const { content, routed, draftPaths, diagnostics } = prepared
  const linkedFiles = new Set<string>()
  const pages = routed.map((source, i): Page => {
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
      sidebar: frontmatter.sidebar ?? defaultSidebarName(file.sourcePath, settings.defaultSidebar),
      showTitle: frontmatter.showTitle,
      draft: frontmatter.draft,
      ...(frontmatter.lang ? { lang: frontmatter.lang } : {}),
      ...(position !== undefined ? { position } : {}),
      frontmatter,
      source: source.text,
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

/** As it was before the split: it still reads the sidebars file, which loading has read already (prepared.content.sidebarsFile). */
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
