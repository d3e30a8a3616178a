/**
 * The build log's line about diagrams left to the browser (no Chromium at
 * build time: draw-ahead.ts warns why): how many, on which pages, read from
 * the pages Gatsby wrote (an `.mdx` page's HTML is only there). Said once
 * per build, and only when there is one.
 */
import type { OutputInput, WingOutput } from '../feature'
import { mentionsMermaid } from './blocks'

const IN_BROWSER = /<figure class="diagram diagram-in-browser"/g

/** The diagrams drawn in the browser, by page URL. */
export function diagramsInBrowser(input: Pick<OutputInput, 'handbook' | 'documentOf'>): Map<string, number> {
  const found = new Map<string, number>()
  for (const page of input.handbook.pages) {
    if (!mentionsMermaid(page.source)) continue
    const count = input.documentOf(page.url)?.match(IN_BROWSER)?.length ?? 0
    if (count) found.set(page.url, count)
  }
  return found
}

/** The wing's output: no file, the log line when a diagram is left to the browser. */
export function diagramsOutput(input: OutputInput): WingOutput | undefined {
  const pages = diagramsInBrowser(input)
  if (pages.size === 0) return undefined
  const total = [...pages.values()].reduce((sum, count) => sum + count, 0)
  const where = [...pages.keys()].slice(0, 3).join(', ') + (pages.size > 3 ? ` and ${pages.size - 3} more pages` : '')
  return { files: [], summary: () => `${total} diagram${total === 1 ? '' : 's'} drawn in the browser (${where}): Mermaid is published under _handbook/mermaid/ and loaded on those pages only` }
}
