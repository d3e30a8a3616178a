/**
 * The starter's home page as a reader finds it (issue 30): its sidebar
 * beside it on a desktop, in the menu drawer on a phone; no link on it, or
 * on a content page, that leads to the page it is on (the sidebar's current
 * item may, marked aria-current="page", as Starlight and Docusaurus mark
 * theirs); the section cards' folded pages open without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The links of the page that lead to the page itself (an anchor on it aside), with their text and aria-current. */
function selfLinks(page: Page) {
  return page.evaluate(() => {
    const here = (href: string) => href.replace(/\/$/, '')
    return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => !a.hash && here(a.href.split('?')[0]!) === here(location.href.split(/[?#]/)[0]!))
      .map((a) => ({ text: a.textContent?.trim(), current: a.getAttribute('aria-current'), where: a.closest('nav, header, section, main')?.className ?? '' }))
  })
}

describe('the home page', () => {
  it('has its sidebar beside it on a desktop, and no link to itself but the header title, marked as the current page (nor has a content page, but its sidebar item)', async () => {
    const { context, page, errors } = await newPage(browser, { viewport: DESKTOP })
    await page.goto(at('/'))
    const sidebar = page.locator('nav#site-sidebar')
    expect(await sidebar.isVisible()).toBe(true)
    expect(await sidebar.getAttribute('aria-label')).toBe('Handbook pages')
    expect(await sidebar.getByRole('link', { name: 'Start here', exact: true }).isVisible()).toBe(true)
    expect(await page.locator('[data-menu-button]').isVisible()).toBe(false)
    expect(await selfLinks(page)).toEqual([{ text: 'Northwind Handbook', current: 'page', where: 'site-header' }])
    // A card of more than its first pages folds the rest, opened with no script (a <details>).
    const folded = page.locator('.section-card details').first()
    expect(await folded.locator('summary').textContent()).toMatch(/^\d+ more pages?$/)
    await folded.locator('summary').click()
    expect(await folded.locator('a').first().isVisible()).toBe(true)
    await screenshot(page, 'home-desktop-sidebar')
    // A content page, in the same tab: its sidebar item links to it, marked; its last breadcrumb is text.
    await page.goto(at('/handbook/company/values'))
    expect(await page.locator('.breadcrumbs [aria-current="page"]').evaluate((crumb) => crumb.tagName)).toBe('SPAN')
    expect(await selfLinks(page)).toEqual([{ text: 'Values', current: 'page', where: 'sidebar' }])
    expect(errors).toEqual([])
    await context.close()
  })

  it('opens its sidebar in the menu drawer on a phone', async () => {
    const { context, page, errors } = await newPage(browser, { viewport: PHONE })
    await page.goto(at('/'))
    const drawer = page.locator('[data-sidebar]')
    await drawer.waitFor({ state: 'hidden' })
    await page.locator('[data-menu-button]').click()
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-drawer-open'))
    expect(await drawer.isVisible()).toBe(true)
    const pages = await drawer.locator('.sb-link').evaluateAll((links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => link.textContent))
    expect(pages).toContain('Start here')
    expect(pages.length).toBeGreaterThan(5)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width)
    await screenshot(page, 'home-phone-drawer')
    expect(errors).toEqual([])
    await context.close()
  })
})
