/**
 * Mermaid diagrams in the browser (the shared `drawn` fixture, the build
 * tests/build/diagrams.test.ts makes): each is an SVG in light and dark, and
 * its colours follow the theme toggle, not only the system's preference. The
 * SVG's bytes are never compared (fonts differ between machines): only what
 * the browser computes of its text and boxes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, screenshot } from '../support/browser'
import { servedFixture } from '../support/served-fixture'
import { drawDiagrams } from '../../src/content/features/diagrams/rehype-diagrams'

const served = servedFixture('drawn')

/** What the browser computes for the first diagram: its size, a node's label colour and its fill. */
const colours = (page: Page) =>
  page
    .locator('figure.diagram > svg')
    .first()
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect()
      return {
        width: box.width,
        height: box.height,
        text: getComputedStyle(svg.querySelector('g.node text')!).fill,
        node: getComputedStyle(svg.querySelector('g.node rect')!).fill,
      }
    })

/** The ids of the pie's SVGs the reader sees (one per theme in the page, one shown). */
const shownPie = (page: Page) => page.locator('figure.diagram[data-diagram="pie"] > svg').evaluateAll((svgs) => svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => svg.id))

describe('diagrams', () => {
  it('are SVG in light and in dark, and follow the theme toggle', async () => {
    const { context, page, errors } = await newPage(served.browser, { colorScheme: 'light' })
    await page.goto(`${served.url}/diagrams`)
    await expect(page.locator('figure.diagram > svg[role="img"]').count()).resolves.toBe(4)
    // Mermaid's drawing (Chromium, at build time): the light one shown, the dark one not.
    await expect(shownPie(page)).resolves.toEqual(['mermaid-diagram-3-light'])
    const light = await colours(page)
    expect(light.width).toBeGreaterThan(100)
    expect(light.height).toBeGreaterThan(50)
    // The site's text colour (--text) on its light background.
    expect(light.text).toBe('rgb(31, 35, 40)')
    await screenshot(page, 'diagrams-light')

    await page.locator('[data-theme-toggle]').first().click()
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    const toggled = await colours(page)
    expect(toggled.text).toBe('rgb(230, 233, 238)')
    expect(toggled.node).not.toBe(light.node)
    await expect(shownPie(page)).resolves.toEqual(['mermaid-diagram-3-dark'])
    await screenshot(page, 'diagrams-dark-toggled')
    expect(errors).toEqual([])
    await context.close()

    // The system's dark preference, no toggle: the same colours.
    const dark = await newPage(served.browser, { colorScheme: 'dark' })
    await dark.page.goto(`${served.url}/diagrams`)
    expect(await colours(dark.page)).toEqual(toggled)
    await expect(shownPie(dark.page)).resolves.toEqual(['mermaid-diagram-3-dark'])
    await dark.context.close()
  })

  it('draw in an .mdx page too, and the source opens under the diagram', async () => {
    const { context, page, errors } = await newPage(served.browser)
    await page.goto(`${served.url}/diagrams-in-mdx`)
    await expect(page.locator('figure.diagram > svg').count()).resolves.toBe(1)
    const source = page.locator('figure.diagram details.diagram-source')
    await expect(source.locator('pre').isVisible()).resolves.toBe(false)
    await source.locator('summary').click()
    await expect(source.locator('pre').textContent()).resolves.toContain('Draft --> Review --> Published')
    expect(errors).toEqual([])
    await context.close()
  })

  it('without Chromium at build time, draw a type beyond the pure-JS renderer (pie) in the browser, loading Mermaid on that page only, and again on a theme change', async () => {
    // This build drew the pie in Chromium. A build without one leaves it as its source, as the wing's own step writes it
    // (rehype-diagrams.ts, no drawing stored), and publishes Mermaid's modules: the page is served as that build writes it.
    const { context, page, errors } = await newPage(served.browser, { colorScheme: 'light' })
    await page.route(
      (url) => url.pathname.startsWith('/diagrams'),
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.continue()
        const response = await route.fetch()
        const html = (await response.text()).replace(/<figure class="diagram" data-diagram="pie">[\s\S]*?<\/figure>/, (figure) => {
          const tree = fromHtml(/<pre[\s>][\s\S]*<\/pre>/.exec(figure)![0], { fragment: true })
          drawDiagrams(tree, path.join(os.tmpdir(), 'no-drawings-here'))
          return toHtml(tree)
        })
        return route.fulfill({ response, body: html })
      },
    )
    // Mermaid's own prebuilt modules, as that build publishes them (src/node/mermaid-assets.ts): dist/ under _handbook/mermaid/.
    const dist = path.resolve('node_modules', 'mermaid', 'dist')
    await page.route('**/_handbook/mermaid/**', (route) => {
      const file = path.join(dist, new URL(route.request().url()).pathname.split('/_handbook/mermaid/')[1]!)
      return file.startsWith(dist) && fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.fulfill({ status: 404 })
    })
    const loaded: { url: string; bytes: number }[] = []
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0))
      loaded.push({ url: new URL(response.url()).pathname, bytes: body.length })
    })
    await page.goto(`${served.url}/diagrams-in-mdx`)
    await page.waitForLoadState('networkidle')
    expect(loaded.filter((file) => file.url.includes('/mermaid/'))).toEqual([])

    loaded.length = 0
    await page.goto(`${served.url}/diagrams`)
    const pie = page.locator('figure.diagram-in-browser > svg[role="img"]')
    await pie.waitFor()
    await expect(pie.getAttribute('aria-label')).resolves.toBe('Time spent')
    await expect(page.locator('figure.diagram-in-browser > details.diagram-source pre').textContent()).resolves.toContain('"Writing" : 60')
    await page.waitForLoadState('networkidle')
    const mermaid = loaded.filter((file) => file.url.includes('/mermaid/'))
    expect(mermaid.length).toBeGreaterThan(0)
    const bytes = (files: typeof loaded) => files.reduce((sum, file) => sum + file.bytes, 0)
    console.log(`/diagrams with the pie drawn in the browser: ${bytes(loaded)} bytes loaded, ${bytes(mermaid)} of them Mermaid (${mermaid.length} files)`)
    const title = () =>
      page
        .locator('figure.diagram-in-browser > svg text')
        .first()
        .evaluate((text) => getComputedStyle(text).fill)
    const light = await title()
    await page.locator('[data-theme-toggle]').first().click()
    await page.waitForFunction((before) => {
      const text = document.querySelector('figure.diagram-in-browser > svg text')
      return text !== null && getComputedStyle(text).fill !== before
    }, light)
    await expect(page.locator('figure.diagram-in-browser > svg').count()).resolves.toBe(1)
    await screenshot(page, 'diagrams-in-browser-dark')
    expect(errors).toEqual([])
    await context.close()
  })
})
