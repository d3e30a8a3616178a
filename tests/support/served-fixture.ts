/**
 * A fixture's build (shared through the fixture-site cache with the build
 * test that makes it) served, and a browser, for one browser test file:
 * started before its tests, closed after them.
 */
import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import type { StaticServer } from '../../scripts/lib/static-server'
import { launchBrowser } from './browser'
import { fixtureSite, type FixtureOptions } from './fixture-site'

export interface ServedFixture {
  readonly browser: Browser
  /** The site's address, its path prefix included. */
  readonly url: string
}

/** Builds (or finds built) `fixture` with `options`, serves it under `prefix`, and launches Chromium, for the file's tests. */
export function servedFixture(fixture: string, options: FixtureOptions = {}, prefix?: string): ServedFixture {
  let browser: Browser | undefined
  let server: StaticServer | undefined
  beforeAll(async () => {
    const site = await fixtureSite(fixture, options)
    if (site.build.code !== 0) throw new Error(`The ${fixture} fixture did not build:\n${site.build.output.slice(-4000)}`)
    server = await site.serve(prefix)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`The ${fixture} fixture is not served yet: use it inside a test`)
    return value
  }
  return {
    get browser() {
      return ready(browser)
    },
    get url() {
      return ready(server).url
    },
  }
}
