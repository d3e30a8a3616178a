/**
 * Images the editor wrote without alt text (`image-alt`, a warning). Only
 * those with a line: a person's photo in a card is drawn beside their name,
 * its empty alt on purpose.
 */
import { warning } from '../common/diagnostics'
import type { LinkRule } from './link-rule'

export const imageAlt: LinkRule = (use, page) => {
  if (!use.embedded || use.alt === undefined || use.alt.trim() !== '' || use.line === undefined) return undefined
  return { problem: warning('image-alt', page.sourcePath, `image "${use.href}" has no alt text: describe it for readers who cannot see it, e.g. ![Team structure diagram](${use.href})`, use.line, use.column) }
}
