/** The content folder's git history, read again only when the repository changed (develop reloads it on every save). */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readGitHistory, repositoryStateKey } from '../../../src/content/load/git-history'
import { commitAll, git } from '../../support/git'
import { fileTrees } from '../../support/file-tree'

const trees = fileTrees('git-history')
afterAll(() => trees.remove())

const subjects = (dir: string) => readGitHistory(dir).commits.map((commit) => commit.subject)

/** Runs `read` with no git to be found: what it returns cannot have come from running git. */
function withoutGit<T>(read: () => T): T {
  const saved = process.env.PATH
  process.env.PATH = ''
  try {
    return read()
  } finally {
    process.env.PATH = saved
  }
}

describe('readGitHistory', () => {
  it('reuses the log while the repository is unchanged, and reads it again after a commit, an amend, a checkout or packed refs', () => {
    const root = trees.tree({ 'handbook/a.md': 'A\n', 'README.md': 'repo\n' })
    const content = path.join(root, 'handbook')
    git(root, ['init', '-q'])
    commitAll(root, 'First', { date: '2026-11-01T10:00:00Z' })
    expect(subjects(content)).toEqual(['First'])
    // Unchanged: served from memory, as develop's next save is.
    expect(withoutGit(() => subjects(content))).toEqual(['First'])

    fs.writeFileSync(path.join(content, 'b.md'), 'B\n')
    commitAll(root, 'Second', { date: '2026-11-02T10:00:00Z' })
    expect(subjects(content)).toEqual(['Second', 'First'])

    git(root, ['commit', '-q', '--amend', '-m', 'Second, amended'], { date: '2026-11-02T10:00:00Z' })
    expect(subjects(content)).toEqual(['Second, amended', 'First'])

    git(root, ['checkout', '-q', 'HEAD~1'])
    expect(subjects(content)).toEqual(['First'])
    git(root, ['checkout', '-q', 'main'])
    expect(subjects(content)).toEqual(['Second, amended', 'First'])

    // The branch's ref moves from its own file into packed-refs: the same commit, read again or not, the same log.
    git(root, ['pack-refs', '--all'])
    expect(subjects(content)).toEqual(['Second, amended', 'First'])
    fs.writeFileSync(path.join(content, 'c.md'), 'C\n')
    commitAll(root, 'Third', { date: '2026-11-03T10:00:00Z' })
    expect(subjects(content)).toEqual(['Third', 'Second, amended', 'First'])
  })

  it('reads the log again for another folder, and says "none" outside a repository', () => {
    const repository = trees.tree({ 'a.md': 'A\n' })
    git(repository, ['init', '-q'])
    commitAll(repository, 'Only', { date: '2026-11-01T10:00:00Z' })
    const plain = trees.tree({ 'a.md': 'A\n' })
    expect(subjects(repository)).toEqual(['Only'])
    expect(readGitHistory(plain)).toEqual({ state: 'none', commits: [] })
    expect(subjects(repository)).toEqual(['Only'])
  })

  it('has no key where git may look elsewhere: a worktree or submodule (`.git` is a file), or GIT_DIR set', () => {
    const worktree = trees.tree({ '.git': 'gitdir: /elsewhere/.git/worktrees/x\n', 'a.md': 'A\n' })
    expect(repositoryStateKey(worktree)).toBeUndefined()
    const plain = trees.tree({ 'a.md': 'A\n' })
    expect(repositoryStateKey(plain)).toBeDefined()
    process.env.GIT_DIR = path.join(plain, 'elsewhere')
    try {
      expect(repositoryStateKey(plain)).toBeUndefined()
    } finally {
      delete process.env.GIT_DIR
    }
  })
})
