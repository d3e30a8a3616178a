/**
 * Search on the starter handbook (built under the /northwind prefix), in
 * Chromium: nothing of it in the first page load; opened with `/` or
 * Ctrl+K; results as you type, grouped by page, with matches marked; the
 * WAI-ARIA combobox keys; landing on the chosen section; the /search page;
 * the 404 page's suggestions; content that looks like HTML stays text; the
 * loading failure state; a phone. Over 300 lines on purpose: one built site
 * and one browser serve every case.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'
import { combobox, options, searchFor } from '../support/header-search'

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

/** Fails the test on any dialog (alert, confirm) a page opens. */
function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return dialogs
}

describe('first page load', () => {
  it('fetches no search code or data until search is used', async () => {
    const { context, page, errors } = await newPage(browser)
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    // A page that marks no glossary term (a page that does loads the glossary's small chunk).
    await page.goto(at('/handbook/people/career-progression'), { waitUntil: 'networkidle' })
    const scripts = requests.filter((path) => path.endsWith('.js'))
    expect(scripts, 'one script: the page module').toHaveLength(1)
    expect(requests.filter((path) => path.includes('/_handbook/search/'))).toEqual([])
    // Focusing the field loads the search chunk and opens the index.
    await page.keyboard.press('/')
    await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'empty')
    await page.waitForLoadState('networkidle')
    const after = requests.filter((path) => path.endsWith('.js'))
    // The search chunk and the messages' reader the chunks share (src/client/messages.ts, about 1 KB).
    expect(after.length, 'the search chunk is loaded on first use').toBe(3)
    for (const script of after.slice(1)) expect(script).toMatch(new RegExp(`^${prefix}/_handbook/chunk-[\\w-]+\\.js$`))
    expect(requests).toContain(`${prefix}/_handbook/search/manifest.json`)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('header search', () => {
  it('opens with / and with Ctrl+K, shows results as you type with matches marked', async () => {
    const { context, page, errors } = await newPage(browser)
    await page.goto(at('/handbook/company/management'))
    const input = combobox(page)
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')
    await page.keyboard.press('/')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input')
    // The search chunk loads on this first use, then opens the panel.
    await page.waitForFunction(() => document.querySelector('[data-search-input]')?.getAttribute('aria-expanded') === 'true')
    await expect(input.inputValue()).resolves.toBe('')
    await input.pressSequentially('onb', { delay: 40 })
    // Results show at once; section names and snippets follow once typing settles.
    await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'results')
    await page.waitForFunction(() => document.querySelector('[data-search]')?.hasAttribute('data-settled'))
    await page.waitForFunction(() => document.querySelector('[data-search-input]')?.closest('[data-search]')?.querySelector('[role=option]'))
    // Grouped by page; the first is the Onboarding page itself, with its breadcrumb.
    const firstGroup = page.locator('header [role="listbox"] [role="group"]').first()
    await expect(firstGroup.locator('[role="option"]').first().textContent()).resolves.toMatch(/^Onboarding\s*People/)
    const marks = await page.locator('header [role="listbox"] mark').allTextContents()
    expect(marks.length).toBeGreaterThan(2)
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^onb/)
    // Each option links to a page of the site, under its prefix, and names a section or the page.
    const hrefs = await options(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href.startsWith(`${prefix}/`)).toBe(true)
    expect(hrefs).toContain(`${prefix}/handbook/people/onboarding#improving-onboarding`)
    await screenshot(page, 'search-open-desktop')

    // Escape closes, a second Escape clears; Ctrl+K opens again from anywhere.
    await page.keyboard.press('Escape')
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.locator('[data-search-panel]').isVisible()).resolves.toBe(false)
    await page.keyboard.press('Escape')
    await expect(input.inputValue()).resolves.toBe('')
    await page.locator('main h1').click()
    await page.keyboard.press('Control+k')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input')
    await page.waitForFunction(() => document.querySelector('[data-search-input]')?.getAttribute('aria-expanded') === 'true')
    expect(errors).toEqual([])
    await context.close()
  })

  it('arrow keys move aria-activedescendant; Enter lands on the section with its heading in view', async () => {
    const { context, page, errors } = await newPage(browser)
    await page.goto(at('/handbook/company/values'))
    await page.keyboard.press('Control+k')
    await searchFor(page, 'first week')
    const input = combobox(page)
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBeNull()
    await page.keyboard.press('ArrowDown')
    const first = await input.getAttribute('aria-activedescendant')
    expect(first).toBeTruthy()
    await expect(page.locator(`#${first}`).getAttribute('aria-selected')).resolves.toBe('true')
    await expect(page.locator(`#${first}`).getAttribute('role')).resolves.toBe('option')
    await page.keyboard.press('ArrowDown')
    const second = await input.getAttribute('aria-activedescendant')
    expect(second).not.toBe(first)
    await expect(page.locator(`#${first}`).getAttribute('aria-selected')).resolves.toBe('false')
    await page.keyboard.press('ArrowUp')
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBe(first)
    // Focus never left the input.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input')
    await expect(page.locator(`#${first}`).getAttribute('href')).resolves.toBe(`${prefix}/handbook/people/onboarding#your-first-week`)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/handbook\/people\/onboarding#your-first-week$/)
    await page.waitForFunction(() => {
      const heading = document.getElementById('your-first-week')
      if (!heading) return false
      const box = heading.getBoundingClientRect()
      return box.top >= 0 && box.bottom <= window.innerHeight / 2
    })
    expect(errors).toEqual([])
    await context.close()
  })

  it('the mouse picks a result too', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/company/values'))
    await combobox(page).click()
    await searchFor(page, 'salary bands')
    await options(page).filter({ hasText: 'Salary bands' }).first().click()
    await page.waitForURL(/\/handbook\/people\/compensation#salary-bands$/)
    await context.close()
  })

  it('finds Japanese text, accents folded and prefixes of words', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/'))
    await page.keyboard.press('/')
    await searchFor(page, '東京')
    await expect(options(page).first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/offices/tokyo`)
    await expect(page.locator('header [role="listbox"] mark').first().textContent()).resolves.toBe('東京')
    await searchFor(page, 'オフィス')
    await expect(options(page).first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/offices/tokyo`)
    await searchFor(page, 'Secu')
    await expect(options(page).first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/operations/security`)
    await context.close()
  })

  it('forgives a typo, says what it searched, and links the words as typed', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/'))
    await page.keyboard.press('/')
    await searchFor(page, 'holdays')
    await expect(options(page).first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/people/time-off#holidays`)
    const note = page.locator('[data-search-status] [data-search-correction]')
    await expect(note.textContent()).resolves.toMatch(/^Showing results for holiday\. Search instead for holdays$/)
    await expect(note.locator('a').getAttribute('href')).resolves.toBe(`${prefix}/search?q=holdays&exact=1`)
    // The corrected word is marked (and its synonyms: "Time off").
    await expect(page.locator('header [role="listbox"] mark').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^holiday/i)]))
    await context.close()
  })

  it('finds other words for the same thing', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/'))
    await page.keyboard.press('/')
    await searchFor(page, 'pto')
    await expect(options(page).first().getAttribute('href')).resolves.toMatch(new RegExp(`^${prefix}/handbook/people/time-off`))
    await searchFor(page, '1:1')
    await expect(options(page).first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/company/management#one-on-ones`)
    await context.close()
  })

  it('says so when nothing matches, with a hint', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/'))
    await page.keyboard.press('/')
    await searchFor(page, 'xylophone')
    const status = page.locator('[data-search-status]')
    await expect(status.textContent()).resolves.toMatch(/No results for “xylophone”\..*onb/)
    await expect(options(page).count()).resolves.toBe(0)
    await context.close()
  })

  it('shows an error when the index cannot be loaded', async () => {
    const { context, page } = await newPage(browser)
    await page.route('**/_handbook/search/**', (route) => route.abort())
    await page.goto(at('/'))
    await page.keyboard.press('/')
    await searchFor(page, 'onboarding')
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/could not be loaded/)
    await context.close()
  })
})

describe('content that looks like HTML', () => {
  it('is shown as text in results: nothing runs, nothing is injected', async () => {
    const { context, page, errors } = await newPage(browser)
    const dialogs = failOnDialogs(page)
    await page.goto(at('/handbook/company/values'))
    await page.keyboard.press('/')
    for (const query of ['onerror alert', 'script alert', 'onerror']) {
      await searchFor(page, query)
      expect(await options(page).count(), query).toBeGreaterThan(0)
    }
    await searchFor(page, 'onerror alert')
    const panel = page.locator('[data-search-panel]')
    await expect(panel.textContent()).resolves.toContain('<img src=x onerror=alert(1)>')
    await expect(panel.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['onerror', 'alert']))
    await searchFor(page, 'script alert')
    await expect(panel.textContent()).resolves.toContain('<script>alert(1)</script>')
    const injected = await page.evaluate(() => document.querySelectorAll('[data-search] img, [data-search] script, [data-search] [onerror]').length)
    expect(injected).toBe(0)
    // The results page renders the same text the same way.
    await page.goto(at('/search?q=onerror%20alert'))
    await page.locator('.search-result').first().waitFor()
    await expect(page.locator('[data-search-page]').textContent()).resolves.toContain('<img src=x onerror=alert(1)>')
    const injectedOnPage = await page.evaluate(() => document.querySelectorAll('[data-search-page] img, [data-search-page] script').length)
    expect(injectedOnPage).toBe(0)
    await page.waitForTimeout(300)
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the search page', () => {
  it('/search?q= lists results that can be linked to, and updates as you type', async () => {
    const { context, page, errors } = await newPage(browser)
    await page.goto(at('/search?q=expenses'))
    // The field is filled from the address by the search chunk, which loads after the page: wait for it, then check.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-page-input')?.value !== '', undefined, { timeout: 10_000 })
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('expenses')
    const first = page.locator('.search-result').first()
    await first.waitFor()
    await expect(first.locator('.search-result-title').textContent()).resolves.toBe('Spending money')
    await expect(first.locator('.search-result-title').getAttribute('href')).resolves.toBe(`${prefix}/handbook/operations/spending-money`)
    await expect(first.locator('a.search-result-heading').first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/operations/spending-money#expense-claims`)
    expect(await page.locator('.search-result mark').count()).toBeGreaterThan(0)
    await expect(page.locator('[data-search-page-status]').textContent()).resolves.toMatch(/pages? for “expenses”/)
    await page.locator('#search-page-input').fill('onboarding')
    await page.waitForURL(/\?q=onboarding$/)
    await page.waitForFunction(() => document.querySelector('.search-result .search-result-title')?.textContent === 'Onboarding')
    expect(errors).toEqual([])
    await context.close()
  })

  it('is where the header form goes when Enter is pressed without choosing', async () => {
    const { context, page } = await newPage(browser)
    await page.goto(at('/handbook/company/values'))
    await page.keyboard.press('/')
    await searchFor(page, 'laptop')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=laptop$/)
    await page.locator('.search-result').first().waitFor()
    await context.close()
  })

  it('without JavaScript, the header form still reaches it', async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false })
    await page.goto(at('/handbook/company/values'))
    await expect(page.locator('header form[role="search"]').getAttribute('action')).resolves.toBe(`${prefix}/search`)
    await page.locator('#search-input').fill('laptop')
    await page.locator('#search-input').press('Enter')
    await page.waitForURL(/\/search\?q=laptop$/)
    await expect(page.locator('main h1').textContent()).resolves.toBe('Search')
    await context.close()
  })
})

describe('the 404 page', () => {
  it('suggests pages close to the missing address', async () => {
    const { context, page } = await newPage(browser)
    const response = await page.goto(at('/handbook/people/onbording'))
    expect(response?.status()).toBe(404)
    const suggestions = page.locator('[data-search-suggest]')
    await suggestions.waitFor({ state: 'visible' })
    const links = suggestions.locator('a')
    await expect(links.first().textContent()).resolves.toBe('Onboarding')
    await expect(links.first().getAttribute('href')).resolves.toBe(`${prefix}/handbook/people/onboarding`)
    await page.goto(at('/security-rules'))
    await page.locator('[data-search-suggest]').waitFor({ state: 'visible' })
    await expect(page.locator('[data-search-suggest] a').allTextContents()).resolves.toContain('Security')
    await screenshot(page, 'search-not-found-suggestions')
    await context.close()
  })
})

describe('on a phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`search opens over the page and fits the screen (${colorScheme})`, async () => {
      const { context, page, errors } = await newPage(browser, { viewport: PHONE, colorScheme })
      await page.goto(at('/handbook/company/management'))
      const input = combobox(page)
      await expect(input.isVisible()).resolves.toBe(true)
      // Closed, the field is a small box that leaves the header's buttons and title alone.
      const covered = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.site-header > *')]
          .filter((el) => {
            const box = el.getBoundingClientRect()
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
            return !hit || !el.contains(hit)
          })
          .map((el) => el.className),
      )
      expect(covered).toEqual([])
      await input.tap()
      await input.pressSequentially('onb', { delay: 40 })
      await page.waitForFunction(() => document.querySelector('[data-search]')?.getAttribute('data-state') === 'results')
      await page.keyboard.press('ArrowDown')
      const layout = await page.evaluate(() => {
        const panel = document.querySelector('[data-search-panel]')!.getBoundingClientRect()
        const field = document.querySelector('[data-search-input]')!.getBoundingClientRect()
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          panelLeft: panel.left,
          panelRight: panel.right,
          fieldWidth: field.width,
          width: window.innerWidth,
        }
      })
      expect(layout.overflow).toBeLessThanOrEqual(0)
      expect(layout.panelLeft).toBe(0)
      expect(layout.panelRight).toBe(layout.width)
      expect(layout.fieldWidth).toBeGreaterThan(layout.width / 2)
      await screenshot(page, `search-open-phone-${colorScheme}`)
      // Cancel closes it.
      await page.getByRole('button', { name: 'Cancel' }).tap()
      await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('desktop screenshot of the results page', () => {
  it('is kept for people to look at', async () => {
    const { context, page } = await newPage(browser, { viewport: DESKTOP })
    await page.goto(at('/search?q=time%20off'))
    await page.locator('.search-result').first().waitFor()
    await screenshot(page, 'search-page-desktop')
    await context.close()
  })
})
