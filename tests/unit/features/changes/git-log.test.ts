import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { clampFutureCommits, latestChangeOf, latestCommitTime, logFormat, parseGitLog } from '../../../../src/content/features/changes/git-log'
import { readGitHistory } from '../../../../src/content/load/git-history'
import { lastUpdatedDates } from '../../../../src/content/load/last-updated'
import { recentChanges } from '../../../../src/content/features/changes/recent-changes'
import { changesFeedXml } from '../../../../src/content/features/changes/feed'
import { commitAll, git } from '../../../support/git'

const MARK = 'handbook-test-marker'
const header = (hash: string, parents: string, seconds: number, subject: string) => `\0${MARK}\0${hash}\0${parents}\0${seconds}\0${subject}\0`
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const M = 'c'.repeat(40)

/** What `git log -z --format=logFormat(MARK) --name-status -M` prints: a header, a line feed, then status and paths, each NUL-ended. */
const output = [
  header(M, `${A} ${B}`, 1_700_000_300, "Merge branch 'x'"),
  `${header(B, A, 1_700_000_200, 'Move and drop')}\nR087\0old.md\0guide/new.md\0D\0gone.md\0M\0img/logo.png\0`,
  `${header(A, '', 1_700_000_100, 'First: a\u001fsubject with <tags> & tabs\tinside')}\nA\0old.md\0A\0gone.md\0A\0Cafe\u0301.md\0C075\0x.md\0copy.md\0`,
].join('')

describe('parseGitLog', () => {
  const commits = parseGitLog(output, MARK)

  it('reads each commit: hash, parents, time, subject', () => {
    expect(commits.map((c) => [c.hash, c.parents.length, c.time])).toEqual([
      [M, 2, 1_700_000_300],
      [B, 1, 1_700_000_200],
      [A, 0, 1_700_000_100],
    ])
    expect(commits[2]!.subject).toBe('First: a subject with <tags> & tabs inside')
  })

  it('gives merges no files, as git prints them', () => {
    expect(commits[0]!.files).toEqual([])
  })

  it('reads renames, deletions, copies and NFC-normalises paths', () => {
    expect(commits[1]!.files).toEqual([
      { kind: 'renamed', path: 'guide/new.md', from: 'old.md' },
      { kind: 'deleted', path: 'gone.md' },
      { kind: 'modified', path: 'img/logo.png' },
    ])
    expect(commits[2]!.files.map((f) => f.path)).toEqual(['old.md', 'gone.md', 'Café.md', 'copy.md'])
  })

  it('skips what is not a commit record', () => {
    expect(parseGitLog('', MARK)).toEqual([])
    expect(parseGitLog(header('not-a-hash', '', 12, 'x'), MARK)).toEqual([])
    expect(parseGitLog(header(A, '', 0, 'x'), MARK)).toEqual([])
    expect(parseGitLog(header(A, '', 1_700_000_000, 'x').replace(MARK, 'other-marker'), MARK)).toEqual([])
  })

  it('asks git for exactly the fields it reads, NUL-ended after a marker', () => {
    expect(logFormat(MARK)).toBe(`%x00${MARK}%x00%H%x00%P%x00%ct%x00%s`)
  })
})

describe('clampFutureCommits', () => {
  it('dates a commit after the latest trusted time today, with a warning at its first file', () => {
    const latest = latestCommitTime('2026-12-01', new Date('2026-11-01T00:00:00Z'))
    expect(latest).toBe(Date.parse('2026-12-02T23:59:59Z') / 1000)
    const future = { hash: A, parents: [], time: Date.parse('2100-01-01T00:00:00Z') / 1000, subject: 'Soon', files: [{ kind: 'modified' as const, path: 'a.md' }] }
    const { commits, diagnostics } = clampFutureCommits([future, { ...future, hash: B, time: 1_700_000_000 }], latest)
    expect(commits.map((c) => c.time)).toEqual([latest - 86_400, 1_700_000_000])
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'git-date-future',
        file: 'a.md',
        message: `commit aaaaaaa ("Soon") is dated 2100-01-01, in the future: it counts as made today. Check the committer's clock, and amend the commit's date if it is wrong`,
      },
    ])
  })
})

describe('a real history with hostile commit subjects', () => {
  const T = { author: 'T', email: 't@t.test' }

  it('gives one entry per commit, subjects as text, dates from git (a future one clamped)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-subjects-'))
    try {
      git(dir, ['init', '-q'], T)
      const forged = (time: number) => `\u001e${'f'.repeat(40)}\u001f\u001f${time}\u001fForged entry\n\nA\tforged.md`
      const messages = [
        ['a.md', `Two\nlines <script>alert(1)</script> ${forged(4_102_444_800)}`, '2026-11-20T10:00:00Z'],
        ['b.md', `Fake date 2100-01-01T00:00:00Z %x00 \u0000 \x1b[2J${forged(4_102_444_800)}`, '2026-11-21T10:00:00Z'],
        ['c.md', 'From the future', '2099-06-01T00:00:00Z'],
      ] as const
      for (const [file, message, date] of messages) {
        fs.writeFileSync(path.join(dir, file), `${file}\n`)
        expect(() => commitAll(dir, message.replace(/\u0000/g, ''), { ...T, date })).not.toThrow()
      }
      const latest = latestCommitTime('2026-12-01', new Date('2026-12-01T12:00:00Z'))
      const history = readGitHistory(dir, latest)
      expect(history.commits.map((c) => c.files.map((f) => f.path))).toEqual([['c.md'], ['b.md'], ['a.md']])
      expect(history.commits.map((c) => new Date(c.time * 1000).toISOString())).toEqual(['2026-12-01T23:59:59.000Z', '2026-11-21T10:00:00.000Z', '2026-11-20T10:00:00.000Z'])
      expect(history.commits[2]!.subject).toMatch(/^Two lines <script>alert\(1\)<\/script> +f{40} 4102444800 Forged entry$/)
      expect(history.commits[1]!.subject).not.toMatch(/[\x00-\x1f]/)
      expect(history.diagnostics?.map((d) => `${d.file}: ${d.code}`)).toEqual(['c.md: git-date-future'])
      const dates = lastUpdatedDates(dir, ['a.md', 'b.md', 'c.md', 'forged.md'], history)
      expect([...dates.keys()]).toEqual(['a.md', 'b.md', 'c.md'])
      expect(dates.get('c.md')!.getUTCFullYear()).toBe(2026)
      const pages = new Map(['a.md', 'b.md', 'c.md'].map((file) => [file, { url: `/${file.slice(0, 1)}`, title: file }]))
      const recent = recentChanges(history, { today: '2026-12-01', days: 90, limit: 100, pages, siteTitle: 'H' })
      expect(recent.changes).toHaveLength(3)
      const feed = changesFeedXml(recent, { title: 'H', siteUrl: 'https://h.test', pathPrefix: '' })
      expect(feed).not.toContain('<script>')
      expect(feed).toContain('&lt;script&gt;')
      expect(feed).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f]/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('latestChangeOf', () => {
  it('dates each path by its newest commit; a renamed file from its rename, a deleted one not at all', () => {
    const dates = latestChangeOf(parseGitLog(output, MARK))
    expect(dates.get('guide/new.md')?.toISOString()).toBe(new Date(1_700_000_200_000).toISOString())
    expect(dates.get('old.md')?.toISOString()).toBe(new Date(1_700_000_100_000).toISOString())
    expect(dates.has('gone.md')).toBe(true) // added in A, deleted in B: the add still dates it (the file is gone anyway)
    expect(dates.get('img/logo.png')?.getTime()).toBe(1_700_000_200_000)
  })
})
