/**
 * The print views' documents, filled after the build: each view's page as
 * Gatsby wrote it has an empty place between its markers (print-mdx.ts),
 * and gets its document there, made now, one view at a time (print-pages.ts
 * `afterBuild`), with its `.mdx` pages' articles read from the pages Gatsby
 * wrote, each read once whatever views it is in.
 */
import type { Root } from 'hast'
import type { OutputInput, PageRegion } from '../feature'
import { bodyOfDocument } from '../../publish/built-page'
import { fillMdxPages, hasMdxHoles, PRINT_DOCUMENT_END, PRINT_DOCUMENT_START } from './print-mdx'

export interface DocumentRegions {
  /** The views' documents, each made when the build comes to write it: never all held at once. */
  regions: Iterable<PageRegion>
  /** How many views there are to fill. */
  views: number
  /** `.mdx` pages Gatsby wrote no article for (their notes stay): complete once every region is made. */
  missing: Set<string>
  /** How many `.mdx` pages were filled in, over all views: complete once every region is made. */
  filledMdx: { count: number }
}

/** The print views' documents, as regions of the views' pages for the build to fill. */
export function documentRegions({ handbook, settings, documentOf, hrefPrefix }: Pick<OutputInput, 'handbook' | 'settings' | 'documentOf' | 'hrefPrefix'>): DocumentRegions {
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
  const views = handbook.generated.filter((page) => page.kind === 'print' && page.afterBuild !== undefined)
  const missing = new Set<string>()
  const filledMdx = { count: 0 }
  function* regions(): Generator<PageRegion> {
    for (const page of views) {
      const made = page.afterBuild!()
      let html = made
      if (hasMdxHoles(made)) {
        const filled = fillMdxPages(made, bodyOf, site)
        for (const url of filled.missing) missing.add(url)
        filledMdx.count += filled.filled
        html = filled.html
      }
      yield { url: page.url, start: PRINT_DOCUMENT_START, end: PRINT_DOCUMENT_END, html }
    }
  }
  return { regions: regions(), views: views.length, missing, filledMdx }
}
