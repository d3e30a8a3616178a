/**
 * A handbook hosted under a sub-path (a GitHub Pages project site), built
 * from a content folder given as a relative path: every link and asset
 * carries the prefix and resolves when served there.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'
import type { StaticServer } from '../../scripts/lib/static-server'

const PREFIX = '/acme/handbook'
let site: FixtureSite
let build: BuildResult
let server: StaticServer

beforeAll(async () => {
  site = await fixtureSite('real-world', { relativeContentDir: true, env: { HANDBOOK_PATH_PREFIX: `${PREFIX}/`, HANDBOOK_SITE_URL: 'https://acme.example.io' } })
  build = site.build
  if (build.code !== 0) console.error(build.output)
  server = await site.serve(PREFIX)
})

afterAll(async () => {
  await server?.close()
})

describe('a handbook under a path prefix, content folder given relatively', () => {
  it('builds', () => {
    expect(build.code).toBe(0)
  })

  it('prefixes every internal link, image, script, stylesheet and icon', () => {
    const root = parseHtml(site.page('/company/management'))
    const internal = root
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith('/'))
    expect(internal.length).toBeGreaterThan(5)
    for (const href of internal) expect(href, href).toMatch(new RegExp(`^${PREFIX}(/|$)`))
    expect(internal).toEqual(expect.arrayContaining([`${PREFIX}/company/structure`, `${PREFIX}/people/compensation#severance`]))

    const assets = [...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!), ...root.querySelectorAll('link[rel="stylesheet"], link[rel="icon"]').map((l) => l.getAttribute('href')!)]
    expect(assets.length).toBeGreaterThanOrEqual(3)
    for (const asset of assets) expect(asset, asset).toMatch(new RegExp(`^${PREFIX}/`))
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://acme.example.io${PREFIX}/company/management`)

    const image = parseHtml(site.page('/people/compensation')).querySelector('main img')
    expect(image?.getAttribute('src')).toBe(`${PREFIX}/people/images/bands.svg`)
  })

  it('serves every referenced page, asset and file under the prefix', async () => {
    const root = parseHtml(site.page('/people/compensation'))
    const urls = new Set<string>()
    for (const a of root.querySelectorAll('a[href^="/"]')) urls.add(a.getAttribute('href')!.split('#')[0]!)
    for (const element of root.querySelectorAll('img[src^="/"], script[src^="/"]')) urls.add(element.getAttribute('src')!)
    for (const link of root.querySelectorAll('link[href^="/"]')) urls.add(link.getAttribute('href')!)
    expect(urls).toContain(`${PREFIX}/people/bands.csv`)
    for (const url of urls) {
      const response = await fetch(new URL(url, server.url))
      expect(response.status, url).toBe(200)
    }
  })

  it('writes a sitemap of full public addresses and a robots.txt pointing to it', () => {
    const sitemap = fs.readFileSync(path.join(site.publicDir, 'sitemap.xml'), 'utf8')
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs).toContain(`https://acme.example.io${PREFIX}/company/management`)
    expect(locs).toContain(`https://acme.example.io${PREFIX}/${encodeURIComponent('日本語')}/${encodeURIComponent('ようこそ')}`)
    // The fixture's 15 pages and /changes.
    expect(locs).toHaveLength(16)
    expect(locs).toContain(`https://acme.example.io${PREFIX}/changes`)
    expect(locs.some((loc) => loc!.includes('draft-plan'))).toBe(false)
    const robots = fs.readFileSync(path.join(site.publicDir, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: https://acme.example.io${PREFIX}/sitemap.xml`)
  })

  it('publishes each page as Markdown under the prefix, links absolute, and lists the copies in llms.txt', async () => {
    const copy = await fetch(`${server.url}/company/management.md`)
    expect(copy.status).toBe(200)
    const SITE = `https://acme.example.io${PREFIX}`
    expect(await copy.text()).toBe(`# Management

Managers set context. Work happens in [small teams](${SITE}/company/structure), pay follows [our severance policy](${SITE}/people/compensation#severance) and we [write things down](${SITE}/company/values#we-write-things-down). The published page is [on the live site](https://handbook.acme.test/company/values) too.

[Values, linked from raw HTML](${SITE}/company/values), and [a folder page](${SITE}/people) and [an outside link](https://example.org/guide).

## One to ones

Weekly, for thirty minutes.

### Agenda

The report owns the agenda.
`)
    const llms = fs.readFileSync(path.join(site.publicDir, 'llms.txt'), 'utf8')
    expect(llms).toContain(
      `\n## Company\n\n- [Company](${SITE}/company.md): How the company is organised. See management and small teams.\n- [Management](${SITE}/company/management.md): Managers set context. Work happens in small teams, pay follows our severance policy and we write things down. The published page is on the live site too.\n`,
    )
    expect(llms).toContain(`\n- [ようこそ](${SITE}/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%82%88%E3%81%86%E3%81%93%E3%81%9D.md): 東京オフィスへようこそ。入社手続きは人事部が担当します。\n`)
    expect(llms).not.toContain('draft-plan')
    expect(fs.readFileSync(path.join(site.publicDir, 'llms-full.txt'), 'utf8')).toContain('\n# Management\n\nManagers set context.')
    const unicode = await fetch(`${server.url}/${encodeURIComponent('日本語')}/${encodeURIComponent('ようこそ')}.md`)
    expect(unicode.status).toBe(200)
    // Drafts have no copy, as they have no page.
    expect(fs.existsSync(path.join(site.publicDir, 'engineering', 'draft-plan.md'))).toBe(false)
  })
})
