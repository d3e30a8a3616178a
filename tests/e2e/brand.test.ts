/**
 * The starter's own brand (contents/handbook.yml) in Chromium: the logo (and
 * the dark theme's), the header links on desktop and in the drawer on a
 * 390 px phone, the accent colour applied in both themes, and axe's budget
 * with that colour, light and dark. Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { expectNoSeriousViolations } from '../support/axe'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
const HOME = '/'
const PAGE = '/handbook/company/values'
const LINKS = ['Careers (external site)', 'Company website (external site)']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const accent = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())
const visibleTexts = (page: Page, selector: string) => page.$$eval(selector, (links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => link.textContent ?? ''))

describe('desktop, 1280 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the ${colorScheme} logo, the title and the header links, in the accent colour (${colorScheme})`, async () => {
      const { context, page, errors } = await newPage(browser, { viewport: DESKTOP, colorScheme })
      await page.goto(at(PAGE))
      const title = page.locator('a.site-title')
      expect(await title.getAttribute('href')).toMatch(/^\/northwind\/?$/)
      expect((await title.textContent())?.trim()).toBe('Northwind Handbook')
      const logo = page.locator(colorScheme === 'light' ? 'img.site-logo.logo-light' : 'img.site-logo.logo-dark')
      expect(await logo.isVisible()).toBe(true)
      expect(await page.locator(colorScheme === 'light' ? 'img.logo-dark' : 'img.logo-light').isVisible()).toBe(false)
      const box = await logo.boundingBox()
      expect(box?.height).toBe(32)
      expect(await visibleTexts(page, '.site-header .header-links a')).toEqual(LINKS)
      expect(await visibleTexts(page, '.drawer-links a')).toEqual([])
      // #0f766e passes 4.5:1 on white as it is; the dark theme uses a lighter shade of it.
      expect(await accent(page)).toBe(colorScheme === 'light' ? '#0f766e' : '#17b7aa')
      expect(await page.locator('footer.site-footer a[href^="mailto:"]').isVisible()).toBe(true)
      await screenshot(page, `brand-desktop-${colorScheme}`)
      await expectNoSeriousViolations(page, `${PAGE} (desktop, ${colorScheme})`)
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('keeps the theme toggle and the logo in step: the toggled dark theme shows the dark logo', async () => {
    const { context, page } = await newPage(browser, { viewport: DESKTOP, colorScheme: 'light' })
    await page.goto(at(HOME))
    await page.click('[data-theme-toggle]')
    expect(await page.locator('img.logo-dark').isVisible()).toBe(true)
    expect(await accent(page)).toBe('#17b7aa')
    await expectNoSeriousViolations(page, `${HOME} (desktop, toggled dark)`)
    await context.close()
  })
})

describe('phone, 390 px', () => {
  for (const [url, colorScheme] of [
    [HOME, 'light'],
    [PAGE, 'dark'],
  ] as const) {
    it(`moves the header links into the menu drawer on ${url} (${colorScheme})`, async () => {
      const { context, page, errors } = await newPage(browser, { viewport: PHONE, colorScheme })
      await page.goto(at(url))
      expect(await page.locator('img.site-logo').first().isVisible()).toBe(colorScheme === 'light')
      expect(await visibleTexts(page, '.site-header .header-links a')).toEqual([])
      await screenshot(page, `brand-phone-${colorScheme}${url === HOME ? '-home' : ''}`)
      await expectNoSeriousViolations(page, `${url} (phone, ${colorScheme})`)
      await page.click('[data-menu-button]')
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawer-open'))
      await page.waitForTimeout(250)
      expect(await visibleTexts(page, '[data-sidebar] .drawer-links a')).toEqual(LINKS)
      await screenshot(page, `brand-phone-drawer-${colorScheme}${url === HOME ? '-home' : ''}`)
      await expectNoSeriousViolations(page, `${url} (phone drawer, ${colorScheme})`)
      await page.keyboard.press('Escape')
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-drawer-open'))).toBe(false)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
