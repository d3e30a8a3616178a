import express, { type Request, type Response } from 'express'
import type { GatsbyNode } from 'gatsby'
import type { Handbook, SearchFile } from '../content'
import { SEARCH_FOLDER } from '../shared/output'
import { currentHandbook } from './handbook-state'
import { contentLibrary } from './library'
import { settings } from './settings'

let searchFiles: { handbook: Handbook; files: Map<string, SearchFile> } | undefined

/** The search index of the handbook as it is now, built again after a page changes. */
function currentSearchFile(name: string): SearchFile | undefined {
  const handbook = currentHandbook()
  if (searchFiles?.handbook !== handbook) {
    const { files } = contentLibrary().buildSearchFiles(handbook)
    searchFiles = { handbook, files: new Map(files.map((file) => [file.path.split('/').pop()!, file])) }
  }
  return searchFiles.files.get(name)
}

/**
 * In develop, images and files next to the Markdown are served from the
 * content folder itself, and the search index is built on request (the
 * production build writes it in onPostBuild).
 */
export const onCreateDevServer: GatsbyNode['onCreateDevServer'] = ({ app }) => {
  app.get(`/${SEARCH_FOLDER}/:file`, (request: Request, response: Response) => {
    const file = currentSearchFile(String(request.params.file))
    if (!file) {
      response.status(404).end()
      return
    }
    response.type('application/json').set('Cache-Control', 'no-cache').send(file.contents)
  })
  app.use(express.static(settings.contentDir, { index: false, redirect: false, dotfiles: 'ignore' }))
}
