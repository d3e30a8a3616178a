/**
 * Replacing a region of a page Gatsby wrote (features/feature.ts
 * `PageRegion`), in both of its files: the HTML a reader opens and the page
 * data the site's own navigation renders from, which holds the same HTML
 * as a JSON string.
 */
import type { PageRegion } from '../content/features/feature'

/** `text` with what lies between `start` and `end` replaced by `inner`; undefined when the markers are not there. */
export function replaceRegion(text: string, start: string, end: string, inner: string): string | undefined {
  const from = text.indexOf(start)
  const to = from < 0 ? -1 : text.indexOf(end, from + start.length)
  if (to < 0) return undefined
  return text.slice(0, from + start.length) + inner + text.slice(to)
}

/** A JSON string's contents as JSON writes them, without the quotes. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1)

/** The page's HTML with the region replaced; undefined when it is not there. */
export function regionInHtml(html: string, region: PageRegion): string | undefined {
  return replaceRegion(html, region.start, region.end, region.html)
}

/** The page's data (JSON, where the HTML is a string) with the region replaced; undefined when it is not there. */
export function regionInPageData(json: string, region: PageRegion): string | undefined {
  return replaceRegion(json, inJson(region.start), inJson(region.end), inJson(region.html))
}
