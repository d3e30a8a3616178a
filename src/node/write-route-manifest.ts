/** The manifest of routes the MDX plugins resolve links against (see routeManifestFile), written after each load. */
import fs from 'node:fs'
import path from 'node:path'
import type { Handbook } from '../content'
import { contentLibrary, routeManifestFile } from './library'
import { settings } from './settings'

export function writeRoutesOf(current: Handbook, context: { basePath: string }, servedFiles: ReadonlySet<string>): void {
  const library = contentLibrary()
  fs.mkdirSync(path.dirname(routeManifestFile), { recursive: true })
  library.writeRouteManifest(routeManifestFile, {
    site: { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix },
    hrefPrefix: context.basePath,
    // As the pages' links resolved (prepare.ts): old URLs find their page, redirect_to: pages are served by their redirects.
    routes: library.withOldUrls(
      [...current.pages, ...current.generated, ...current.redirectPages].map((page) => ({ sourcePath: page.sourcePath, url: page.url })),
      library.redirectsOf(current),
    ),
    files: [...current.contentFiles, ...servedFiles],
    ...(current.withheld ? { withheld: current.withheld } : {}),
    people: library.peopleContextOf(current.directory, current.peopleUrls, settings.lang, library.languagesOf(settings)),
    ...(current.source.tool !== 'none' ? { sourceTool: current.source.tool } : {}),
    // Imports of these are dropped by the compiler: the provider gives them (markdown/mdx.ts).
    ...(current.glossary ? { glossary: current.glossary } : {}),
    components: library.contentComponentsOf(current.contentFiles).components.map((component) => component.name),
    mdx: Object.fromEntries(
      current.pages
        .filter((page) => page.format === 'mdx')
        .map((page) => [
          page.absolutePath,
          {
            sourcePath: page.sourcePath,
            url: page.url,
            ...(page.frontmatter.title !== undefined ? { frontmatterTitle: page.frontmatter.title } : {}),
            ...(page.frontmatter.showTitle === false ? { keepTitleHeading: true as const } : {}),
            ...(page.frontmatter.glossary === false ? { glossary: false as const } : {}),
            lines: page.source.split('\n').length,
          },
        ]),
    ),
  })
}
