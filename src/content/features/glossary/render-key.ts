/**
 * What a page's render depends on of the glossary: the entries whose words
 * occur in its text. It joins the render-cache key of that page only
 * (pipeline/render-pages.ts): a new or changed entry renders again the pages
 * that use its words, and a page that uses none keeps its cache entry.
 */
import { hashOf } from '../../common/hash'
import { matcherOf } from './mark-terms'
import type { GlossaryTips } from './types'

/** The page's part of the render-cache key: a hash of the entries whose words its text holds (as written, before rendering), else nothing. */
export function glossaryRenderKey(text: string, tips: GlossaryTips | undefined): string {
  if (!tips?.entries.length) return ''
  const used = [
    ...new Set(
      matcherOf(tips)
        .matches(text)
        .map((match) => match.entry),
    ),
  ].sort((a, b) => a - b)
  return used.length ? hashOf(JSON.stringify(used.map((entry) => tips.entries[entry]))) : ''
}
