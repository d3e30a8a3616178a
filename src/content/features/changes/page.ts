/**
 * The recent changes page (`/changes`) as a generated page, published like
 * the people pages (people/publish.ts rewrites and records its links): one
 * section per day, newest first; each commit with its subject, the pages it
 * changed (linked, or marked as gone) and its hash (linked to the commit on
 * the repository host when one is configured). Without history, or in a
 * shallow clone, it says so and lists nothing. Commit subjects are text
 * nodes: hast-util-to-html escapes them.
 */
import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import type { GeneratedPage } from '../generated-page'
import type { RepositorySettings } from '../../settings'
import { changesByDay, type Change, type ChangedPage, type RecentChanges } from './recent-changes'
import { commitUrl } from '../../page/edit-url'
import { dateText } from '../../../shared/date-text'
import { messagesFor, type Messages } from '../../../shared/i18n'

export const CHANGES_URL = '/changes'
/** The Atom feed, at the site root (written next to sitemap.xml). */
export const CHANGES_FEED_FILE = 'changes.xml'
/** What the registry of site URLs says of `/changes`. */
export const CHANGES_URL_OWNER = 'the recent changes page (made from the git history of the content folder)'
/** Where links from the page resolve from: no content file has this name. */
const CHANGES_SOURCE = '(git history)'

export interface ChangesPageOptions {
  lang: string
  repository: RepositorySettings
  /** The interface's words for `lang` (the handbook's `messages:` over the catalogue); the catalogue's without. */
  messages?: Messages
}

export const dayAnchor = (day: string) => `changes-${day}`
export const commitAnchor = (hash: string) => `commit-${hash}`

/** What a changed page's note says of its change, `(new)`; none for a page edited in place. */
function kindText(page: ChangedPage, messages: Messages): string | undefined {
  if (page.kind === 'added') return messages.text('changeAdded')
  if (page.kind === 'deleted') return messages.text('changeDeleted')
  if (page.kind === 'renamed') return page.from ? messages.text('changeRenamedFrom', { from: page.from }) : messages.text('changeRenamed')
  return undefined
}

function pageItem(page: ChangedPage, messages: Messages): ElementContent {
  const kind = kindText(page, messages)
  const note = kind && page.url ? [h('span', { className: ['change-kind'] }, ` ${kind}`)] : []
  if (page.url) return h('li', [h('a', { href: page.url }, page.title), ...note])
  return h('li', { className: ['change-gone'] }, [h('span', page.title), h('span', { className: ['change-kind'] }, ` ${messages.text('changeGone', { file: page.sourcePath })}`)])
}

function changeItem(change: Change, options: ChangesPageOptions, messages: Messages): ElementContent {
  const short = change.hash.slice(0, 7)
  const url = commitUrl(options.repository, change.hash)
  return h('li', { className: ['change'], id: commitAnchor(change.hash) }, [
    h('p', { className: ['change-subject'] }, change.subject || messages.text('changeNoSubject')),
    h(
      'ul',
      { className: ['change-pages'] },
      change.pages.map((page) => pageItem(page, messages)),
    ),
    h('p', { className: ['change-meta'] }, [
      h('time', { dateTime: change.time }, messages.text('changeTime', { time: dateText(change.time, options.lang, { timeStyle: 'short' }) })),
      ' · ',
      url ? h('a', { href: url }, [h('code', short)]) : h('code', short),
    ]),
  ])
}

function notice(recent: RecentChanges, messages: Messages): string | undefined {
  if (recent.state === 'none') return messages.text('changesNoHistory')
  if (recent.state === 'shallow') return messages.text('changesShallow')
  return undefined
}

export function changesPage(recent: RecentChanges, options: ChangesPageOptions): GeneratedPage {
  const messages = options.messages ?? messagesFor(options.lang)
  const missing = notice(recent, messages)
  const days = missing ? [] : changesByDay(recent.changes)
  const window = { days: messages.text('dayCount', { count: recent.days }), commits: messages.text('commitCount', { count: recent.limit }) }
  const feed = h('a', { href: `/${CHANGES_FEED_FILE}`, type: 'application/atom+xml' }, CHANGES_FEED_FILE)
  const nodes: ElementContent[] = [
    h('p', { className: ['changes-intro'] }, [
      missing ? missing : days.length ? messages.text('changesIntro', { count: recent.changes.length, ...window }) : messages.text('changesNone', window),
      ' ',
      ...messages.parts('changesFeed').map((part) => (typeof part === 'string' ? part : feed)),
    ]),
  ]
  for (const day of days) {
    nodes.push(h('h2', { id: dayAnchor(day.day) }, [h('time', { dateTime: day.day }, dateText(`${day.day}T00:00:00Z`, options.lang, { dateStyle: 'full' }))]))
    nodes.push(
      h(
        'ul',
        { className: ['changes-list'] },
        day.changes.map((change) => changeItem(change, options, messages)),
      ),
    )
  }
  const toc = days.map((day) => ({ depth: 2, id: dayAnchor(day.day), text: dateText(`${day.day}T00:00:00Z`, options.lang, { dateStyle: 'medium' }) }))
  const body: Root = { type: 'root', children: nodes }
  return {
    kind: 'changes',
    url: CHANGES_URL,
    title: messages.text('recentChanges'),
    description: messages.text('changesDescription'),
    dataFile: CHANGES_SOURCE,
    body,
    toc,
    anchors: [...toc.map((entry) => entry.id), ...recent.changes.map((change) => commitAnchor(change.hash))],
    // Not searched: commit subjects are not the handbook's text, and they change every build.
    sections: [],
    files: [],
  }
}
