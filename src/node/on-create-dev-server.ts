import type { Request, Response } from 'express'
import type { GatsbyNode } from 'gatsby'
import type { Handbook, SearchFile } from '../content'
import { SEARCH_FOLDER } from '../shared/output'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'
import { settings } from './settings'
import { assertNever } from '../shared/assert-never'

let searchFiles: { handbook: Handbook; files: Map<string, SearchFile> } | undefined

/** The search index of the handbook as it is now, built again after a page changes. */
function currentSearchFile(name: string): SearchFile | undefined {
  const handbook = currentHandbook()
  if (searchFiles?.handbook !== handbook) {
    // Every language's index, each in its folder (features/languages), as the build writes them.
    const { files } = contentLibrary().handbookSearchFiles(handbook, settings)
    searchFiles = { handbook, files: new Map(files.map((file) => [file.path.slice(SEARCH_FOLDER.length + 1), file])) }
  }
  return searchFiles.files.get(name)
}

let markdownFiles: { handbook: Handbook; files: Map<string, string> } | undefined

/** Markdown copies and llms files of the handbook as it is now; `.mdx` pages have none in develop (their HTML is made in the browser). */
function currentMarkdownFile(sitePath: string): string | undefined {
  const handbook = currentHandbook()
  if (markdownFiles?.handbook !== handbook) {
    const site = { title: settings.title, description: settings.description, siteUrl: settings.siteUrl, pathPrefix: '' }
    const { files } = contentLibrary().buildMarkdownFiles(handbook, site, () => undefined)
    markdownFiles = { handbook, files: new Map(files.map((file) => [`/${file.path}`, file.contents])) }
  }
  return markdownFiles.files.get(sitePath)
}

/**
 * In develop, images and files next to the Markdown are served from the
 * content folder itself (by the build's rule: passive types only, see serveContentFile), and the search index is built on request (the
 * production build writes it in onPostBuild), as are the Markdown copies
 * of pages (before the content folder's own files, which they would shadow).
 */
export const onCreateDevServer: GatsbyNode['onCreateDevServer'] = ({ app }) => {
  app.get(new RegExp(`^/${SEARCH_FOLDER}/(.+)$`), (request: Request, response: Response) => {
    const file = currentSearchFile(String(request.params[0]))
    if (!file) {
      response.status(404).end()
      return
    }
    response.type('application/json').set('Cache-Control', 'no-cache').send(file.contents)
  })
  const icon = contentLibrary().generatedFavicon(settings)
  if (icon) app.get(`/${icon.path}`, (_request: Request, response: Response) => void response.type('image/svg+xml').send(icon.contents))
  app.get(/\.(md|txt)$/, (request: Request, response: Response, next: () => void) => {
    const contents = currentMarkdownFile(decodeURIComponent(request.path))
    if (contents === undefined) return next()
    response
      .type(request.path.endsWith('.md') ? 'text/markdown' : 'text/plain')
      .set('Cache-Control', 'no-cache')
      .send(contents)
  })
  app.use(serveContentFile)
}

let contentFiles: { handbook: Handbook; files: Set<string> } | undefined

/**
 * A file of the content folder, by the rule the build publishes by: only files the scan found (no
 * hidden files, no links), through the jail, of a passive type (an SVG sanitised) or listed in publishFiles.
 */
function serveContentFile(request: Request, response: Response, next: () => void): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    next()
    return
  }
  const handbook = currentHandbook()
  if (contentFiles?.handbook !== handbook) contentFiles = { handbook, files: new Set(handbook.contentFiles) }
  let file: string
  try {
    file = decodeURIComponent(request.path).replace(/^\/+/, '').normalize('NFC')
  } catch {
    next()
    return
  }
  if (!contentFiles.files.has(file)) {
    next()
    return
  }
  const published = contentLibrary().publishedContentFile(settings.contentDir, file, settings.publishFiles, handbook.source)
  switch (published.kind) {
    case 'refused':
      response.status(403).type('text/plain').send(published.message)
      return
    case 'write':
      response.type('image/svg+xml').set('Cache-Control', 'no-cache').send(published.contents)
      return
    case 'copy':
      // Checked above: its real path is inside the content folder (whose own path may hold a dot folder).
      response.sendFile(published.source, { dotfiles: 'allow' })
      return
    default:
      assertNever(published)
  }
}
