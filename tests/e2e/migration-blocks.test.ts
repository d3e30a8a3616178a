/**
 * The blocks of migrated handbooks in the browser (issue 13), on the starter's
 * migration guide (built under the /northwind prefix): tabs follow the
 * WAI-ARIA tabs pattern with JavaScript and read as stacked panels without
 * it; a video is a card that asks nothing of the video host until the reader
 * clicks, then becomes the youtube-nocookie player. The tabs and video code
 * are chunks of their own, loaded from under the prefix. (axe runs on the
 * page in accessibility.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { OUTPUT_FOLDER } from '../../src/shared/output'
import { PHONE, launchBrowser, newPage, screenshot } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
const prefix = new URL(siteUrl).pathname.replace(/\/$/, '')
let browser: Browser

/** The page with a tab group (Docsy tabpane) and a youtube shortcode. */
const MIGRATION_PAGE = '/editing/migrating/'

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The hosts of YouTube and Vimeo, whose every request (page, player, thumbnails) counts. */
const VIDEO_HOST = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com)$/

const group = (page: Page) => page.locator('.markdown .tabs').first()

/** What a screen reader and the eye see of a tab group now. */
function stateOf(tabs: Locator) {
  return tabs.evaluate((root) => {
    const buttons = [...root.querySelectorAll<HTMLElement>('[role="tablist"] > [role="tab"]')]
    const panels = [...root.querySelectorAll<HTMLElement>(':scope > .tab-panel')]
    const shown = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
    return {
      tabs: buttons.map((tab) => ({
        text: tab.textContent ?? '',
        selected: tab.getAttribute('aria-selected'),
        tabIndex: tab.tabIndex,
        controls: tab.getAttribute('aria-controls'),
        id: tab.id,
        tag: tab.tagName,
      })),
      panels: panels.map((panel) => ({
        id: panel.id,
        role: panel.getAttribute('role'),
        labelledBy: panel.getAttribute('aria-labelledby'),
        visible: shown(panel),
        labelVisible: [...panel.querySelectorAll<HTMLElement>(':scope > .tab-label')].some(shown),
      })),
      focused: buttons.indexOf(document.activeElement as HTMLElement),
      focusInPanel: panels.findIndex((panel) => panel.contains(document.activeElement)),
    }
  })
}

const visiblePanels = (state: Awaited<ReturnType<typeof stateOf>>) => state.panels.flatMap((panel, i) => (panel.visible ? [i] : []))
const selectedTabs = (state: Awaited<ReturnType<typeof stateOf>>) => state.tabs.flatMap((tab, i) => (tab.selected === 'true' ? [i] : []))

describe('tabs', () => {
  it('each group gets a tablist of buttons named after its labels, wired to its panels', async () => {
    const { context, page, errors } = await newPage(browser)
    await page.goto(at(MIGRATION_PAGE))
    await page.locator('.markdown .tabs.tabs-ready').first().waitFor()
    const groups = page.locator('.markdown .tabs')
    const count = await groups.count()
    expect(count, 'tab groups on the page').toBeGreaterThanOrEqual(1)
    for (let g = 0; g < count; g++) {
      const tabs = groups.nth(g)
      await expect(tabs.getByRole('tablist').count(), `group ${g + 1}: one tablist`).resolves.toBe(1)
      const labels = await tabs.locator(':scope > .tab-panel > .tab-label').allTextContents()
      const state = await stateOf(tabs)
      expect(labels.length, `group ${g + 1}: panels`).toBeGreaterThanOrEqual(2)
      expect(
        state.tabs.map((tab) => tab.text),
        'one tab per panel, named by its label',
      ).toEqual(labels.map((label) => label.trim()))
      expect(state.tabs.every((tab) => tab.tag === 'BUTTON')).toBe(true)
      state.tabs.forEach((tab, i) => {
        expect(tab.controls).toBe(state.panels[i]!.id)
        expect(state.panels[i]!.role).toBe('tabpanel')
        expect(state.panels[i]!.labelledBy).toBe(tab.id)
      })
      expect(selectedTabs(state), 'the first tab is selected').toEqual([0])
      expect(visiblePanels(state), 'only the first panel shows').toEqual([0])
      expect(
        state.tabs.map((tab) => tab.tabIndex),
        'roving tabindex',
      ).toEqual(state.tabs.map((_, i) => (i === 0 ? 0 : -1)))
      expect(
        state.panels.some((panel) => panel.labelVisible),
        'the bold labels are hidden once the tablist exists',
      ).toBe(false)
    }
    // Generated ids are unique on the page, also with several groups.
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)
      return ids.filter((id, i) => ids.indexOf(id) !== i)
    })
    expect(duplicates).toEqual([])
    // Accessible names as a screen reader gets them.
    const first = group(page)
    const name = (await first.getByRole('tab').first().textContent())!.trim()
    await expect(first.getByRole('tabpanel', { name }).count()).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('arrow keys, Home and End move focus and select (automatic activation); Tab goes to the panel', async () => {
    const { context, page, errors } = await newPage(browser)
    await page.goto(at(MIGRATION_PAGE))
    const tabs = group(page)
    await tabs.locator('[role="tab"]').first().waitFor()
    const last = (await stateOf(tabs)).tabs.length - 1

    await tabs.getByRole('tab').first().focus()
    const expectAt = async (index: number, step: string) => {
      const state = await stateOf(tabs)
      expect(state.focused, `${step}: focused tab`).toBe(index)
      expect(selectedTabs(state), `${step}: aria-selected`).toEqual([index])
      expect(visiblePanels(state), `${step}: visible panel`).toEqual([index])
      expect(state.tabs[index]!.tabIndex, `${step}: the selected tab is the tab stop`).toBe(0)
    }
    await page.keyboard.press('ArrowRight')
    await expectAt(1, 'ArrowRight')
    await page.keyboard.press('End')
    await expectAt(last, 'End')
    await page.keyboard.press('ArrowRight')
    await expectAt(0, 'ArrowRight from the last tab wraps')
    await page.keyboard.press('ArrowLeft')
    await expectAt(last, 'ArrowLeft from the first tab wraps')
    await page.keyboard.press('Home')
    await expectAt(0, 'Home')
    await page.keyboard.press('ArrowRight')
    await screenshot(page, 'tabs-keyboard-desktop')
    // The focus ring shows on the focused tab.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    // Tab leaves the tablist for the shown panel (the other tabs are not tab stops).
    await page.keyboard.press('Tab')
    const afterTab = await stateOf(tabs)
    expect(afterTab.focused, 'focus left the tablist').toBe(-1)
    expect(afterTab.focusInPanel, 'focus is in the selected panel').toBe(1)
    // Shift+Tab comes back to the selected tab.
    await page.keyboard.press('Shift+Tab')
    await expect(stateOf(tabs).then((state) => state.focused)).resolves.toBe(1)
    // A click selects too.
    await tabs.getByRole('tab').first().click()
    const clicked = await stateOf(tabs)
    expect(selectedTabs(clicked)).toEqual([0])
    expect(visiblePanels(clicked)).toEqual([0])
    expect(errors).toEqual([])
    await context.close()
  })

  it('groups are independent: switching one leaves the others as they were', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at(MIGRATION_PAGE))
    await page.locator('.markdown .tabs.tabs-ready').first().waitFor()
    const groups = page.locator('.markdown .tabs')
    const count = await groups.count()
    await groups.first().getByRole('tab').nth(1).click()
    expect(selectedTabs(await stateOf(groups.first()))).toEqual([1])
    for (let g = 1; g < count; g++) expect(selectedTabs(await stateOf(groups.nth(g))), `group ${g + 1}`).toEqual([0])
    await context.close()
  })

  it('fit a 390 px phone', async () => {
    const { context, page } = await newPage(browser, { viewport: PHONE })
    await page.goto(at(MIGRATION_PAGE))
    const tabs = group(page)
    await tabs.locator('[role="tab"]').first().waitFor()
    await tabs.scrollIntoViewIfNeeded()
    await screenshot(page, 'tabs-phone')
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }))
    expect(widths.page, 'no sideways scrolling of the page').toBeLessThanOrEqual(widths.viewport)
    await context.close()
  })

  it('read without JavaScript: every panel shown under its bold label', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(at(MIGRATION_PAGE))
    const tabs = group(page)
    await expect(tabs.locator('[role="tablist"]').count()).resolves.toBe(0)
    const state = await stateOf(tabs)
    expect(state.panels.length).toBeGreaterThanOrEqual(2)
    expect(
      state.panels.every((panel) => panel.visible && panel.labelVisible),
      'every panel and its label visible',
    ).toBe(true)
    const weight = await tabs
      .locator('.tab-label')
      .first()
      .evaluate((label) => Number(getComputedStyle(label).fontWeight))
    expect(weight, 'the label is bold').toBeGreaterThanOrEqual(600)
    await context.close()
  })
})

describe('click-to-load video', () => {
  it('asks nothing of the video host before the click; the click plays it from youtube-nocookie.com', async () => {
    const { context, page, errors } = await newPage(browser)
    const videoRequests: string[] = []
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (VIDEO_HOST.test(url.hostname)) {
        videoRequests.push(url.href)
        return route.abort()
      }
      return url.origin === new URL(siteUrl).origin ? route.continue() : route.abort()
    })
    await page.goto(at(MIGRATION_PAGE), { waitUntil: 'networkidle' })
    const card = page.locator('.markdown .video-embed.video-youtube').first()
    await card.and(page.locator('.video-ready')).waitFor()
    const link = card.locator('a.video-link')
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{6,15}$/)
    await card.scrollIntoViewIfNeeded()
    await link.hover()
    await page.waitForTimeout(200)
    await screenshot(page, 'video-card-desktop')
    expect(videoRequests, 'requests to the video host before the click').toEqual([])
    await expect(card.locator('iframe').count()).resolves.toBe(0)
    // The card is a 16:9 box.
    const box = (await card.boundingBox())!
    expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.05)

    const linkText = (await link.textContent())!.trim()
    const id = new URL((await link.getAttribute('href'))!).searchParams.get('v')!
    const before = page.url()
    await link.click()
    const iframe = card.locator('iframe')
    await iframe.waitFor({ state: 'attached' })
    expect(page.url(), 'the page stays').toBe(before)
    await expect(iframe.getAttribute('src')).resolves.toBe(`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`)
    await expect(iframe.getAttribute('title')).resolves.toBe(linkText)
    await expect(iframe.getAttribute('allow')).resolves.toBe('autoplay; encrypted-media; picture-in-picture')
    await expect(iframe.evaluate((frame) => (frame as HTMLIFrameElement).allowFullscreen)).resolves.toBe(true)
    await expect(card.locator('a.video-link').count(), 'the link card is replaced').resolves.toBe(0)
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('IFRAME')
    await expect.poll(() => videoRequests.length).toBeGreaterThan(0)
    expect(
      videoRequests.every((url) => url.startsWith('https://www.youtube-nocookie.com/embed/')),
      videoRequests.join('\n'),
    ).toBe(true)
    expect(errors.filter((error) => !/ERR_FAILED|net::/.test(error))).toEqual([])
    await context.close()
  })

  it('plays from the keyboard too (Enter on the focused link)', async () => {
    const { context, page } = await newPage(browser)
    await page.route('**/*', (route) => (new URL(route.request().url()).origin === new URL(siteUrl).origin ? route.continue() : route.abort()))
    await page.goto(at(MIGRATION_PAGE))
    const card = page.locator('.markdown .video-embed.video-youtube').first()
    await card.locator('a.video-link').focus()
    await card.and(page.locator('.video-ready')).waitFor()
    await page.keyboard.press('Enter')
    await card.locator('iframe').waitFor({ state: 'attached' })
    await context.close()
  })

  it('without JavaScript the card is a plain link to the video', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false })
    const videoRequests: string[] = []
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (VIDEO_HOST.test(url.hostname)) videoRequests.push(url.href)
      return url.origin === new URL(siteUrl).origin ? route.continue() : route.abort()
    })
    await page.goto(at(MIGRATION_PAGE), { waitUntil: 'networkidle' })
    const link = page.locator('.markdown .video-embed.video-youtube a.video-link').first()
    await expect(link.isVisible()).resolves.toBe(true)
    await expect(link.textContent()).resolves.toMatch(/on YouTube/)
    expect(videoRequests).toEqual([])
    await context.close()
  })
})

describe('chunks', () => {
  it('the tabs and video code load as chunks from under the prefix, only where the page has them', async () => {
    const { context, page } = await newPage(browser)
    const scripts: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.endsWith('.js')) scripts.push(path)
    })
    await page.goto(at(MIGRATION_PAGE), { waitUntil: 'networkidle' })
    // The chunks are imported once the page module has run, which on a loaded machine can come after the network's
    // first quiet half second: wait for what each chunk does to the page.
    await page.locator('.markdown [role="tablist"]').first().waitFor()
    await page.locator('.markdown .video-embed.video-ready').first().waitFor()
    expect(scripts.length, `page module and its chunks: ${scripts.join(', ')}`).toBeGreaterThanOrEqual(3)
    for (const script of scripts) expect(script.startsWith(`${prefix}/${OUTPUT_FOLDER}/`), script).toBe(true)
    const onMigration = new Set(scripts)

    scripts.length = 0
    await page.goto(at('/editing/checks'), { waitUntil: 'networkidle' })
    const hasBlocks = await page.locator('.markdown :is(.tabs, .video-embed)').count()
    if (hasBlocks === 0) expect(scripts, 'a page without tabs or videos loads the page module only').toHaveLength(1)
    expect(scripts.filter((script) => onMigration.has(script)).length).toBeGreaterThanOrEqual(1)
    await context.close()
  })
})
