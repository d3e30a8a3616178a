/**
 * The print views as pages (print-pages.ts), loaded as the build loads them
 * and as develop does (`onDemand`): a build's views carry an empty place for
 * their document, made after the build (`afterBuild`), and the ids it gives;
 * develop's carry no document until one is asked for; both make the very
 * same document.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'node-html-parser'
import { loadHandbook } from '../../../../src/content'
import { resolveSettings } from '../../../../src/content/settings'
import { markedDocument, PRINT_DOCUMENT_END, PRINT_DOCUMENT_START } from '../../../../src/content/features/print/print-mdx'
import { replaceRegion } from '../../../../src/node/page-regions'

const settings = resolveSettings({ contentDir: path.join(__dirname, '..', '..', '..', 'fixtures', 'backlinks') }, { HANDBOOK_TODAY: '2026-12-01' }, process.cwd())
const printViews = (onDemand: boolean) => loadHandbook(settings, { includeDrafts: false, hrefPrefix: '', build: true, onDemand }).generated.filter((page) => page.kind === 'print')

describe('print views', () => {
  const built = printViews(false)
  const later = printViews(true)

  it("leave a build's document to be made after the build, in a place of its own", () => {
    expect(built.length).toBeGreaterThan(0)
    for (const page of built) {
      expect(page.html).toContain(markedDocument(''))
      expect(page.html).not.toContain('print-toc')
      expect(page.htmlOnDemand).toBeUndefined()
      expect(page.afterBuild?.()).toContain('<nav class="print-toc"')
    }
  })

  it('give the checks every id the document will have', () => {
    for (const page of built) {
      const ids = parse(page.afterBuild!())
        .querySelectorAll('[id]')
        .map((element) => element.id)
      expect(ids.length).toBeGreaterThan(2)
      expect([...page.anchors].sort()).toEqual(ids.filter((id) => id !== 'print-contents').sort())
    }
  })

  it('are made when asked for in develop, the same as the build makes and fills them', () => {
    expect(later.map((page) => page.url)).toEqual(built.map((page) => page.url))
    for (const [i, page] of later.entries()) {
      const whole = built[i]!
      expect(page.html).toBe('')
      expect(page.anchors).toEqual([])
      expect(page.afterBuild).toBeUndefined()
      expect(page.htmlOnDemand?.()).toBe(replaceRegion(whole.html!, PRINT_DOCUMENT_START, PRINT_DOCUMENT_END, whole.afterBuild!()))
      expect(page.title).toBe(whole.title)
    }
  })
})
