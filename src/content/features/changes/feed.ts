/**
 * `/changes.xml`: the recent changes as an Atom feed (RFC 4287), one entry
 * per commit, newest first, each linking to its place on `/changes`.
 * Everything from the history (subjects, titles, paths) is escaped.
 */
import { absoluteUrl } from '../../links/url'
import { escapeXml } from '../../common/xml'
import { CHANGES_FEED_FILE, CHANGES_URL, commitAnchor } from './page'
import type { Change, RecentChanges } from './recent-changes'

export interface FeedSite {
  title: string
  siteUrl: string
  pathPrefix: string
}

function summaryOf(change: Change): string {
  return change.pages.map((page) => (page.url ? page.title : `${page.title} (${page.sourcePath}, no longer exists)`)).join(', ')
}

export function changesFeedXml(recent: RecentChanges, site: FeedSite): string {
  const page = absoluteUrl(site.siteUrl, site.pathPrefix, CHANGES_URL)
  const self = absoluteUrl(site.siteUrl, site.pathPrefix, `/${CHANGES_FEED_FILE}`)
  // A feed always has an `updated`: the newest change, else the build's "today" (never the clock).
  const updated = recent.changes[0]?.time ?? `${recent.today}T00:00:00.000Z`
  const entries = recent.changes.map((change) => {
    const link = `${page}#${commitAnchor(change.hash)}`
    return [
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(change.subject || '(no subject)')}</title>`,
      `    <updated>${escapeXml(change.time)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <summary>${escapeXml(`Changed: ${summaryOf(change)}`)}</summary>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(`${site.title}: recent changes`)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <author><name>${escapeXml(site.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
