/** Who owns a page and whether it is past its review date, as the page says it, in its language. */
import { withPathPrefix } from '../path-prefix'
import { dateText } from '../date-text'
import { messagesFor, type Messages } from '../i18n'
import { listed, messageLine, type LinePart, type TitleLine } from './lines'
import type { OwnerFields, PageNode } from './page-node'

function ownerParts(owners: readonly OwnerFields[], pathPrefix: string, messages: Messages): LinePart[] {
  return listed(
    owners.map((owner) => [{ text: owner.label, url: withPathPrefix(pathPrefix, owner.url) }]),
    messages,
  )
}

/** "Owned by Platform. Ask in #team-platform": the owners, then the channels of the teams among them. */
export function ownerLine(owners: readonly OwnerFields[], pathPrefix: string, messages: Messages = messagesFor('en')): TitleLine | undefined {
  if (owners.length === 0) return undefined
  const channels = owners.flatMap((owner) => (owner.channel ? [[{ text: owner.channel, ...(owner.channelUrl ? { url: owner.channelUrl } : {}) }]] : []))
  const slots = { owners: ownerParts(owners, pathPrefix, messages), channels: listed(channels, messages, 'listOr') }
  return { kind: 'owners', parts: messageLine(messages, channels.length > 0 ? 'ownedByAsk' : 'ownedBy', slots) }
}

/** "This page was last reviewed on 1 May 2026 and may be out of date. Ask Platform." The date in the page's language `lang`. */
export function reviewNote(review: NonNullable<PageNode['review']>, owners: readonly OwnerFields[], lang: string, pathPrefix: string, messages: Messages = messagesFor(lang)): LinePart[] | undefined {
  if (!review.stale || !review.reviewed) return undefined
  const when = dateText(`${review.reviewed}T00:00:00Z`, lang)
  if (owners.length === 0) return [{ text: messages.text('reviewNote', { date: when }) }]
  return messageLine(messages, 'reviewNoteAsk', { owners: ownerParts(owners, pathPrefix, messages) }, { date: when })
}
