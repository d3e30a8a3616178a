/**
 * The header with a company's long title: tests/fixtures/brand (its
 * handbook.yml names it in 60 characters, with a logo and two header links),
 * the build tests/build/brand.test.ts makes, shared through the fixture-site
 * cache. At 320, 390, 768 and 1280 px, light and dark: the page is as wide
 * as the screen, the menu button, search and theme toggle on it; on phones
 * the logo alone (the title kept for screen readers), at 768 px the title
 * cut with an ellipsis, at 1280 px whole. Screenshots in
 * test-results/screenshots (header-<width>-<theme>.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, screenshot } from '../support/browser'
import { servedFixture } from '../support/served-fixture'

// The settings tests/build/brand.test.ts builds the fixture with: one build for both.
const PREFIX = '/acme'
const TITLE = 'The Acme Corporation Handbook: how we work together each day'

const served = servedFixture('brand', { env: { HANDBOOK_PATH_PREFIX: PREFIX } }, PREFIX)

interface Box {
  left: number
  right: number
  width: number
}

/** What the header shows, measured in the page: the document's width, the boxes of its controls, how the title is drawn. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string): Box | null => {
      const element = document.querySelector(selector)
      if (!element || (element as HTMLElement).offsetParent === null) return null
      const rect = element.getBoundingClientRect()
      return { left: rect.left, right: rect.right, width: rect.width }
    }
    const link = document.querySelector<HTMLElement>('a.site-title')!
    const text = document.querySelector<HTMLElement>('.site-title-text')!
    const logo = [...document.querySelectorAll<HTMLElement>('img.site-logo')].find((img) => img.offsetParent !== null)
    return {
      documentWidth: document.documentElement.scrollWidth,
      controls: { menu: box('[data-menu-button]'), search: box('.header-search'), toggle: box('[data-theme-toggle]') },
      title: {
        tooltip: link.getAttribute('title'),
        text: text.textContent,
        // Hidden for the eye only: 1 px, clipped (the screen-reader pattern), or cut: its text wider than its box.
        hidden: text.getBoundingClientRect().width <= 1,
        cut: link.scrollWidth > link.clientWidth || text.scrollWidth > text.clientWidth,
        ellipsis: getComputedStyle(text).textOverflow === 'ellipsis' || getComputedStyle(link).textOverflow === 'ellipsis',
        right: link.getBoundingClientRect().right,
      },
      logo: logo ? logo.getBoundingClientRect().width : 0,
      links: box('.site-header .header-links'),
    }
  })
}

/** How the title shows at each width: the logo alone on phones, cut at 768 px, whole on a desktop. */
const EXPECTED = { 320: 'hidden', 390: 'hidden', 768: 'cut', 1280: 'whole' } as const

describe('the header with a 60-character title', () => {
  // One page, resized and re-themed: the header answers to media queries alone, and a page load per case would cost seconds.
  let page: Page
  let errors: string[]
  let close: () => Promise<void>
  beforeAll(async () => {
    const opened = await newPage(served.browser, { viewport: { width: 1280, height: 700 } })
    page = opened.page
    errors = opened.errors
    close = () => opened.context.close()
    await page.goto(`${served.url}/guide`)
  })
  afterAll(() => close?.())

  for (const width of [320, 390, 768, 1280] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`fits ${width} px (${colorScheme}): no sideways scrolling, every control on screen, the title ${EXPECTED[width]}`, async () => {
        await page.setViewportSize({ width, height: 700 })
        await page.emulateMedia({ colorScheme })
        const header = await measure(page)
        expect(header.documentWidth).toBe(width)
        // The menu button is there below 56rem (the sidebar is beside the page above it).
        expect(header.controls.menu === null).toBe(width >= 896)
        for (const [name, control] of Object.entries(header.controls)) {
          if (control === null && name === 'menu') continue
          expect(control, name).not.toBeNull()
          expect(control!.left, name).toBeGreaterThanOrEqual(0)
          expect(control!.right, name).toBeLessThanOrEqual(width)
          expect(control!.width, name).toBeGreaterThanOrEqual(32)
        }
        // The title ends before the header links and the search begin.
        expect(header.title.right).toBeLessThanOrEqual((header.links ?? header.controls.search)!.left)
        expect(header.logo).toBeGreaterThan(0)
        expect(header.title.text).toBe(TITLE)
        expect(header.title.tooltip).toBe(TITLE)
        expect(header.title.hidden).toBe(EXPECTED[width] === 'hidden')
        if (EXPECTED[width] === 'cut') expect(header.title.cut && header.title.ellipsis).toBe(true)
        if (EXPECTED[width] === 'whole') expect(header.title.cut).toBe(false)
        // Its accessible name is the whole title, whatever the eye sees.
        expect(await page.getByRole('link', { name: TITLE, exact: true }).count()).toBe(1)
        await screenshot(page, `header-${width}-${colorScheme}`)
        expect(errors).toEqual([])
      })
    }
  }
})
