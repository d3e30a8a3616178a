/**
 * A handbook in English and Japanese (the `languages` fixture, whose build
 * tests/build/languages.test.ts shares), in Chromium: the header's switcher
 * leads to the same page in the other language; search on a Japanese page
 * finds Japanese pages only, on an English page English ones; the switcher
 * and an untranslated page pass axe, on a desktop and a phone.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DESKTOP, PHONE, newPage, screenshot } from '../support/browser'
import { expectNoSeriousViolations } from '../support/axe'
import { servedFixture } from '../support/served-fixture'
import { combobox, options, searchFor } from '../support/header-search'

const served = servedFixture('languages')

/** Types a query into the header search and waits for its results (or none); the pages the results lead to. */
async function pagesFound(page: Page, query: string): Promise<string[]> {
  await combobox(page).click()
  await searchFor(page, query)
  expect(await page.locator('[data-search]').getAttribute('data-state')).not.toBe('error')
  const hrefs = await options(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''))
  // The pages found, without the last option's link to the search page (of the page's language: /search, /ja/search).
  return [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname))].filter((path) => !/(^|\/)search$/.test(path))
}

describe('the language switcher', () => {
  it('goes to the same page in the other language, and back', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await page.goto(`${served.url}/guide/setup`)
    await page.locator('[data-language-switcher] a[lang="ja"]').click()
    await page.waitForURL(/\/ja\/guide\/setup$/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
    await expect(page.locator('[data-language-switcher] [aria-current="true"]').getAttribute('lang')).resolves.toBe('ja')
    await page.locator('[data-language-switcher] a[lang="en"]').click()
    await page.waitForURL(/\/guide\/setup$/)
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Setting up your laptop')
    expect(errors).toEqual([])
    await context.close()
  })

  it('goes to the untranslated page, which says so', async () => {
    const { context, page } = await newPage(served.browser)
    await page.goto(`${served.url}/guide/travel`)
    await page.locator('[data-language-switcher] a[lang="ja"]').click()
    await page.waitForURL(/\/ja\/guide\/travel$/)
    await expect(page.locator('[data-language-fallback]').isVisible()).resolves.toBe(true)
    await expect(page.locator('[data-fallback-content]').getAttribute('lang')).resolves.toBe('en')
    await context.close()
  })
})

describe('search per language', () => {
  it('on a Japanese page finds Japanese pages only', async () => {
    const { context, page, errors } = await newPage(served.browser)
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await page.goto(`${served.url}/ja/guide/setup`)
    expect(await pagesFound(page, '開発環境')).toEqual(['/ja/guide/setup'])
    expect(await pagesFound(page, 'toolchain')).toEqual([])
    // The untranslated travel policy is not in the Japanese index.
    expect(await pagesFound(page, 'trains')).toEqual([])
    expect(fetched.filter((path) => path.includes('/_handbook/search/')).every((path) => path.includes('/_handbook/search/ja/'))).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on an English page finds English pages only', async () => {
    const { context, page } = await newPage(served.browser)
    await page.goto(`${served.url}/guide/setup`)
    expect(await pagesFound(page, 'toolchain')).toEqual(['/guide/setup'])
    expect(await pagesFound(page, 'trains')).toEqual(['/guide/travel'])
    expect(await pagesFound(page, '開発環境')).toEqual([])
    await context.close()
  })
})

describe('people in each language’s search', () => {
  /** The results' links, anchors kept: a person is a section of the directory. */
  async function linksFound(page: Page, query: string): Promise<string[]> {
    await combobox(page).click()
    await searchFor(page, query)
    return options(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? '').filter((href) => /#hana_sato$/.test(href)))
  }

  it('finds a person from a Japanese page on the Japanese directory, from an English page on the English one', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await page.goto(`${served.url}/ja/guide/setup`)
    expect(await linksFound(page, 'Hana Sato')).toEqual(['/ja/people#hana_sato'])
    await page.goto(`${served.url}/guide/setup`)
    expect(await linksFound(page, 'Hana Sato')).toEqual(['/people#hana_sato'])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the search page and the 404 page per language', () => {
  it('/ja/search searches the Japanese pages, in Japanese; Enter in the header of a Japanese page goes there', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await page.goto(`${served.url}/ja/search?q=開発環境`)
    const first = page.locator('.search-result').first()
    await first.waitFor()
    await expect(first.locator('.search-result-title').getAttribute('href')).resolves.toBe('/ja/guide/setup')
    await expect(page.locator('[data-search-page-status]').textContent()).resolves.toContain('「開発環境」の検索結果')
    await page.locator('#search-page-input').fill('toolchain')
    await page.waitForFunction(() => document.querySelector('[data-search-page-status]')?.textContent?.includes('「toolchain」に一致する結果はありません'))
    await page.goto(`${served.url}/ja/guide/setup`)
    await combobox(page).fill('アカウント')
    await combobox(page).press('Enter')
    await page.waitForURL(/\/ja\/search\?q=/)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a missing Japanese address shows the Japanese 404 page, its suggestions from the Japanese pages', async () => {
    const { context, page } = await newPage(served.browser)
    const response = await page.goto(`${served.url}/ja/guide/setpu`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
    await expect(page.locator('h1').textContent()).resolves.toBe('ページが見つかりません')
    const suggestion = page.locator('[data-search-suggest-list] a').first()
    await suggestion.waitFor()
    await expect(suggestion.getAttribute('href')).resolves.toBe('/ja/guide/setup')
    await context.close()
  })
})

describe('accessibility', () => {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`has no serious or critical violations on a page, its translation, an untranslated page and the Japanese directory (${label})`, async () => {
      const { context, page } = await newPage(served.browser, { viewport })
      for (const url of ['/guide/setup', '/ja/guide/setup', '/ja/guide/travel', '/ja', '/ja/guide/forms', '/ja/people']) {
        await page.goto(`${served.url}${url}`)
        await expectNoSeriousViolations(page, `${url} (${label})`)
      }
      await screenshot(page, `languages-ja-home-${label}`)
      await context.close()
    })
  }
})
