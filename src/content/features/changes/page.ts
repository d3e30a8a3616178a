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
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const dayAnchor = (day: string) => `changes-${day}`
export const commitAnchor = (hash: string) => `commit-${hash}`

const KIND_TEXT: Record<ChangedPage['kind'], string> = { added: 'new', modified: '', deleted: 'deleted', renamed: 'moved' }

function pageItem(page: ChangedPage): ElementContent {
  const kind = KIND_TEXT[page.kind]
  const note = kind && page.url ? [h('span', { className: ['change-kind'] }, ` (${kind}${page.kind === 'renamed' && page.from ? ` from ${page.from}` : ''})`)] : []
  if (page.url) return h('li', [h('a', { href: page.url }, page.title), ...note])
  return h('li', { className: ['change-gone'] }, [h('span', page.title), h('span', { className: ['change-kind'] }, ` (${page.sourcePath}, no longer exists)`)])
}

function changeItem(change: Change, options: ChangesPageOptions): ElementContent {
  const short = change.hash.slice(0, 7)
  const url = commitUrl(options.repository, change.hash)
  return h('li', { className: ['change'], id: commitAnchor(change.hash) }, [
    h('p', { className: ['change-subject'] }, change.subject || '(no subject)'),
    h('ul', { className: ['change-pages'] }, change.pages.map(pageItem)),
    h('p', { className: ['change-meta'] }, [
      h('time', { dateTime: change.time }, `${dateText(change.time, options.lang, { timeStyle: 'short' })} UTC`),
      ' · ',
      url ? h('a', { href: url }, [h('code', short)]) : h('code', short),
    ]),
  ])
}

function notice(recent: RecentChanges): string | undefined {
  if (recent.state === 'none') return 'No changes to list: this site was built without the git history of its content folder (not in a git repository, or nothing committed yet).'
  if (recent.state === 'shallow') return 'No changes to list: this site was built from a shallow clone, which lacks the history. Build from a full clone (with actions/checkout, set fetch-depth: 0).'
  return undefined
}

export function changesPage(recent: RecentChanges, options: ChangesPageOptions): GeneratedPage {
  const missing = notice(recent)
  const days = missing ? [] : changesByDay(recent.changes)
  const window = `in the last ${count(recent.days, 'day')} (at most ${count(recent.limit, 'commit')})`
  const nodes: ElementContent[] = [
    h('p', { className: ['changes-intro'] }, [
      missing ? missing : days.length ? `${count(recent.changes.length, 'change')} to the handbook's pages ${window}, newest first.` : `No page changed ${window}.`,
      ' Follow them in a feed reader: ',
      h('a', { href: `/${CHANGES_FEED_FILE}`, type: 'application/atom+xml' }, CHANGES_FEED_FILE),
      '.',
    ]),
  ]
  for (const day of days) {
    nodes.push(h('h2', { id: dayAnchor(day.day) }, [h('time', { dateTime: day.day }, dateText(`${day.day}T00:00:00Z`, options.lang, { dateStyle: 'full' }))]))
    nodes.push(
      h(
        'ul',
        { className: ['changes-list'] },
        day.changes.map((change) => changeItem(change, options)),
      ),
    )
  }
  const toc = days.map((day) => ({ depth: 2, id: dayAnchor(day.day), text: dateText(`${day.day}T00:00:00Z`, options.lang, { dateStyle: 'medium' }) }))
  const body: Root = { type: 'root', children: nodes }
  return {
    kind: 'changes',
    url: CHANGES_URL,
    title: 'Recent changes',
    description: 'What changed in the handbook: the latest changes to its pages, newest first.',
    dataFile: CHANGES_SOURCE,
    body,
    toc,
    anchors: [...toc.map((entry) => entry.id), ...recent.changes.map((change) => commitAnchor(change.hash))],
    // Not searched: commit subjects are not the handbook's text, and they change every build.
    sections: [],
    files: [],
  }
}
