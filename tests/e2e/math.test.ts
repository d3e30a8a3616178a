/**
 * Math in the browser, with JavaScript disabled: KaTeX's HTML drawn at
 * build time takes room on the page in KaTeX's own fonts, loaded from the
 * stylesheet only the page with math links. What the page adds is
 * measured: the stylesheet and the fonts it really loads.
 */
import { describe, expect, it } from 'vitest'
import { newPage, screenshot } from '../support/browser'
import { servedFixture } from '../support/served-fixture'

const served = servedFixture('drawn')

/** What a page loads from KaTeX's folder, in bytes, by file. */
async function katexLoads(url: string): Promise<{ sizes: Record<string, number>; math?: { width: number; height: number; font: string; fontsLoaded: string[] } }> {
  const { context, page } = await newPage(served.browser, { javaScriptEnabled: false })
  const sizes: Record<string, number> = {}
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname
    if (path.includes('/katex-')) sizes[path.replace(/^.*\/katex-[^/]+\//, '')] = (await response.body()).length
  })
  await page.goto(`${served.url}${url}`, { waitUntil: 'networkidle' })
  const found = await page.locator('.katex').count()
  const math = found
    ? await page
        .locator('.katex')
        .first()
        .evaluate(async (element) => {
          await document.fonts.ready
          const box = element.getBoundingClientRect()
          const fontsLoaded = [...document.fonts].filter((face) => face.status === 'loaded' && face.family.startsWith('KaTeX')).map((face) => `${face.family} ${face.style} ${face.weight}`)
          return { width: box.width, height: box.height, font: getComputedStyle(element).fontFamily, fontsLoaded }
        })
    : undefined
  if (found) await screenshot(page, `math-${url.slice(1) || 'home'}-no-js`)
  await context.close()
  return { sizes, ...(math ? { math } : {}) }
}

describe('math without JavaScript', () => {
  it("is drawn in KaTeX's fonts, with room on the page, and reports what the page loads", async () => {
    const { sizes, math } = await katexLoads('/math')
    expect(math!.width).toBeGreaterThan(10)
    expect(math!.height).toBeGreaterThan(5)
    expect(math!.font).toMatch(/KaTeX_Main/)
    expect(math!.fontsLoaded).toContain('KaTeX_Main normal 400')
    expect(Object.keys(sizes)).toContain('katex.min.css')
    expect(Object.keys(sizes).some((file) => file.startsWith('fonts/KaTeX_Main-Regular'))).toBe(true)
    const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0)
    console.log(`a page with math loads ${Object.keys(sizes).length} KaTeX files, ${total} bytes: ${JSON.stringify(sizes)}`)
    // The stylesheet and the handful of fonts the formulas use, never the whole set (~280 kB).
    expect(total).toBeLessThan(150_000)
  })

  it('adds nothing to a page without math', async () => {
    const { sizes, math } = await katexLoads('/')
    expect(sizes).toEqual({})
    expect(math).toBeUndefined()
  })
})
