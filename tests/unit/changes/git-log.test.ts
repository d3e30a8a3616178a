import { describe, expect, it } from 'vitest'
import { FIELD, LOG_FORMAT, RECORD, latestChangeOf, parseGitLog } from '../../../src/content/changes/git-log'

const header = (hash: string, parents: string, seconds: number, subject: string) => `${RECORD}${hash}${FIELD}${parents}${FIELD}${seconds}${FIELD}${subject}`
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const M = 'c'.repeat(40)

/** What `git log --format=LOG_FORMAT --name-status -M` prints: a header, a blank line, then one status line per file. */
const output = [
  `${header(M, `${A} ${B}`, 1_700_000_300, "Merge branch 'x'")}\n`,
  `${header(B, A, 1_700_000_200, 'Move and drop')}\n\nR087\told.md\tguide/new.md\nD\tgone.md\nM\timg/logo.png\n`,
  `${header(A, '', 1_700_000_100, 'First: a\u001fsubject with <tags> & tabs\tinside')}\n\nA\told.md\nA\tgone.md\nA\tCafe\u0301.md\nC075\tx.md\tcopy.md\n`,
].join('')

describe('parseGitLog', () => {
  const commits = parseGitLog(output)

  it('reads each commit: hash, parents, time, subject', () => {
    expect(commits.map((c) => [c.hash, c.parents.length, c.time])).toEqual([
      [M, 2, 1_700_000_300],
      [B, 1, 1_700_000_200],
      [A, 0, 1_700_000_100],
    ])
    expect(commits[2]!.subject).toBe('First: a\u001fsubject with <tags> & tabs\tinside')
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
    expect(parseGitLog('')).toEqual([])
    expect(parseGitLog(`${RECORD}not-a-hash${FIELD}${FIELD}12${FIELD}x\n`)).toEqual([])
    expect(parseGitLog(`${RECORD}${A}${FIELD}${FIELD}0${FIELD}x\n`)).toEqual([])
  })

  it('asks git for exactly the fields it reads', () => {
    expect(LOG_FORMAT).toBe(`${RECORD}%H${FIELD}%P${FIELD}%ct${FIELD}%s`)
  })
})

describe('latestChangeOf', () => {
  it('dates each path by its newest commit; a renamed file from its rename, a deleted one not at all', () => {
    const dates = latestChangeOf(parseGitLog(output))
    expect(dates.get('guide/new.md')?.toISOString()).toBe(new Date(1_700_000_200_000).toISOString())
    expect(dates.get('old.md')?.toISOString()).toBe(new Date(1_700_000_100_000).toISOString())
    expect(dates.has('gone.md')).toBe(true) // added in A, deleted in B: the add still dates it (the file is gone anyway)
    expect(dates.get('img/logo.png')?.getTime()).toBe(1_700_000_200_000)
  })
})
