/**
 * Who owns a page and whether it is current, as a reader on a phone sees
 * it: the owner line under the title, the review note of a page past its
 * date (the starter's one stale example, on the tests' HANDBOOK_TODAY), and
 * none on a page that is current.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
const prefix = new URL(siteUrl).pathname

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('owners and review dates', () => {
  it('a stale page says so under its title, with who to ask, readable on a phone', async () => {
    const { page, context, errors } = await newPage(browser, { viewport: PHONE })
    await page.goto(at('/editing/stale-page-example'))
    const owner = page.locator('.article-header .article-line-owners')
    await expect(owner.textContent()).resolves.toBe('Owned by Daniel Wright')
    await expect(owner.locator('a').getAttribute('href')).resolves.toBe(`${prefix}/people#daniel_wright`)
    const note = page.getByRole('note')
    await expect(note.textContent()).resolves.toBe('This page was last reviewed on November 3, 2025 and may be out of date. Ask Daniel Wright.')
    // Right under the title, before the page's text, and inside the phone's width.
    const [header, box, body] = await Promise.all([page.locator('.article-header').boundingBox(), note.boundingBox(), page.locator('.markdown').boundingBox()])
    expect(box!.y).toBeGreaterThan(header!.y)
    expect(box!.y).toBeLessThan(body!.y)
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'stale-note-phone')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a current page has its owner line and no note; clicking the team lands on its page', async () => {
    const { page, context } = await newPage(browser, { viewport: DESKTOP })
    await page.goto(at('/handbook/operations/tools'))
    await expect(page.locator('.article-line-owners').textContent()).resolves.toMatch(/^Owned by Platform\. Ask in #team-platform$/)
    await expect(page.getByRole('note').count()).resolves.toBe(0)
    await page.locator('.article-line-owners').getByRole('link', { name: 'Platform', exact: true }).click()
    await page.waitForURL(/\/teams\/platform$/)
    await expect(page.locator('#pages').textContent()).resolves.toMatch(/^Pages the team owns \(\d+\)$/)
    await expect(page.locator('.team-owned a', { hasText: 'Tools' }).count()).resolves.toBe(1)
    await context.close()
  })
})
