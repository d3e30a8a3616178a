/** When Article draws the title as a visually hidden h1 (`showTitle: false`, issue 29). */
import { describe, expect, it } from 'vitest'
import { hidesTitle } from '../../../../src/shared/page-view'

describe('hidesTitle', () => {
  it('is true for a page with showTitle: false whose body has no h1, so screen readers still get one', () => {
    expect(hidesTitle({ showTitle: false, html: '<p>Intro.</p><h2 id="a">A</h2>' })).toBe(true)
    // An .mdx page's body is compiled apart: it gets the hidden h1.
    expect(hidesTitle({ showTitle: false, html: '' })).toBe(true)
  })

  it('is false when the body has an h1 of its own, or the title is shown', () => {
    expect(hidesTitle({ showTitle: false, html: '<h1 id="careers">Careers</h1><p>Intro.</p>' })).toBe(false)
    expect(hidesTitle({ showTitle: false, html: '<H1>Careers</H1>' })).toBe(false)
    expect(hidesTitle({ showTitle: true, html: '<p>Intro.</p>' })).toBe(false)
    // Text that only mentions the tag is escaped in the HTML, and an h10 is no h1.
    expect(hidesTitle({ showTitle: false, html: '<p>&lt;h1&gt; tags</p><h10>x</h10>' })).toBe(true)
  })
})
