/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { projectRoot } from '../../scripts/lib/site'
import { BROWSER_ARGS, findChromium } from './chromium'

export function chromiumPath(): string {
  const found = findChromium()
  if (!found) throw new Error("Chromium not found: run the tests with `npm test`, which installs Debian's chromium, or set CHROMIUM_PATH.")
  return found
}

/**
 * The project's shared Chromium (tests/support/browser-server.ts), connected
 * to; a browser of its own when the project starts none. Closing it closes
 * this file's contexts only.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint')
  if (endpoint) return chromium.connect(endpoint)
  return chromium.launch({ executablePath: chromiumPath(), args: BROWSER_ARGS })
}

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

export async function newPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.viewport === PHONE ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  return { context, page, errors }
}

export const screenshotDir = path.join(projectRoot, 'test-results', 'screenshots')

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false })
}
