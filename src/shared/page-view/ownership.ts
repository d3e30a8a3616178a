/** Who owns a page and whether it is past its review date, as the page says it. */
import { withPathPrefix } from '../path-prefix'
import { dateText } from '../date-text'
import { listed, type LinePart, type TitleLine } from './lines'
import type { OwnerFields, PageNode } from './page-node'

function ownerParts(owners: readonly OwnerFields[], pathPrefix: string): LinePart[] {
  return listed(owners.map((owner) => [{ text: owner.label, url: withPathPrefix(pathPrefix, owner.url) }]))
}

/** "Owned by Platform. Ask in #team-platform": the owners, then the channels of the teams among them. */
export function ownerLine(owners: readonly OwnerFields[], pathPrefix: string): TitleLine | undefined {
  if (owners.length === 0) return undefined
  const channels = owners.flatMap((owner) => (owner.channel ? [[{ text: owner.channel, ...(owner.channelUrl ? { url: owner.channelUrl } : {}) }]] : []))
  const ask = channels.length > 0 ? [{ text: '. Ask in ' }, ...listed(channels).map((part) => (part.text === ' and ' ? { text: ' or ' } : part))] : []
  return { kind: 'owners', parts: [{ text: 'Owned by ' }, ...ownerParts(owners, pathPrefix), ...ask] }
}

/** "This page was last reviewed on 1 May 2026 and may be out of date. Ask Platform." */
export function reviewNote(review: NonNullable<PageNode['review']>, owners: readonly OwnerFields[], lang: string, pathPrefix: string): LinePart[] | undefined {
  if (!review.stale || !review.reviewed) return undefined
  const when = dateText(`${review.reviewed}T00:00:00Z`, lang)
  const ask = owners.length > 0 ? [{ text: ' Ask ' }, ...ownerParts(owners, pathPrefix), { text: '.' }] : []
  return [{ text: `This page was last reviewed on ${when} and may be out of date.` }, ...ask]
}
