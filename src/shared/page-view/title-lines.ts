/**
 * The lines under a page's title, in order. A new line is one more entry
 * here; Article draws each (class `article-line-<kind>`).
 */
import { ownerLine } from './ownership'
import type { TitleLine } from './lines'
import type { PageFacts } from './page-node'
import type { SiteContext } from './site'

export function titleLines(page: PageFacts, site: Pick<SiteContext, 'pathPrefix'>): TitleLine[] {
  const lines = [ownerLine(page.owners ?? [], site.pathPrefix)]
  return lines.filter((line): line is TitleLine => line !== undefined)
}
