import { describe, expect, it } from 'vitest'
import type { GitHistory, LogCommit } from '../../../../src/content/features/changes/git-log'
import { changesByDay, recentChanges, type RecentChangesOptions } from '../../../../src/content/features/changes/recent-changes'

const at = (iso: string) => Date.parse(iso) / 1000
const hash = (n: number) => String(n).padStart(40, '0')

function commit(n: number, iso: string, subject: string, files: LogCommit['files'], parents = [hash(n - 1)]): LogCommit {
  return { hash: hash(n), parents, time: at(iso), subject, files }
}

/** Newest first, as git prints it. */
const commits: LogCommit[] = [
  commit(9, '2026-11-30T18:00:00Z', 'Merge pull request #4 from acme/x', [], [hash(8), hash(7)]),
  commit(8, '2026-11-30T09:30:00Z', 'Move the guide', [{ kind: 'renamed', path: 'guide/new.md', from: 'guide/old.md' }]),
  commit(7, '2026-11-30T08:00:00Z', 'New logo', [
    { kind: 'modified', path: 'img/logo.png' },
    { kind: 'modified', path: 'people.yml' },
  ]),
  commit(6, '2026-11-28T12:00:00Z', 'Drop the old policy', [{ kind: 'deleted', path: 'policy.md' }]),
  commit(5, '2026-11-28T11:00:00Z', 'Draft a plan', [{ kind: 'added', path: 'plan.md' }]),
  commit(4, '2026-11-20T10:00:00Z', 'Edit the guide and the policy', [
    { kind: 'modified', path: 'guide/old.md' },
    { kind: 'modified', path: 'policy.md' },
    { kind: 'modified', path: 'index.md' },
  ]),
  commit(3, '2026-09-01T10:00:00Z', 'Long ago', [{ kind: 'modified', path: 'index.md' }]),
]
const history: GitHistory = { state: 'complete', commits }
const pages = new Map([
  ['index.md', { url: '/', title: 'Home' }],
  ['guide/new.md', { url: '/guide/new', title: 'The guide' }],
])
const options: RecentChangesOptions = { today: '2026-12-01', days: 90, limit: 100, pages, hidden: new Set(['plan.md']), siteTitle: 'Handbook' }

describe('recentChanges', () => {
  const recent = recentChanges(history, options)

  it('leaves out merges, commits touching no page and commits touching only hidden pages (drafts)', () => {
    expect(recent.changes.map((c) => c.subject)).toEqual(['Move the guide', 'Drop the old policy', 'Edit the guide and the policy'])
  })

  it('shows a renamed page under its current path, linked, from earlier commits too', () => {
    const edit = recent.changes[2]!
    expect(edit.pages).toEqual([
      { sourcePath: 'guide/new.md', title: 'The guide', url: '/guide/new', kind: 'modified' },
      { sourcePath: 'policy.md', title: 'Policy', kind: 'modified' },
      { sourcePath: 'index.md', title: 'Home', url: '/', kind: 'modified' },
    ])
    expect(recent.changes[0]!.pages).toEqual([{ sourcePath: 'guide/new.md', title: 'The guide', url: '/guide/new', kind: 'renamed', from: 'guide/old.md' }])
  })

  it('on the public site, leaves out internal pages, and shows no subject of a commit that changed one (it may speak of it)', () => {
    const publicChanges = recentChanges(history, { ...options, hidden: new Set(['plan.md', 'policy.md']), withheld: new Set(['policy.md']) })
    expect(publicChanges.changes.map((c) => [c.subject, c.pages.map((p) => p.sourcePath)])).toEqual([
      ['Move the guide', ['guide/new.md']],
      ['Updated The guide, Home', ['guide/new.md', 'index.md']],
    ])
  })

  it('shows a deleted page without a URL, titled from its file name', () => {
    expect(recent.changes[1]!.pages).toEqual([{ sourcePath: 'policy.md', title: 'Policy', kind: 'deleted' }])
  })

  it('keeps the last `days` days up to today (today included)', () => {
    expect(recentChanges(history, { ...options, days: 4 }).changes.map((c) => c.day)).toEqual(['2026-11-30', '2026-11-28'])
    expect(recentChanges(history, { ...options, days: 1 }).changes).toEqual([])
    expect(recentChanges(history, { ...options, days: 2 }).changes.map((c) => c.day)).toEqual(['2026-11-30'])
    expect(recentChanges(history, { ...options, days: 365 }).changes.at(-1)?.subject).toBe('Long ago')
  })

  it('keeps at most `limit` commits, the newest', () => {
    expect(recentChanges(history, { ...options, limit: 2 }).changes.map((c) => c.subject)).toEqual(['Move the guide', 'Drop the old policy'])
  })

  it('depends on the given today, never the clock', () => {
    expect(recentChanges(history, { ...options, today: '2027-06-01' }).changes).toEqual([])
  })

  it('carries the history state and the window', () => {
    expect(recentChanges({ state: 'shallow', commits: [] }, options)).toEqual({ state: 'shallow', today: '2026-12-01', days: 90, limit: 100, changes: [] })
  })
})

describe('changesByDay', () => {
  it('groups by UTC day, newest day first, keeping the order within a day', () => {
    const days = changesByDay(recentChanges(history, options).changes)
    expect(days.map((d) => [d.day, d.changes.map((c) => c.subject)])).toEqual([
      ['2026-11-30', ['Move the guide']],
      ['2026-11-28', ['Drop the old policy']],
      ['2026-11-20', ['Edit the guide and the policy']],
    ])
    expect(changesByDay([])).toEqual([])
  })

  it('sorts commits git printed out of time order', () => {
    const shuffled: GitHistory = { state: 'complete', commits: [commits[5]!, commits[1]!, commits[3]!] }
    expect(changesByDay(recentChanges(shuffled, options).changes).map((d) => d.day)).toEqual(['2026-11-30', '2026-11-28', '2026-11-20'])
  })
})
