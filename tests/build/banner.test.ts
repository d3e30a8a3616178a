/**
 * The announcement banner in the built pages of the reader-tools fixture
 * (whose build the other tests of issue 32 share): above the header of every
 * page, its Markdown sanitized with site links prefixed, dismissible only with
 * JavaScript, and hidden before the first paint once dismissed (the head's
 * rule names its id; the head's script copies the dismissed ids onto <html>).
 * An ended banner is not rendered: tests/unit/features/banner/chrome.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type FixtureSite } from '../support/fixture-site'
import { parseHtml } from '../support/html'

let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('reader-tools')
  if (site.build.code !== 0) console.error(site.build.output)
})

describe('the announcement banner', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
  })

  it('is above the header of every page, the home page and pages made from data included', () => {
    const urls = [...site.pages().keys()]
    expect(urls).toEqual(expect.arrayContaining(['/', '/handbook/values', '/changes']))
    for (const url of urls) {
      const html = site.page(url)
      const banner = parseHtml(html).querySelectorAll('.announcement-banner')
      expect(banner, url).toHaveLength(1)
      expect(html.indexOf('class="announcement-banner"'), url).toBeLessThan(html.indexOf('class="site-header"'))
    }
  })

  it('is a named region with its Markdown rendered, and a dismiss button with a name', () => {
    const banner = site.html('/handbook/values').querySelector('.announcement-banner')!
    expect(banner.tagName).toBe('SECTION')
    expect(banner.getAttribute('role')).toBe('region')
    expect(banner.getAttribute('aria-label')).toBe('Announcement')
    expect(banner.getAttribute('data-banner-id')).toBe('enrolment-2026')
    expect(banner.querySelector('.announcement-banner-text')!.innerHTML).toBe('<p>Benefits enrolment closes <strong>Friday</strong>: see <a href="/handbook/time-off">Time off</a></p>')
    expect(banner.querySelector('button[data-banner-dismiss]')!.getAttribute('aria-label')).toBe('Dismiss announcement')
  })

  it('is hidden before the first paint once dismissed: the head names its id and reads the dismissed ones', () => {
    const head = site.html('/handbook/values').querySelector('head')!
    expect(head.querySelector('style[data-banner]')!.textContent).toBe('html[data-banner-dismissed~="enrolment-2026"] .announcement-banner{display:none}')
    const script = head.querySelectorAll('script').find((element) => element.textContent.includes('handbook-theme'))!
    expect(script.textContent).toContain("localStorage.getItem('handbook-banner-dismissed')")
  })
})
