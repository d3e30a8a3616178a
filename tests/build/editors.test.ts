/**
 * What editors rely on in a built site: broken links stop the build unless
 * HANDBOOK_BROKEN_LINKS=warn; moved pages keep their old URLs (static
 * redirect pages and `_redirects`); each page shows when it last changed
 * and where to edit it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type BuildResult, type CheckedFixture, type FixtureSite } from '../support/fixture-site'
import { MOVED_PAGES_SITE } from '../support/fixture-settings'
import { parseHtml } from '../support/html'

let site: FixtureSite
let content: string
let strict: CheckedFixture
let lenient: BuildResult

beforeAll(async () => {
  strict = await checkFixture('moved-pages')
  site = await fixtureSite('moved-pages', { env: MOVED_PAGES_SITE })
  content = site.content
  lenient = site.build
  if (lenient.code !== 0) console.error(lenient.output)
})

describe('broken links', () => {
  it('fail the build, at their line', () => {
    expect(strict.code).not.toBe(0)
    expect(strict.output).toContain(`${content}/index.md:6:1: error: broken link "guide/nowhere.md": no page file guide/nowhere.md.`)
  })

  it('are warnings with HANDBOOK_BROKEN_LINKS=warn', () => {
    expect(lenient.code).toBe(0)
    expect(lenient.output).toContain(`${content}/index.md:6:1: warning: broken link "guide/nowhere.md"`)
  })
})

describe('moved pages', () => {
  it('get a static redirect page at each old URL', () => {
    for (const old of ['guide/old-home', 'guide/old-name', 'legacy/guide']) {
      const html = fs.readFileSync(path.join(site.publicDir, old, 'index.html'), 'utf8')
      const root = parseHtml(html)
      expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), old).toBe('0; url=/docs/guide/new-home')
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://handbook.acme.test/docs/guide/new-home')
      expect(root.querySelector('a')?.getAttribute('href')).toBe('/docs/guide/new-home')
      expect(html).not.toContain('<script')
    }
  })

  it('are listed in _redirects', () => {
    expect(fs.readFileSync(path.join(site.publicDir, '_redirects'), 'utf8').trim().split('\n')).toEqual([
      '/docs/guide/old-home /docs/guide/new-home 301',
      '/docs/guide/old-name /docs/guide/new-home 301',
      '/docs/legacy/guide /docs/guide/new-home 301',
    ])
  })
})

describe('each page', () => {
  it('links to its file in the repository and shows when it last changed', () => {
    const root = parseHtml(site.page('/guide/new-home'))
    expect(root.querySelector('a.edit-link')?.getAttribute('href')).toBe('https://github.com/acme/handbook/edit/main/docs/guide/new-home.md')
    const time = root.querySelector('.last-updated time')
    const modified = fs.statSync(path.join(content, 'guide', 'new-home.md')).mtime
    expect(time?.getAttribute('datetime')).toBe(modified.toISOString())
    expect(time?.textContent).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(modified))
  })
})
