/**
 * The recent changes of the handbook from its git history: the commits of
 * the last `days` days (at most `limit` of them) that changed a content page,
 * newest first, each with the pages it changed; then grouped by day. Merge
 * commits (git gives them no files) and commits that touch no page (images,
 * data files, drafts) are left out. A page renamed since a commit is shown
 * under its current path; one deleted since is shown as gone. Days are UTC
 * calendar days. Pure.
 */
import { pageExtension } from '../../links/url'
import { titleFromSourcePath } from '../../page/title'
import { daysBetween, parseDate, utcDayOf } from '../../common/calendar'
import type { FileChangeKind, GitHistory, GitHistoryState, LogCommit } from './git-log'

export interface ChangedPage {
  /** Where the page is now (after later renames), or was when it is gone. */
  sourcePath: string
  title: string
  /** Its URL; absent when the page no longer exists. */
  url?: string
  kind: FileChangeKind
  /** The path before a rename in this commit. */
  from?: string
}

export interface Change {
  hash: string
  /** Commit time, ISO. */
  time: string
  /** Its UTC calendar day, YYYY-MM-DD. */
  day: string
  subject: string
  pages: ChangedPage[]
}

export interface ChangeDay {
  day: string
  changes: Change[]
}

export interface RecentChanges {
  state: GitHistoryState
  /** The window asked for: this many days up to `today`, at most `limit` commits. */
  today: string
  days: number
  limit: number
  changes: Change[]
}

export interface RecentChangesOptions {
  today: string
  days: number
  limit: number
  /** The pages that exist now, by source path. */
  pages: ReadonlyMap<string, { url: string; title: string }>
  /** Page files that are not published (drafts, headless includes): never shown. */
  hidden?: ReadonlySet<string>
  /** Internal pages the public build leaves out (features/audience): never shown, and a commit that changed one shows no subject of its own, which may speak of it. */
  withheld?: ReadonlySet<string>
  /** For the title of a page that is gone. */
  siteTitle: string
}

export const dayOf = (seconds: number): string => utcDayOf(new Date(seconds * 1000))

/** Whether a commit's day is within `days` days up to `today` (a commit dated after today counts as recent). */
function withinDays(day: string, today: string, days: number): boolean {
  const from = parseDate(day)
  const to = parseDate(today)
  if (!from || !to) return true
  return daysBetween(from, to) < days
}

export function recentChanges(history: GitHistory, options: RecentChangesOptions): RecentChanges {
  const { pages, hidden = new Set<string>() } = options
  // Old path → path now, learnt from renames while walking from the newest commit back.
  const renamedTo = new Map<string, string>()
  const current = (path: string) => renamedTo.get(path) ?? path
  const changes: Change[] = []
  for (const commit of history.commits) {
    const pagesOf = changedPages(commit, current, pages, hidden, options.siteTitle)
    const touchesWithheld = options.withheld?.size ? commit.files.some((file) => options.withheld!.has(current(file.path))) : false
    for (const file of commit.files) if (file.kind === 'renamed' && file.from) renamedTo.set(file.from, current(file.path))
    if (changes.length >= options.limit) break
    const day = dayOf(commit.time)
    // Not a `break`: git orders by commit time, which clocks and rebases do not keep in order.
    if (!withinDays(day, options.today, options.days)) continue
    // Merges come with no files unless asked; a merge with files (-m) is still left out.
    if (commit.parents.length > 1 || pagesOf.length === 0) continue
    const subject = touchesWithheld ? `Updated ${pagesOf.map((page) => page.title).join(', ')}` : commit.subject
    changes.push({ hash: commit.hash, time: new Date(commit.time * 1000).toISOString(), day, subject, pages: pagesOf })
  }
  changes.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0))
  return { state: history.state, today: options.today, days: options.days, limit: options.limit, changes }
}

function changedPages(commit: LogCommit, current: (path: string) => string, pages: RecentChangesOptions['pages'], hidden: ReadonlySet<string>, siteTitle: string): ChangedPage[] {
  const seen = new Set<string>()
  const out: ChangedPage[] = []
  for (const file of commit.files) {
    if (!pageExtension(file.path)) continue
    const sourcePath = current(file.path)
    if (hidden.has(sourcePath) || seen.has(sourcePath)) continue
    seen.add(sourcePath)
    const page = pages.get(sourcePath)
    out.push({
      sourcePath,
      title: page?.title ?? titleFromSourcePath(sourcePath, siteTitle),
      ...(page ? { url: page.url } : {}),
      kind: file.kind,
      ...(file.from ? { from: file.from } : {}),
    })
  }
  return out
}

/** The changes grouped by day, newest day first (the changes come newest first). */
export function changesByDay(changes: readonly Change[]): ChangeDay[] {
  const days: ChangeDay[] = []
  for (const change of changes) {
    const last = days[days.length - 1]
    if (last && last.day === change.day) last.changes.push(change)
    else days.push({ day: change.day, changes: [change] })
  }
  return days
}
