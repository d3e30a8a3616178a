/**
 * The announcement banner in Chromium (the reader-tools fixture, built once
 * for all of issue 32's tests): shown above the header, dismissed with its
 * button (by keyboard), and still hidden after a reload with no flash: hidden
 * already when the document is parsed (DOMContentLoaded), before any module
 * script runs. A banner with a new id shows again. Without JavaScript it is
 * shown and cannot be dismissed. axe on the page; screenshots at 1280, 390
 * and 320 px, light and dark (test-results/screenshots/banner-*.png).
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DESKTOP, newPage, screenshot } from '../support/browser'
import { expectNoSeriousViolations } from '../support/axe'
import { servedFixture } from '../support/served-fixture'

const served = servedFixture('reader-tools')

/** Records, before the page's own scripts, whether the banner is drawn when the document is parsed. */
async function recordBannerAtParse(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const banner = document.querySelector('.announcement-banner')
      ;(window as unknown as { bannerAtParse: string }).bannerAtParse = banner ? getComputedStyle(banner).display : 'absent'
    })
  })
}

const bannerAtParse = (page: Page) => page.evaluate(() => (window as unknown as { bannerAtParse: string }).bannerAtParse)

describe('the announcement banner', () => {
  it('is shown above the header, as a named region, with no serious axe violation', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await page.goto(`${served.url}/handbook/values`)
    const banner = page.getByRole('region', { name: 'Announcement' })
    expect(await banner.isVisible()).toBe(true)
    expect(await banner.textContent()).toContain('Benefits enrolment closes Friday')
    const [bannerBox, headerBox] = [await banner.boundingBox(), await page.locator('.site-header').boundingBox()]
    expect(bannerBox!.y + bannerBox!.height).toBeLessThanOrEqual(headerBox!.y + 1)
    await expectNoSeriousViolations(page, 'banner')
    expect(errors).toEqual([])
    await context.close()
  })

  it('dismisses with the keyboard and stays dismissed after a reload, hidden before the first paint', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await recordBannerAtParse(page)
    await page.goto(`${served.url}/handbook/values`)
    expect(await bannerAtParse(page)).toBe('flex')
    await page.getByRole('button', { name: 'Dismiss announcement' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.locator('.announcement-banner').isVisible()).toBe(false)
    expect(await page.evaluate(() => localStorage.getItem('handbook-banner-dismissed'))).toBe('enrolment-2026')
    // Focus stays at the start of the page, not lost with the button.
    expect(await page.evaluate(() => document.activeElement?.closest('.site-header') !== null)).toBe(true)
    await page.reload()
    expect(await bannerAtParse(page)).toBe('none')
    expect(await page.locator('.announcement-banner').isVisible()).toBe(false)
    await page.goto(`${served.url}/handbook/time-off`)
    expect(await bannerAtParse(page)).toBe('none')
    expect(errors).toEqual([])
    await context.close()
  })

  it('with a new id shows again, whatever banners the reader dismissed before', async () => {
    const { context, page } = await newPage(served.browser)
    await page.addInitScript(() => localStorage.setItem('handbook-banner-dismissed', 'welcome-2025 survey'))
    await recordBannerAtParse(page)
    await page.goto(`${served.url}/handbook/values`)
    expect(await bannerAtParse(page)).toBe('flex')
    expect(await page.locator('.announcement-banner').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Dismiss announcement' }).click()
    expect(await page.evaluate(() => localStorage.getItem('handbook-banner-dismissed'))).toBe('welcome-2025 survey enrolment-2026')
    await context.close()
  })

  it('without JavaScript is shown, with no dismiss button', async () => {
    const { context, page } = await newPage(served.browser, { javaScriptEnabled: false })
    await page.goto(`${served.url}/handbook/values`)
    expect(await page.locator('.announcement-banner').isVisible()).toBe(true)
    expect(await page.locator('[data-banner-dismiss]').isVisible()).toBe(false)
    await context.close()
  })

  it('is drawn at 1280, 390 and 320 px, light and dark', async () => {
    for (const width of [DESKTOP.width, 390, 320]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { context, page } = await newPage(served.browser, { viewport: { width, height: 640 }, colorScheme })
        await page.goto(`${served.url}/handbook/values`)
        const banner = await page.locator('.announcement-banner').boundingBox()
        expect(banner!.width).toBeLessThanOrEqual(width)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await screenshot(page, `banner-${width}-${colorScheme}`)
        await context.close()
      }
    }
  })
})
