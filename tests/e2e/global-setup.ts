/**
 * Builds the starter handbook once (through the fixture-site harness, so a
 * build test asking for the same build shares it), hosted under a path
 * prefix as on a GitHub Pages project site, and serves it for the browser
 * tests.
 */
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { projectRoot } from '../../scripts/lib/site'
import { fixtureSite } from '../support/fixture-site'
import { STARTER_SITE } from '../support/fixture-settings'

export const PATH_PREFIX = STARTER_SITE.HANDBOOK_PATH_PREFIX!

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await fixtureSite(path.join(projectRoot, 'contents'), { inPlace: true, env: STARTER_SITE })
  if (site.build.code !== 0) throw new Error(`The starter handbook did not build:\n${site.build.output.slice(-4000)}`)
  const server = await site.serve(PATH_PREFIX)
  project.provide('siteUrl', server.url)
  return () => server.close()
}
