/**
 * Builds the starter handbook once, hosted under a path prefix as on a
 * GitHub Pages project site, and serves it for the browser tests.
 */
import type { TestProject } from 'vitest/node'
import { buildSite, createSiteCopy, projectRoot, removeSite } from '../../scripts/lib/site'
import { serveStatic } from '../../scripts/lib/static-server'
import path from 'node:path'

export const PATH_PREFIX = '/northwind'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = createSiteCopy('e2e')
  const build = await buildSite(site, {
    HANDBOOK_CONTENT_DIR: path.join(projectRoot, 'contents'),
    HANDBOOK_PATH_PREFIX: PATH_PREFIX,
    HANDBOOK_SITE_URL: 'https://handbook.northwind.test',
  })
  if (build.code !== 0) {
    removeSite(site)
    throw new Error(`The starter handbook did not build:\n${build.output.slice(-4000)}`)
  }
  const server = await serveStatic(site.publicDir, PATH_PREFIX)
  project.provide('siteUrl', server.url)
  return async () => {
    await server.close()
    removeSite(site)
  }
}
