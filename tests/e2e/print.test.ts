/**
 * Printing in Chromium, on the reader-tools fixture's build: a page in print
 * media shows its content only, details open, every tab and links with their address;
 * the print view of the Handbook group passes axe and, through `npm run
 * pdf`'s own code, becomes a PDF with a page per printed page or more and
 * an outline made from its headings (read back with pdf-lib).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { writePdf } from '../../scripts/lib/pdf'
import { expectNoSeriousViolations } from '../support/axe'
import { chromiumPath, newPage, screenshot } from '../support/browser'
import { fixtureSite } from '../support/fixture-site'
import { servedFixture } from '../support/served-fixture'

const served = servedFixture('reader-tools')

/** The titles of a PDF outline's items, depth first, indented by level. */
function outlineTitles(document: PDFDocument): string[] {
  const titles: string[] = []
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const visit = (item: PDFDict | undefined, depth: number) => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'))
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : ''
      titles.push(`${'  '.repeat(depth)}${text}`)
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1)
    }
  }
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0)
  return titles
}

describe('printing', () => {
  it('hides the chrome, opens <details> and shows where links lead, in print media', async () => {
    const { context, page } = await newPage(served.browser)
    await page.goto(`${served.url}/handbook/equipment`)
    const details = page.locator('.markdown details p')
    await expect(details.isVisible()).resolves.toBe(false)
    await page.locator('.tabs-ready').waitFor()
    await expect(page.getByText('Turn on BitLocker in Settings.').isVisible()).resolves.toBe(false)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.site-header', '.sidebar', '.toc', '.article-actions', '.page-nav', '.site-footer']) {
      const hidden = await page.locator(selector).evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display === 'none'))
      expect(hidden, selector).toBe(true)
    }
    await expect(details.isVisible()).resolves.toBe(true)
    // Every tab's panel, each under its label, where the screen shows one and a tablist.
    for (const text of ['macOS', 'Turn on FileVault in System Settings.', 'Windows', 'Turn on BitLocker in Settings.'])
      await expect(page.locator('.tab-panel').getByText(text, { exact: true }).isVisible(), text).resolves.toBe(true)
    const after = await page.locator('.markdown a[href^="https://supplies"]').evaluate((link) => getComputedStyle(link, '::after').content)
    expect(after).toBe('" (https://supplies.example.org/catalogue)"')
    await screenshot(page, 'print-equipment-print-media')
    await context.close()
  })

  it('prints on white in the dark theme', async () => {
    const { context, page } = await newPage(served.browser, { colorScheme: 'dark' })
    await page.goto(`${served.url}/print/handbook`)
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.callout')!).backgroundColor])
    expect(colours[0]).toBe('rgb(255, 255, 255)')
    expect(colours[1]).toMatch(/rgba\(0, 0, 0, 0\)|transparent/)
    await context.close()
  })

  it('has a print view of the Handbook group that passes axe', async () => {
    const { context, page } = await newPage(served.browser)
    await page.goto(`${served.url}/print/handbook`)
    await expectNoSeriousViolations(page, '/print/handbook')
    await screenshot(page, 'print-handbook-view')
    await context.close()
  })

  it("makes the group's view a PDF with its pages and an outline of their headings", async () => {
    const site = await fixtureSite('reader-tools')
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'print-pdf-')), 'handbook.pdf')
    const bytes = await writePdf({ publicDir: site.publicDir, pathPrefix: '', page: '/print/handbook', out, chromiumPath: chromiumPath() })
    expect(bytes).toBeGreaterThan(1000)
    const document = await PDFDocument.load(fs.readFileSync(out))
    // Each printed page starts a sheet: the title and contents, then one per page at least.
    const printed = site.html('/print/handbook').querySelectorAll('.print-page').length
    expect(document.getPageCount()).toBeGreaterThanOrEqual(printed + 1)
    const outline = outlineTitles(document)
    console.log(`PDF of /print/handbook: ${bytes} bytes, ${document.getPageCount()} pages, outline:\n${outline.join('\n')}`)
    expect(outline[0]).toBe('Print: Handbook')
    for (const title of ['  People', '    Hiring', '  Time off', '    Sick leave', '  Equipment']) expect(outline).toContain(title)
  })
})
