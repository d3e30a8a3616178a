/**
 * The print views as pages (print-pages.ts), loaded as the build loads them
 * and as develop does (`onDemand`): develop's views carry no document until
 * one is asked for, then the very document the build makes.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'

const settings = resolveSettings({ contentDir: path.join(__dirname, '..', '..', '..', 'fixtures', 'backlinks') }, { HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
const printViews = (onDemand: boolean) => loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', build: true, onDemand }).generated.filter((page) => page.kind === 'print')

describe('print views', () => {
  it('are made when asked for in develop, the same as the build makes them', () => {
    const built = printViews(false)
    const later = printViews(true)
    expect(built.length).toBeGreaterThan(0)
    expect(later.map((page) => page.url)).toEqual(built.map((page) => page.url))
    for (const [i, page] of later.entries()) {
      const whole = built[i]!
      expect(whole.html).toContain('<nav class="print-toc"')
      expect(whole.htmlOnDemand).toBeUndefined()
      expect(page.html).toBe('')
      expect(page.anchors).toEqual([])
      expect(page.htmlOnDemand?.()).toBe(whole.html)
      expect(page.title).toBe(whole.title)
    }
  })
})
