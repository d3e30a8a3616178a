/**
 * Glossary terms in the browser (the `reader-tools` fixture): a marked
 * term's tooltip opens when the keyboard focuses it (Tab) and on a tap
 * (a second tap follows the link to its entry), Escape hides it without
 * moving focus, and the page and /glossary pass axe with a tooltip open.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DESKTOP, newPage, PHONE, screenshot } from '../support/browser'
import { expectNoSeriousViolations } from '../support/axe'
import { servedFixture } from '../support/served-fixture'

const served = servedFixture('reader-tools')

const PTO = '.markdown .glossary-term:has(a[href$="/glossary#pto"])'

/** Tabs through the page until the PTO term's link has focus (at most 40 presses). */
async function tabToTerm(page: Page): Promise<number> {
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((selector) => document.activeElement === document.querySelector(`${selector} > a`), PTO)) return presses
  }
  throw new Error('Tab never reached the glossary term')
}

describe('glossary terms', () => {
  it('show their definition when the keyboard focuses them, described to screen readers, and Escape hides it', async () => {
    const { context, page, errors } = await newPage(served.browser, { viewport: DESKTOP })
    await page.goto(`${served.url}/handbook/benefits`, { waitUntil: 'networkidle' })
    const tip = page.locator(`${PTO} [role="tooltip"]`)
    expect(await tip.isVisible()).toBe(false)
    await tabToTerm(page)
    expect(await tip.isVisible()).toBe(true)
    expect((await tip.textContent())?.trim()).toBe('Paid time off, the days you take off with pay. See Time off.')
    // The link's accessible description is the definition (aria-describedby), as Chromium computes it.
    const cdp = await context.newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string }; description?: { value: string } }> }
    const link = nodes.find((node) => node.role?.value === 'link' && node.name?.value === 'PTO')
    expect(link?.description?.value).toBe('Paid time off, the days you take off with pay. See Time off.')
    await screenshot(page, 'glossary-focus-desktop')
    await expectNoSeriousViolations(page, 'glossary term focused')
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(`${selector} > a`), PTO)).toBe(true)
    // Enter follows the link to the entry.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    await Promise.all([page.waitForURL(/\/glossary#pto$/), page.keyboard.press('Enter')])
    expect(errors).toEqual([])
    await context.close()
  })

  it('show their definition on hover', async () => {
    const { context, page } = await newPage(served.browser, { viewport: DESKTOP, colorScheme: 'dark' })
    await page.goto(`${served.url}/handbook/goals`, { waitUntil: 'networkidle' })
    const term = page.locator('.markdown .glossary-term').first()
    await term.locator('a').hover()
    expect(await term.locator('[role="tooltip"]').isVisible()).toBe(true)
    await screenshot(page, 'glossary-hover-desktop-dark')
    await context.close()
  })

  for (const width of [390, 320]) {
    it(`open on a first tap and follow the link on a second, on a ${width} px phone`, async () => {
      const { context, page, errors } = await newPage(served.browser, { viewport: PHONE })
      await page.setViewportSize({ width, height: PHONE.height })
      await page.goto(`${served.url}/handbook/benefits`, { waitUntil: 'networkidle' })
      const tip = page.locator(`${PTO} [role="tooltip"]`)
      await page.locator(`${PTO} > a`).tap()
      expect(await tip.isVisible()).toBe(true)
      expect(page.url()).toMatch(/\/handbook\/benefits$/)
      // On a phone the tooltip is a panel inside the screen, whatever the term's place.
      const box = (await tip.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await screenshot(page, `glossary-tap-${width}`)
      await expectNoSeriousViolations(page, `glossary term tapped at ${width} px`)
      // A tap elsewhere closes it; a tap on the open term follows its link.
      await page.locator('.markdown h2').first().tap()
      expect(await tip.isVisible()).toBe(false)
      await page.locator(`${PTO} > a`).tap()
      expect(await tip.isVisible()).toBe(true)
      await Promise.all([page.waitForURL(/\/glossary#pto$/), page.locator(`${PTO} > a`).tap()])
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('/glossary passes axe', async () => {
    const { context, page } = await newPage(served.browser, { viewport: DESKTOP })
    await page.goto(`${served.url}/glossary`, { waitUntil: 'networkidle' })
    expect(await page.locator('.glossary > dt').count()).toBe(4)
    await screenshot(page, 'glossary-page-desktop')
    await expectNoSeriousViolations(page, '/glossary')
    await context.close()
  })
})
