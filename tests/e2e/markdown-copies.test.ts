/**
 * The starter's Markdown copies as a tool reads them (fetched from the
 * served site, built under /northwind for https://handbook.northwind.test),
 * and the "Copy as Markdown" button in Chromium with clipboard permissions.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { DESKTOP, launchBrowser } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`
const SITE = 'https://handbook.northwind.test/northwind'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function text(url: string): Promise<string> {
  const response = await fetch(at(url))
  expect(response.status, url).toBe(200)
  return response.text()
}

describe('Markdown copies', () => {
  it('time-off.md: the title once, frontmatter gone, links absolute', async () => {
    const md = await text('/handbook/people/time-off.md')
    expect(md.startsWith('# Time off\n\nRest is part of doing good work.')).toBe(true)
    expect(md.match(/^# /gm)).toHaveLength(1)
    expect(md).not.toMatch(/^---$/m)
    expect(md).toContain('\n## Holidays\n\nEveryone gets **30 days of paid holiday a year**')
    expect(md).toContain(`we [leave things better](${SITE}/handbook/company/values#leave-it-better) for each other.`)
    expect(md).toContain('| Reason | Paid leave |\n| - | - |\n| Bereavement of a close family member | Up to 10 days |')
  })

  it('markdown.md: callouts as quotations, task lists kept, no heading anchors', async () => {
    const md = await text('/editing/markdown.md')
    expect(md.startsWith('# Markdown\n\nHandbook pages are written in Markdown')).toBe(true)
    expect(md).toContain('> **Note**\n>\n> Changes to policy pages are announced in the weekly update after they are merged.\n')
    expect(md).toContain('- [x] Write the first draft\n- [x] Ask the page owner for a review\n- [ ] Announce the change in the weekly update\n')
    expect(md).not.toContain('Link to section')
  })

  it('the root page is /index.md; an .mdx page has its rendered text and no imports', async () => {
    expect((await text('/index.md')).startsWith('# Northwind Handbook\n')).toBe(true)
    const mdx = await text('/editing/mdx-components.md')
    expect(mdx.startsWith('# MDX components\n\nAn `.mdx` page is Markdown that can also contain components')).toBe(true)
    // Components are their rendered text: a <Callout> is a quotation with its title.
    expect(mdx).toContain(
      `\n> **Policy changes need the owner's approval**\n>\n> Changes to pay, time off, spending or security rules are approved by the section owner before they are merged. See the [ownership table](${SITE}/handbook#ownership).\n`,
    )
    expect(mdx).not.toMatch(/^<Note>$/m)
    expect(mdx).not.toContain('Edit this page')
  })

  it('llms.txt lists the pages by sidebar section, search: false pages left out', async () => {
    const llms = await text('/llms.txt')
    expect(llms.startsWith('# Northwind Handbook\n\n> How Northwind works: our values, how we manage, grow and run the company.\n\n## Handbook\n\n')).toBe(true)
    expect(llms).toContain(
      `\n- [Time off](${SITE}/handbook/people/time-off.md): Rest is part of doing good work. Northwind is a small company, and we know it is tempting in a small company to feel that nothing can happen without you. That feeling is wrong, and acting on it leads…\n`,
    )
    expect(llms).toContain(
      `\n## Editing this handbook\n\n- [Editing this handbook](${SITE}/editing.md): How to change the Northwind handbook with a pull request, which file format to use, and how changes are reviewed.\n- [Markdown](${SITE}/editing/markdown.md): The Markdown you can use in handbook pages — CommonMark and GitHub extensions, safe HTML, heading ids, code highlighting, diagrams, math and callouts.\n`,
    )
    expect(llms).not.toContain('stale-page-example')
    const full = await text('/llms-full.txt')
    expect(full).toContain('\n# Time off\n\nRest is part of doing good work.')
    expect(full).not.toContain('# Stale page example')
    // The search: false page keeps its own copy.
    await text('/editing/stale-page-example.md')
  })
})

describe('Copy as Markdown', () => {
  it('copies the page’s Markdown and says so to screen readers', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] })
    const page = await context.newPage()
    await page.goto(at('/handbook/people/time-off'))
    const button = page.getByRole('button', { name: 'Copy as Markdown' })
    await button.click()
    await expect.poll(() => page.locator('[data-copy-markdown-status]').textContent()).toBe('Copied')
    await expect(page.locator('[data-copy-markdown-status]').getAttribute('role')).resolves.toBe('status')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await text('/handbook/people/time-off.md'))
    await context.close()
  })

  it('is not shown without JavaScript', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(at('/handbook/people/time-off'))
    await expect(page.getByRole('button', { name: 'Copy as Markdown' }).count()).resolves.toBe(0)
    await context.close()
  })
})
