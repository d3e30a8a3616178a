/** "Last updated": git's date first, then Jekyll's last_modified_at, then the file's time. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lastUpdatedDates } from '../../../src/content/load/last-updated'
import { readGitHistory } from '../../../src/content/load/git-history'
import { latestCommitTime } from '../../../src/content/features/changes/git-log'
import { commitAll, git } from '../../support/git'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-updated-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('lastUpdatedDates', () => {
  it("takes git's date, else the page's last_modified_at, else the file's modification time", () => {
    git(dir, ['init', '-q'])
    fs.writeFileSync(path.join(dir, 'committed.md'), '---\nlast_modified_at: 2016-03-09\n---\n')
    commitAll(dir, 'A page', { date: '2026-11-20T10:00:00Z' })
    // Copied in, never committed: as a fresh copy of a Jekyll handbook's files is.
    fs.writeFileSync(path.join(dir, 'declared.md'), '---\nlast_modified_at: 2016-03-09T20:02:08-05:00\n---\n')
    fs.writeFileSync(path.join(dir, 'plain.md'), 'Text.\n')
    const mtime = new Date('2025-01-02T03:04:05Z')
    fs.utimesSync(path.join(dir, 'plain.md'), mtime, mtime)
    const history = readGitHistory(dir, latestCommitTime('2026-12-01', new Date('2026-12-01T12:00:00Z')))
    // The frontmatter's day as the page source kept it (frontmatter/kinds.ts: the day as written, never moved to another zone).
    const declared = new Map([
      ['committed.md', '2016-03-09'],
      ['declared.md', '2016-03-09'],
    ])
    const dates = lastUpdatedDates(dir, ['committed.md', 'declared.md', 'plain.md'], history, declared)
    expect(Object.fromEntries([...dates].map(([file, date]) => [file, date.toISOString()]))).toEqual({
      'committed.md': '2026-11-20T10:00:00.000Z',
      'declared.md': '2016-03-09T00:00:00.000Z',
      'plain.md': '2025-01-02T03:04:05.000Z',
    })
  })
})
