import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { routeManifestReader, writeRouteManifest } from '../../../src/content/load/route-manifest'
import type { RouteManifest } from '../../../src/content/markdown/mdx'
import { NO_PEOPLE } from '../../support/people'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-manifest-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const manifest = (url: string): RouteManifest => ({
  people: NO_PEOPLE,
  site: { siteUrl: 'https://x.test', pathPrefix: '' },
  hrefPrefix: '',
  routes: [{ sourcePath: 'a.mdx', url }],
  files: [],
  mdx: { '/content/a.mdx': { sourcePath: 'a.mdx', url } },
})

describe('the route manifest file', () => {
  it('is read back as written, once while it is unchanged, again after it changes', () => {
    const file = path.join(dir, 'routes.json')
    writeRouteManifest(file, manifest('/a'))
    const read = routeManifestReader(file)
    const first = read()
    expect(first).toEqual(manifest('/a'))
    expect(read()).toBe(first)
    writeRouteManifest(file, manifest('/b'))
    // A later modification time, even on file systems with coarse timestamps.
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000))
    expect(read().routes[0]!.url).toBe('/b')
  })
})
