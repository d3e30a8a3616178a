/**
 * The lines under a page's title, in order. A new line is one more entry
 * here; Article draws each (class `article-line-<kind>`).
 */
import { messagesFor, type Messages } from '../i18n'
import { ownerLine } from './ownership'
import type { TitleLine } from './lines'
import type { PageFacts } from './page-node'
import type { SiteContext } from './site'

export function titleLines(page: PageFacts, site: Pick<SiteContext, 'pathPrefix'>, messages: Messages = messagesFor('en')): TitleLine[] {
  const lines = [ownerLine(page.owners ?? [], site.pathPrefix, messages)]
  return lines.filter((line): line is TitleLine => line !== undefined)
}
