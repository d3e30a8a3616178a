/**
 * The loaded handbook, shared by the handlers of one Gatsby process, and the
 * reporting of its problems in `path:line: message` form.
 */
import fs from 'fs'
import path from 'path'
import type { CheckResult, Diagnostic, Handbook } from '../content'
import { contentLibrary, contentLibraryFile, contentLibraryVersion, routeManifestFile } from './library'
import { projectRoot, settings } from './settings'

let current: Handbook | undefined
let currentChecks: CheckResult | undefined

export interface LoadContext {
  /** Link prefix of this run: the path prefix in a prefixed build, "" otherwise. */
  basePath: string
}

export function staticFiles(): Set<string> {
  const root = path.join(projectRoot, 'static')
  const files = new Set<string>()
  const walk = (folder: string, relative: string) => {
    if (!fs.existsSync(folder)) return
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const next = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path.join(folder, entry.name), next)
      else files.add(next)
    }
  }
  walk(root, '')
  return files
}

/** Loads (or reloads, in develop) the handbook, rendering on worker threads when it is large. */
export async function loadHandbookInto(context: LoadContext): Promise<Handbook> {
  const library = contentLibrary()
  const servedFiles = staticFiles()
  current = await library.loadHandbookInParallel(settings, {
    includeDrafts: process.env.NODE_ENV !== 'production',
    hrefPrefix: context.basePath,
    staticFiles: servedFiles,
    // HANDBOOK_RENDER_CACHE=off renders every page every time (to measure, or to rule the cache out).
    ...(process.env.HANDBOOK_RENDER_CACHE === 'off'
      ? {}
      : { cache: { store: library.fileRenderCache(path.join(projectRoot, '.cache', 'handbook', 'rendered')), version: contentLibraryVersion() } }),
  }, { script: contentLibraryFile() })
  fs.mkdirSync(path.dirname(routeManifestFile), { recursive: true })
  library.writeRouteManifest(routeManifestFile, {
    site: { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix },
    hrefPrefix: context.basePath,
    routes: current.pages.map((page) => ({ sourcePath: page.sourcePath, url: page.url })),
    files: [...current.contentFiles, ...servedFiles],
    mdx: Object.fromEntries(
      current.pages
        .filter((page) => page.format === 'mdx')
        .map((page) => [
          page.absolutePath,
          {
            sourcePath: page.sourcePath,
            url: page.url,
            ...(page.frontmatter.title !== undefined ? { frontmatterTitle: page.frontmatter.title } : {}),
          },
        ]),
    ),
  })
  currentChecks = library.checkHandbook(current, { brokenLinks: library.brokenLinksSetting(process.env.HANDBOOK_BROKEN_LINKS) })
  return current
}

/** What the editors' checks found on the loaded handbook (the same as `npm run check`), and its redirects. */
export function currentCheckResult(): CheckResult {
  if (!currentChecks) throw new Error('The handbook is checked in onPreBootstrap, before any handler that reads the result.')
  return currentChecks
}

export function currentHandbook(): Handbook {
  if (!current) throw new Error('The handbook is loaded in onPreBootstrap, before any handler that reads it.')
  return current
}

/** Warnings printed by a build before the rest are only counted (`npm run check` lists them all). */
const WARNINGS_SHOWN = 10

/**
 * Prints every error, and the first warnings, as bare
 * `path:line:col: severity: message` lines on stderr (not through Gatsby's
 * reporter, which prefixes its own "error" and breaks editors' file:line
 * parsing); returns the number of errors.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[]): number {
  const library = contentLibrary()
  const sorted = library.sortDiagnostics(diagnostics)
  const errors = sorted.filter((d) => d.severity === 'error')
  const warnings = sorted.filter((d) => d.severity === 'warning')
  const label = library.contentFileLabel(settings.contentDir, projectRoot)
  for (const d of [...errors, ...warnings.slice(0, WARNINGS_SHOWN)]) process.stderr.write(`${library.formatDiagnostic(d, label)}\n`)
  if (warnings.length > WARNINGS_SHOWN) process.stderr.write(`… and ${warnings.length - WARNINGS_SHOWN} more warnings\n`)
  return errors.length
}
