/**
 * Page feedback in the built pages of the reader-tools fixture (endpoint
 * mode; the link of url mode is made and tested without Gatsby:
 * tests/unit/shared/feedback.test.ts): the widget at the end of every page
 * but one that says `feedback: false`, hidden until its script runs, with the
 * endpoint and the page's path it posts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type FixtureSite } from '../support/fixture-site'

let site: FixtureSite

beforeAll(async () => {
  site = await fixtureSite('reader-tools')
  if (site.build.code !== 0) console.error(site.build.output)
})

describe('page feedback', () => {
  it('builds', () => {
    expect(site.build.code).toBe(0)
  })

  it('is at the end of every content page, hidden without JavaScript, with the endpoint and the page it posts', () => {
    for (const url of ['/handbook', '/handbook/people', '/handbook/time-off', '/handbook/values']) {
      const widget = site.html(url).querySelectorAll('.page-feedback')
      expect(widget, url).toHaveLength(1)
      expect(widget[0]!.hasAttribute('hidden'), url).toBe(true)
      expect(widget[0]!.getAttribute('data-feedback-endpoint')).toBe('https://feedback.example.com/handbook')
      expect(widget[0]!.getAttribute('data-feedback-page')).toBe(url)
    }
  })

  it('asks in a fieldset with a legend, the comment labelled, the thanks in a live region', () => {
    const widget = site.html('/handbook/values').querySelector('.page-feedback')!
    expect(widget.querySelector('fieldset legend')!.textContent).toBe('Was this page helpful?')
    expect(widget.querySelectorAll('[data-feedback-answer]').map((button) => button.textContent)).toEqual(['Yes', 'No'])
    const textarea = widget.querySelector('textarea')!
    expect(widget.querySelector(`label[for="${textarea.getAttribute('id')}"]`)).not.toBeNull()
    expect(widget.querySelector('[role="status"]')).not.toBeNull()
  })

  it('is not on a page whose frontmatter says feedback: false', () => {
    expect(site.page('/handbook/contact')).toContain('asks for no feedback')
    expect(site.html('/handbook/contact').querySelectorAll('.page-feedback')).toHaveLength(0)
  })
})
