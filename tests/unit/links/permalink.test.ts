/** Jekyll's and Eleventy's `permalink:` as the page's URL, and the old address kept when it differs. */
import { describe, expect, it } from 'vitest'
import { permalinkUrl } from '../../../src/content/links/permalink'

describe('permalinkUrl', () => {
  it("reads Jekyll's and Eleventy's forms of a folder's address as the page's URL (the 18F handbook's seven)", () => {
    expect(permalinkUrl('/getting-started/', 'getting-started/index.md')).toEqual({ ok: true, url: '/getting-started' })
    expect(permalinkUrl('/contributing/', 'CONTRIBUTING.md')).toEqual({ ok: true, url: '/contributing' })
    // Eleventy writes the output file, relative to the site's root.
    expect(permalinkUrl('team/values/index.html', 'values.md')).toEqual({ ok: true, url: '/team/values' })
    expect(permalinkUrl('/team/values', 'values.md')).toEqual({ ok: true, url: '/team/values' })
    // Not Hugo's bare name: a permalink is always from the root.
    expect(permalinkUrl('values/', 'company/policies/values.md')).toEqual({ ok: true, url: '/values' })
    expect(permalinkUrl('/', 'home.md')).toEqual({ ok: true, url: '/' })
    expect(permalinkUrl('index.html', 'home.md')).toEqual({ ok: true, url: '/' })
  })

  it('keeps the address the old site served when it is not the URL: a .html file, capitals, what the slug changes', () => {
    expect(permalinkUrl('/team/values.html', 'values.md')).toEqual({ ok: true, url: '/team/values', oldUrl: '/team/values.html' })
    expect(permalinkUrl('/About Us/', 'about.md')).toEqual({ ok: true, url: '/about-us', oldUrl: '/About Us' })
    expect(permalinkUrl('/about%20us/', 'about.md')).toEqual({ ok: true, url: '/about-us', oldUrl: '/about us' })
  })

  it('refuses an address that leaves the site, and says a computed one is not computed here', () => {
    expect(permalinkUrl('https://example.com/x/', 'x.md')).toMatchObject({ ok: false, problem: expect.stringContaining('is a full URL, which would leave the site') })
    expect(permalinkUrl('//example.com/x/', 'x.md')).toMatchObject({ ok: false, problem: expect.stringContaining('starts with "//"') })
    expect(permalinkUrl('/../../etc/', 'x.md')).toMatchObject({ ok: false, problem: expect.stringContaining('leaves the site') })
    for (const computed of ['/blog/{{ page.fileSlug }}/', '/:categories/:title/', '{% if x %}/a/{% endif %}']) {
      expect(permalinkUrl(computed, 'x.md'), computed).toMatchObject({ ok: false, computed: true, problem: expect.stringContaining("is filled in by the old tool's templates") })
    }
  })
})
