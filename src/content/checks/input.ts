/**
 * The work several checks share, done once per run: which pages were read,
 * the pages by URL, each page's lines (split on demand, kept for the run).
 */
import type { Handbook, Page } from '../handbook'
import type { CheckInput, LinkedPage } from './check'
import type { CheckOptions } from './options'

export function checkInput(handbook: Handbook, options: CheckOptions): CheckInput {
  // A page over a limit of limits.ts was not read: its error is all there is to say (not "empty", "no title").
  const unread = new Set(handbook.diagnostics.filter((d) => d.code === 'page-limit').map((d) => d.file))
  const pagesByUrl = new Map<string, LinkedPage>([
    ...handbook.generated.map((page) => [page.url, { sourcePath: `the page ${page.url} (made from ${page.dataFile})`, anchors: page.anchors, format: 'md' }] as const),
    ...handbook.pages.map((page) => [page.url, page] as const),
  ])
  const lines = new Map<Page, readonly string[]>()
  return {
    handbook,
    options,
    readPages: handbook.pages.filter((page) => !unread.has(page.sourcePath)),
    pagesByUrl,
    linesOf(page) {
      let split = lines.get(page)
      if (!split) lines.set(page, (split = page.source.split('\n')))
      return split
    },
  }
}
