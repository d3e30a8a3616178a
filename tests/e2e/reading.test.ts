/**
 * The starter handbook as readers use it, in Chromium: desktop and a 390 px
 * phone, with and without JavaScript. Screenshots of the key pages are kept
 * in test-results/screenshots for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'
import { STARTER_SITE } from '../support/fixture-settings'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const KEY_PAGES: Record<string, string> = {
  home: '/',
  management: '/handbook/company/management',
  'career-progression': '/handbook/people/career-progression',
  markdown: '/editing/markdown',
  'mdx-components': '/editing/mdx-components',
  tokyo: '/handbook/offices/tokyo',
  'not-found': '/handbook/no-such-page',
}

describe('key pages', () => {
  for (const [name, url] of Object.entries(KEY_PAGES)) {
    it(`${name} renders without errors on desktop and phone`, async () => {
      for (const [label, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        const { context, page, errors } = await newPage(browser, { viewport })
        const response = await page.goto(at(url))
        expect(response?.status(), url).toBe(name === 'not-found' ? 404 : 200)
        await expect(page.locator('h1').count()).resolves.toBe(1)
        // Nothing wider than the screen: text wraps and tables/code scroll inside themselves.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${label} horizontal overflow on ${url}`).toBeLessThanOrEqual(0)
        await screenshot(page, `${name}-${label}`)
        // The browser logs the missing page's own 404 status; nothing else may fail.
        const unexpected = name === 'not-found' ? errors.filter((e) => !e.includes('status of 404')) : errors
        expect(unexpected, `${label} ${url}`).toEqual([])
        await context.close()
      }
    })
  }

  it('a dark-mode screenshot of a page with code', async () => {
    const { context, page } = await newPage(browser, { colorScheme: 'dark' })
    await page.goto(at('/handbook/operations/security'))
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)')
    await screenshot(page, 'security-dark-desktop')
    await context.close()
  })
})

describe('with JavaScript off', () => {
  it('pages read fully and the sidebar navigates', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(at('/handbook/company/management'))
    await expect(page.locator('main h1').textContent()).resolves.toBe('Management')
    expect(await page.locator('main .markdown p').count()).toBeGreaterThan(3)
    const sidebar = page.getByRole('navigation', { name: 'Handbook pages' })
    await expect(sidebar.isVisible()).resolves.toBe(true)
    await sidebar.getByRole('link', { name: 'Values', exact: true }).click()
    await page.waitForURL(/\/handbook\/company\/values$/)
    await expect(page.locator('main h1').textContent()).resolves.toBe('Values')
    await screenshot(page, 'values-no-js-desktop')
    await context.close()
  })

  it('on a phone, the sidebar is still reachable', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false, viewport: PHONE })
    await page.goto(at('/handbook/company/values'))
    const link = page.getByRole('navigation', { name: 'Handbook pages' }).getByRole('link', { name: 'Management', exact: true })
    await link.scrollIntoViewIfNeeded()
    await expect(link.isVisible()).resolves.toBe(true)
    await context.close()
  })
})

describe('interactive parts', () => {
  it('the theme toggle switches to dark and the choice survives a navigation', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/company/values'))
    const toggle = page.locator('[data-theme-toggle]')
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false')
    await toggle.click()
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await page.getByRole('navigation', { name: 'Handbook pages' }).getByRole('link', { name: 'Management', exact: true }).click()
    await page.waitForURL(/\/management$/)
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark')
    await expect(page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBe('true')
    await context.close()
  })

  it('the current page is marked in the sidebar and its group is open', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/people/compensation'))
    const current = page.locator('[data-sidebar] a[aria-current="page"]')
    await expect(current.textContent()).resolves.toBe('Compensation')
    await expect(current.isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('sidebar groups collapse and expand from the keyboard', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/people/compensation'))
    const toggle = page.locator('.sb-group:has(a[aria-current="page"]) > * [data-sidebar-toggle], .sb-group:has(a[aria-current="page"]) > [data-sidebar-toggle]').first()
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.locator('[data-sidebar] a[aria-current="page"]').isVisible()).resolves.toBe(false)
    await page.keyboard.press('Space')
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(page.locator('[data-sidebar] a[aria-current="page"]').isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('on a phone the menu opens a drawer that keeps focus and closes with Escape', async () => {
    const { context, page } = await newPage(browser, { viewport: PHONE })
    await page.goto(at('/handbook/company/values'))
    const menu = page.locator('[data-menu-button]')
    const drawer = page.locator('[data-sidebar]')
    await drawer.waitFor({ state: 'hidden' })
    await menu.click()
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(drawer.isVisible()).resolves.toBe(true)
    await screenshot(page, 'drawer-open-phone')
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const inside = await page.evaluate(() => {
        const active = document.activeElement
        return !!active && (!!active.closest('[data-sidebar]') || active.matches('[data-menu-button]'))
      })
      expect(inside, `focus left the drawer after ${i + 1} Tab presses`).toBe(true)
    }
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.evaluate(() => document.activeElement?.matches('[data-menu-button]'))).resolves.toBe(true)
    // Following a link closes it too.
    await menu.click()
    await drawer.getByRole('link', { name: 'Management', exact: true }).click()
    await page.waitForURL(/\/management$/)
    await page.locator('[data-sidebar]').waitFor({ state: 'hidden' })
    await context.close()
  })

  it('table of contents links jump to the heading and scroll-spy marks the section', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/people/compensation'))
    const links = page.locator('aside.toc a[data-toc-link]')
    expect(await links.count()).toBeGreaterThanOrEqual(2)
    const second = links.nth(1)
    const hash = (await second.getAttribute('href'))!
    await second.click()
    await page.waitForFunction(
      (id) => {
        const heading = document.getElementById(id)
        return !!heading && Math.abs(heading.getBoundingClientRect().top - 100) < 80
      },
      decodeURIComponent(hash.slice(1)),
    )
    await page.waitForFunction((href) => document.querySelector(`aside.toc a[href="${href}"]`)?.hasAttribute('data-active'), hash)
    await expect(page.locator('aside.toc a[data-active]').count()).resolves.toBe(1)
    await context.close()
  })
})

describe('around the content', () => {
  it('breadcrumbs lead back up the sidebar', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/people/feedback'))
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.locator('li').allTextContents()).resolves.toEqual(['People', 'Feedback'])
    await expect(crumbs.locator('[aria-current="page"]').textContent()).resolves.toBe('Feedback')
    await crumbs.getByRole('link', { name: 'People' }).click()
    await page.waitForURL(/\/handbook\/people$/)
    await expect(page.locator('main h1').textContent()).resolves.toBe('People')
    await context.close()
  })

  it('previous and next follow the sidebar order, across groups', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/company/communication'))
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' })
    await expect(pager.locator('[rel="prev"] .page-nav-title').textContent()).resolves.toBe('Structure')
    // The last page of "Company" is followed by the "People" group's own page.
    await pager.locator('[rel="next"]').click()
    await page.waitForURL(/\/handbook\/people$/)
    await page.getByRole('navigation', { name: 'Previous and next pages' }).locator('[rel="next"]').click()
    await page.waitForURL(/\/handbook\/people\/onboarding$/)
    await context.close()
  })
})

describe('page feedback as a link (the starter sets feedback.url)', () => {
  it("ends a page with a link to the form, filled in with the page's full address and title, reachable by keyboard, with or without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page, errors } = await newPage(browser, { javaScriptEnabled })
      await page.goto(at('/handbook/company/management'))
      const link = page.getByRole('region', { name: 'Page feedback' }).getByRole('link', { name: 'Give feedback on this page' })
      expect(await link.isVisible()).toBe(true)
      const href = new URL((await link.getAttribute('href'))!)
      expect(`${href.origin}${href.pathname}`).toBe('https://northwind.example.com/handbook-feedback')
      expect(href.searchParams.get('page')).toBe(`${STARTER_SITE.HANDBOOK_SITE_URL}${STARTER_SITE.HANDBOOK_PATH_PREFIX}/handbook/company/management`)
      expect(href.searchParams.get('title')).toBe('Management')
      await link.focus()
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Give feedback on this page')
      expect(errors).toEqual([])
      await context.close()
    }
  })
})
