/** The header's search as a reader uses it, for the browser tests of search (tests/e2e/search.test.ts, languages.test.ts). */
import type { Page } from 'playwright-core'

/** The header's search field. */
export const combobox = (page: Page) => page.locator('header [role="combobox"]')

/** The header's result options. */
export const options = (page: Page) => page.locator('header [role="listbox"] [role="option"]')

/** Types a query into the open header search and waits for its results. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await combobox(page).fill(query)
  await page.waitForFunction((q) => {
    const root = document.querySelector<HTMLElement>('[data-search]')
    const state = root?.dataset.state
    // Results show at once; their section names and snippets come once typing settles (data-settled).
    return root?.dataset.query === q && (state === 'error' || ((state === 'results' || state === 'none') && root.dataset.settled !== undefined))
  }, query)
}
