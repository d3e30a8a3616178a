/**
 * The print views' `.mdx` pages, filled after the build (print-mdx.ts), as
 * regions of the views' pages for the build to replace: each `.mdx` page's
 * article read once from the page Gatsby wrote, whatever views it is in.
 */
import type { Root } from 'hast'
import type { OutputInput, PageRegion } from '../feature'
import { bodyOfDocument } from '../../publish/built-page'
import { fillMdxPages, hasMdxHoles, PRINT_DOCUMENT_END, PRINT_DOCUMENT_START } from './print-mdx'

export interface MdxRegions {
  regions: PageRegion[]
  /** `.mdx` pages Gatsby wrote no article for: their notes stay. */
  missing: string[]
}

/** The print views' documents with their `.mdx` pages filled in. */
export function mdxRegions({ handbook, settings, documentOf, hrefPrefix }: Pick<OutputInput, 'handbook' | 'settings' | 'documentOf' | 'hrefPrefix'>): MdxRegions {
  const bodies = new Map<string, Root | undefined>()
  const bodyOf = (url: string): Root | undefined => {
    if (!bodies.has(url)) {
      const document = documentOf(url)
      bodies.set(url, document === undefined ? undefined : bodyOfDocument(document))
    }
    const body = bodies.get(url)
    return body && structuredClone(body)
  }
  const site = { siteUrl: settings.siteUrl, pathPrefix: settings.pathPrefix, hrefPrefix }
  const regions: PageRegion[] = []
  const missing = new Set<string>()
  for (const page of handbook.generated) {
    if (page.kind !== 'print' || !hasMdxHoles(page.html)) continue
    const start = page.html.indexOf(PRINT_DOCUMENT_START)
    const end = page.html.indexOf(PRINT_DOCUMENT_END, start)
    if (start < 0 || end < 0) continue
    const filled = fillMdxPages(page.html.slice(start + PRINT_DOCUMENT_START.length, end), bodyOf, site)
    for (const url of filled.missing) missing.add(url)
    regions.push({ url: page.url, start: PRINT_DOCUMENT_START, end: PRINT_DOCUMENT_END, html: filled.html })
  }
  return { regions, missing: [...missing] }
}
