/**
 * Accessibility budget: axe-core in Chromium on the key kinds of page, on
 * desktop and a 390 px phone, in light and dark colour schemes; zero serious
 * or critical violations. Plus what axe cannot see: the skip link, a visible
 * focus indicator on every tab stop, and the page landmarks. Over 300 lines
 * on purpose: one built site and one browser serve every case.
 */
import { afterAll, beforeAll, describe, expect, inject, it, type ExpectStatic } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { expectNoSeriousViolations as expectNoSerious, type MinorFindings } from '../support/axe'
import { DESKTOP, PHONE, launchBrowser, newPage, screenshot } from '../support/browser'

const siteUrl = inject('siteUrl')
const at = (url: string) => `${siteUrl}${url}`

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Lesser findings are not failures, but they are shown once at the end so they are not forgotten. */
const minorFindings: MinorFindings = new Map()

afterAll(() => {
  if (minorFindings.size === 0) return
  const lines = [...minorFindings].map(([rule, where]) => `  ${rule}: ${[...where].join(', ')}`)
  console.info(`axe: moderate/minor findings (not failing the budget):\n${lines.join('\n')}`)
})

const expectNoSeriousViolations = (page: Page, label: string, expect?: ExpectStatic) => expectNoSerious(page, label, minorFindings, expect)

const PAGES: Record<string, string> = {
  home: '/',
  'long page (management)': '/handbook/company/management',
  'tables and code (markdown)': '/editing/markdown',
  'tables and code (security)': '/handbook/operations/security',
  'not found': '/handbook/no-such-page',
  'people directory': '/people',
  'org chart': '/people/org-chart',
  teams: '/teams',
  'team page (platform)': '/teams/platform',
  'page past its review date': '/editing/stale-page-example',
  'migration guide (tabs, video)': '/editing/migrating/',
}

const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const

const SCHEMES = ['light', 'dark'] as const

// The page matrix runs a few pages at once (maxConcurrency in vitest.config.ts): axe waits on the browser, and nothing here is timed.
// Each page is loaded once per device, in light, then the system's scheme turns dark under it (the site follows it
// live: src/client/theme.ts): half the page loads, and the switch a reader's system makes at dusk is checked too.
// The tests below load pages in dark from the start.
describe.concurrent('axe on each kind of page', () => {
  for (const [name, url] of Object.entries(PAGES)) {
    for (const [device, viewport] of VIEWPORTS) {
      it(`${name}, ${device}, light then dark`, async ({ expect }) => {
        const { context, page } = await newPage(browser, { viewport, colorScheme: 'light' })
        await page.goto(at(url))
        for (const colorScheme of SCHEMES) {
          if (colorScheme !== 'light') await page.emulateMedia({ colorScheme })
          // The scheme really is the one asked for (dark follows the system unless toggled).
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
          expect(background === 'rgb(255, 255, 255)', `${url} background in ${colorScheme}`).toBe(colorScheme === 'light')
          await expectNoSeriousViolations(page, `${url} (${device}, ${colorScheme})`, expect)
        }
        await context.close()
      })
    }
  }
})

describe('axe: no serious or critical violations', () => {
  for (const colorScheme of SCHEMES) {
    it(`phone drawer open, ${colorScheme}`, async () => {
      const { context, page } = await newPage(browser, { viewport: PHONE, colorScheme })
      await page.goto(at('/handbook/company/management'))
      await page.locator('[data-menu-button]').click()
      await page.locator('[data-sidebar]').waitFor({ state: 'visible' })
      await expectNoSeriousViolations(page, `the phone drawer (${colorScheme})`)
      await context.close()
    })
  }

  // "Linked from" at the end of a much-linked page, its "and N more" opened (when the starter has that many links to it).
  for (const [device, viewport] of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      it(`"Linked from" open, ${device}, ${colorScheme}`, async () => {
        const { context, page } = await newPage(browser, { viewport, colorScheme })
        await page.goto(at('/handbook/company/values'))
        const backlinks = page.getByRole('region', { name: 'Linked from' })
        await expect(backlinks.count(), '"Linked from" on a page other pages link to').resolves.toBe(1)
        await expect(backlinks.getByRole('link').first().isVisible()).resolves.toBe(true)
        const more = backlinks.locator('details > summary')
        if ((await more.count()) > 0) await more.click()
        await backlinks.scrollIntoViewIfNeeded()
        if (device === 'phone') await screenshot(page, `a11y-backlinks-${device}-${colorScheme}`)
        await expectNoSeriousViolations(page, `"Linked from" (${device}, ${colorScheme})`)
        await context.close()
      })
    }
  }

  for (const [device, viewport] of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      it(`search open with results, ${device}, ${colorScheme}`, async (ctx) => {
        const { context, page } = await newPage(browser, { viewport, colorScheme })
        await page.goto(at('/handbook/company/management'))
        const combobox = page.locator('header [role="combobox"]').first()
        if ((await combobox.count()) === 0) {
          await context.close()
          // Search is not in the header yet (it is being built): nothing to check.
          ctx.skip('no role="combobox" in the header yet')
          return
        }
        await expect(combobox.isVisible(), 'the search field is visible in the header').resolves.toBe(true)
        await combobox.focus()
        await combobox.pressSequentially('onb')
        const listbox = page.getByRole('listbox')
        await listbox.first().waitFor({ state: 'visible' })
        await page.getByRole('option').first().waitFor({ state: 'visible' })
        await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true')
        await screenshot(page, `a11y-search-${device}-${colorScheme}`)
        await expectNoSeriousViolations(page, `search results (${device}, ${colorScheme})`)
        await context.close()
      })
    }
  }
})

/**
 * axe leaves text it cannot judge as "incomplete" (code that scrolls sideways
 * inside its block, for example), so the highlighting colours are measured
 * here directly: every piece of text in code, against the background it sits
 * on, in both schemes and whichever way the scheme was chosen.
 */
describe('code colours', () => {
  const THEMES = [
    ['light', 'light', false],
    ['dark', 'dark', false],
    ['dark (toggled from a light system)', 'light', true],
    ['light (toggled from a dark system)', 'dark', true],
  ] as const

  for (const url of ['/handbook/operations/security', '/editing/markdown']) {
    for (const [theme, colorScheme, toggle] of THEMES) {
      it(`every highlighted token has 4.5:1 contrast on ${url}, ${theme}`, async () => {
        const { context, page } = await newPage(browser, { colorScheme })
        await page.goto(at(url))
        if (toggle) {
          await page.locator('[data-theme-toggle]').click()
          await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe(colorScheme === 'light' ? 'dark' : 'light')
        }
        const report = await page.evaluate(() => {
          type RGBA = [number, number, number, number]
          const parse = (css: string): RGBA => {
            const m = css.match(/rgba?\(([^)]+)\)/)
            if (!m) return [0, 0, 0, 0]
            const parts = m[1]!
              .split(/[ ,/]+/)
              .filter(Boolean)
              .map(Number)
            return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1]
          }
          const over = (top: RGBA, bottom: RGBA): RGBA => {
            const a = top[3] + bottom[3] * (1 - top[3])
            if (a === 0) return [0, 0, 0, 0]
            const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a
            return [mix(0), mix(1), mix(2), a]
          }
          const background = (el: Element | null): RGBA => {
            const layers: RGBA[] = []
            for (let node = el; node; node = node.parentElement) {
              const colour = parse(getComputedStyle(node).backgroundColor)
              if (colour[3] > 0) layers.push(colour)
              if (colour[3] === 1) break
            }
            return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1])
          }
          const luminance = ([r, g, b]: RGBA) => {
            const c = [r, g, b].map((v) => {
              const s = v / 255
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
            })
            return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!
          }
          const ratio = (a: RGBA, b: RGBA) => {
            const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
            return (hi! + 0.05) / (lo! + 0.05)
          }
          const failures: string[] = []
          const colours = new Set<string>()
          let checked = 0
          const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const el = text.parentElement
            if (!el || !text.textContent?.trim() || !el.closest('pre, code')) continue
            const bg = background(el)
            const fg = over(parse(getComputedStyle(el).color), bg)
            const value = ratio(fg, bg)
            checked++
            colours.add(getComputedStyle(el).color)
            if (value < 4.5) {
              failures.push(
                `${el.className || el.tagName.toLowerCase()} "${text.textContent.trim().slice(0, 20)}": ${value.toFixed(2)}:1 (${getComputedStyle(el).color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}))`,
              )
            }
          }
          return { checked, colours: colours.size, failures: [...new Set(failures)] }
        })
        expect(report.checked, 'pieces of code text measured').toBeGreaterThan(20)
        expect(report.colours, 'distinct code colours (is highlighting on?)').toBeGreaterThanOrEqual(4)
        expect(report.failures, `code text under 4.5:1:\n${report.failures.join('\n')}`).toEqual([])
        await context.close()
      })
    }
  }
})

describe('keyboard', () => {
  for (const [device, viewport] of VIEWPORTS) {
    it(`the first Tab shows a "Skip to content" link that moves focus to main (${device})`, async () => {
      const { context, page } = await newPage(browser, { viewport })
      await page.goto(at('/handbook/company/management'))
      await page.keyboard.press('Tab')
      const skip = await page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null
        const box = active?.getBoundingClientRect()
        return {
          text: active?.textContent?.trim(),
          href: active?.getAttribute('href'),
          inViewport: !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
          topmost: !!box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === active,
        }
      })
      expect(skip.text).toBe('Skip to content')
      expect(skip.inViewport, 'the skip link is on screen when focused').toBe(true)
      expect(skip.topmost, 'nothing covers the focused skip link').toBe(true)
      await screenshot(page, `a11y-skip-link-${device}`)
      await page.keyboard.press('Enter')
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN')
      // The next Tab continues inside the content, not back in the header.
      await page.keyboard.press('Tab')
      await expect(page.evaluate(() => !!document.activeElement?.closest('main'))).resolves.toBe(true)
      await context.close()
    })
  }

  const FOCUS_CASES = [
    ['desktop', DESKTOP, 'light', '/handbook/company/management'],
    ['desktop', DESKTOP, 'dark', '/handbook/company/management'],
    ['desktop', DESKTOP, 'light', '/'],
    ['phone', PHONE, 'light', '/handbook/operations/security'],
    ['phone', PHONE, 'dark', '/handbook/operations/security'],
  ] as const

  for (const [device, viewport, colorScheme, url] of FOCUS_CASES) {
    it(`every tab stop shows a visible focus indicator (${url}, ${device}, ${colorScheme})`, async () => {
      const { context, page } = await newPage(browser, { viewport, colorScheme })
      await page.goto(at(url))
      const STOPS = 15
      type Look = { outline: string; outlineWidth: number; outlineColor: string; boxShadow: string }
      const stops: { index: number; description: string; focused: Look; outlineContrast: number; coveredBy: string | null; visible: boolean }[] = []
      for (let i = 0; i < STOPS; i++) {
        await page.keyboard.press('Tab')
        const stop = await page.evaluate((index) => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return null
          el.setAttribute('data-a11y-stop', String(index))
          const style = getComputedStyle(el)
          const box = el.getBoundingClientRect()
          // Contrast of the outline against the page background (WCAG 1.4.11 asks 3:1).
          const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
          const luminance = (css: string) => {
            const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
              const c = v / 255
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
            })
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
          }
          const [hi, lo] = [luminance(style.outlineColor), luminance(getComputedStyle(document.body).backgroundColor)].sort((a, b) => b - a)
          const outlineContrast = (hi! + 0.05) / (lo! + 0.05)
          const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)
          return {
            index,
            description: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${text}"`,
            focused: {
              outline: style.outlineStyle,
              outlineWidth: parseFloat(style.outlineWidth),
              outlineColor: style.outlineColor,
              boxShadow: style.boxShadow,
            },
            outlineContrast,
            // Whatever sits at the element's centre must be the element itself (WCAG 2.4.11: focus not obscured).
            coveredBy: (() => {
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
              return !hit || el.contains(hit) ? null : `${hit.tagName.toLowerCase()}.${String(hit.className).split(' ').join('.')}`
            })(),
            visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && style.visibility !== 'hidden',
          }
        }, i)
        if (!stop) break
        if (i === 3) await screenshot(page, `a11y-focus-${device}-${colorScheme}${url === '/' ? '-home' : ''}`)
        stops.push(stop)
      }
      expect(stops.length, 'tab stops reached').toBeGreaterThanOrEqual(5)
      // Now the same elements without focus.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      const unfocused = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-a11y-stop]')].map((el) => {
          const style = getComputedStyle(el)
          return { index: Number(el.dataset.a11yStop), outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth), boxShadow: style.boxShadow }
        }),
      )
      const problems: string[] = []
      for (const stop of stops) {
        const before = unfocused.find((u) => u.index === stop.index)!
        const hasOutline = stop.focused.outline !== 'none' && stop.focused.outlineWidth >= 1 && !/, 0\)$|transparent/.test(stop.focused.outlineColor)
        const outlineChanged = hasOutline && (before.outline === 'none' || before.outlineWidth < 1 || before.outlineWidth !== stop.focused.outlineWidth || before.outline !== stop.focused.outline)
        const shadowChanged = stop.focused.boxShadow !== 'none' && stop.focused.boxShadow !== before.boxShadow
        if (!outlineChanged && !shadowChanged) problems.push(`tab stop ${stop.index + 1} ${stop.description}: no focus indicator (${JSON.stringify(stop.focused)})`)
        else if (outlineChanged && !shadowChanged && stop.outlineContrast < 3) {
          problems.push(`tab stop ${stop.index + 1} ${stop.description}: focus outline ${stop.focused.outlineColor} has ${stop.outlineContrast.toFixed(2)}:1 against the page, under 3:1`)
        }
        if (!stop.visible) problems.push(`tab stop ${stop.index + 1} ${stop.description}: focused but not visible on screen`)
        else if (stop.coveredBy) problems.push(`tab stop ${stop.index + 1} ${stop.description}: covered by ${stop.coveredBy}`)
      }
      expect(problems, problems.join('\n')).toEqual([])
      await context.close()
    })
  }
})

describe('landmarks', () => {
  const CASES = [
    ['a handbook page', '/handbook/company/management', true],
    ['the home page', '/', false],
    ['the 404 page', '/handbook/no-such-page', false],
  ] as const

  for (const [name, url, hasSidebar] of CASES) {
    for (const [device, viewport] of VIEWPORTS) {
      it(`${name} has banner, main${hasSidebar ? ', navigation' : ''} (${device})`, async () => {
        const { context, page } = await newPage(browser, { viewport })
        await page.goto(at(url))
        await expect(page.getByRole('banner').count()).resolves.toBe(1)
        await expect(page.getByRole('main').count()).resolves.toBe(1)
        await expect(page.locator('main').getAttribute('id')).resolves.toBe('main')
        // The site title inside the banner leads home.
        await expect(page.getByRole('banner').getByRole('link').first().isVisible()).resolves.toBe(true)
        // At most one contentinfo, and only at the top level.
        await expect(page.getByRole('contentinfo').count()).resolves.toBeLessThanOrEqual(1)
        if (hasSidebar) {
          // The sidebar is a named navigation landmark (hidden behind the menu button on phones, but present).
          await expect(page.getByRole('navigation', { name: 'Handbook pages', includeHidden: true }).count()).resolves.toBe(1)
          await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).count()).resolves.toBe(1)
        }
        // Every navigation landmark has a name, so screen reader users can tell them apart.
        const unnamed = await page.evaluate(() => [...document.querySelectorAll('nav')].filter((nav) => !nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')).map((nav) => nav.className))
        expect(unnamed, 'navigation landmarks without a name').toEqual([])
        // Nothing readable sits outside a landmark, except the skip link.
        const outside = await page.evaluate(() => {
          const LANDMARKS = 'header, nav, main, aside, footer, [role="banner"], [role="navigation"], [role="main"], [role="complementary"], [role="contentinfo"], [role="search"], [role="region"]'
          return [...document.body.querySelectorAll<HTMLElement>('a, button, input, h1, h2, h3, p')]
            .filter((el) => el.offsetParent !== null && !el.closest(LANDMARKS) && !el.classList.contains('skip-link'))
            .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`)
        })
        expect(outside, 'content outside any landmark').toEqual([])
        await context.close()
      })
    }
  }
})
