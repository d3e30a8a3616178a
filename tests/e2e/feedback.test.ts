/**
 * "Was this page helpful?" posting to the endpoint, in Chromium (the
 * reader-tools fixture, built once for all of issue 32's tests). The endpoint
 * is intercepted with the browser's routing, no server: the widget sends
 * exactly one POST, of exactly the body the issue fixes, as JSON and without
 * cookies, and says thanks in its live region. Keyboard only; axe on the
 * open widget. Without JavaScript it is hidden; a page without it does not
 * load its script. Screenshots: test-results/screenshots/feedback-*.png.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Page, Request } from 'playwright-core'
import { DESKTOP, newPage, screenshotDir } from '../support/browser'
import { expectNoSeriousViolations } from '../support/axe'
import { servedFixture } from '../support/served-fixture'

const served = servedFixture('reader-tools')
const ENDPOINT = 'https://feedback.example.com/handbook'

/** Answers the endpoint in the page (its preflight included) and keeps every request made to it. */
async function interceptEndpoint(page: Page): Promise<Request[]> {
  const requests: Request[] = []
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' }
  await page.route(ENDPOINT, async (route) => {
    requests.push(route.request())
    await route.fulfill({ status: 204, headers: cors })
  })
  return requests
}

const posts = (requests: readonly Request[]) => requests.filter((request) => request.method() === 'POST')

describe('page feedback', () => {
  it('sends exactly one POST of the body, as JSON and without cookies, after Yes and Skip, by keyboard', async () => {
    const { context, page, errors } = await newPage(served.browser)
    // A cookie the endpoint's site set: credentials "omit" never sends it.
    await context.addCookies([{ name: 'session', value: 'secret', domain: 'feedback.example.com', path: '/', secure: true, sameSite: 'None' }])
    const requests = await interceptEndpoint(page)
    await page.goto(`${served.url}/handbook/values`)
    const widget = page.getByRole('region', { name: 'Page feedback' })
    // Its script unhides it once loaded, which may be after the load event.
    await widget.waitFor({ state: 'visible', timeout: 5000 })
    expect(await page.getByRole('group', { name: 'Was this page helpful?' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Yes', exact: true }).focus()
    await page.keyboard.press('Enter')
    // The comment is next, focused: optional.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-feedback-comment')
    expect(await page.getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await expectNoSeriousViolations(page, 'feedback, open')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.page-feedback [role="status"]').textContent(), { timeout: 5000 }).toBe('Thank you for your feedback.')
    await page.waitForTimeout(300)
    expect(posts(requests)).toHaveLength(1)
    const post = posts(requests)[0]!
    expect(post.postData()).toBe('{"page":"/handbook/values","helpful":true,"comment":""}')
    const headers = await post.allHeaders()
    expect(headers['content-type']).toBe('application/json')
    expect(headers.cookie).toBeUndefined()
    await expectNoSeriousViolations(page, 'feedback, thanked')
    expect(errors).toEqual([])
    await context.close()
  })

  it('sends No with the comment written, once however often Send is pressed', async () => {
    const { context, page } = await newPage(served.browser)
    const requests = await interceptEndpoint(page)
    await page.goto(`${served.url}/handbook/time-off`)
    await page.getByRole('button', { name: 'No', exact: true }).click()
    await page.getByLabel('What could be better? (optional)').fill('Say who approves sick leave.')
    await page.getByRole('button', { name: 'Send' }).click()
    // The form is gone once sent: a second submit has nothing to press; the script would refuse it too.
    await page.evaluate(() => document.querySelector<HTMLFormElement>('[data-feedback-form]')!.requestSubmit())
    await expect.poll(() => page.locator('.page-feedback [role="status"]').textContent(), { timeout: 5000 }).toBe('Thank you for your feedback.')
    await page.waitForTimeout(300)
    expect(posts(requests).map((request) => request.postData())).toEqual(['{"page":"/handbook/time-off","helpful":false,"comment":"Say who approves sick leave."}'])
    await context.close()
  })

  it('is hidden without JavaScript, and a page without it does not load its script', async () => {
    const { context, page } = await newPage(served.browser, { javaScriptEnabled: false })
    await page.goto(`${served.url}/handbook/values`)
    expect(await page.locator('.page-feedback').count()).toBe(1)
    expect(await page.locator('.page-feedback').isVisible()).toBe(false)
    await context.close()
    const scriptsHolding = async (url: string) => {
      const { context: scripted, page: withJs } = await newPage(served.browser)
      const bodies: Promise<string>[] = []
      withJs.on('response', (response) => {
        if (response.url().endsWith('.js')) bodies.push(response.text())
      })
      await withJs.goto(`${served.url}${url}`, { waitUntil: 'networkidle' })
      const found = (await Promise.all(bodies)).filter((body) => body.includes('feedbackEndpoint')).length
      await scripted.close()
      return found
    }
    expect(await scriptsHolding('/handbook/values')).toBe(1)
    expect(await scriptsHolding('/handbook/contact')).toBe(0)
  })

  it('is drawn at 1280, 390 and 320 px, light and dark', async () => {
    for (const width of [DESKTOP.width, 390, 320]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { context, page } = await newPage(served.browser, { viewport: { width, height: 800 }, colorScheme })
        await interceptEndpoint(page)
        await page.goto(`${served.url}/handbook/values`)
        await page.getByRole('button', { name: 'Yes', exact: true }).click()
        const widget = page.locator('.page-feedback')
        expect((await widget.boundingBox())!.width).toBeLessThanOrEqual(width)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
        await widget.screenshot({ path: path.join(screenshotDir, `feedback-${width}-${colorScheme}.png`) })
        await context.close()
      }
    }
  })
})
