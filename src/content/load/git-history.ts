/**
 * The git history of the content folder, read once per build: one `git log`
 * over the folder (renames detected, merges without their diffs), and
 * whether the clone is shallow. "Last updated" and the recent changes page
 * both use it (changes/git-log.ts parses it).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { clampFutureCommits, logFormat, parseGitLog, type GitHistory } from '../features/changes/git-log'

export type { GitHistory, GitHistoryState } from '../features/changes/git-log'

function git(contentDir: string, args: string[]) {
  return spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: contentDir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
}

/** The history; commits dated after `latest` (seconds; see latestCommitTime) are dated today, with a warning. */
export function readGitHistory(contentDir: string, latest = Infinity): GitHistory {
  const marker = `handbook-${randomBytes(16).toString('hex')}`
  const log = git(contentDir, ['log', '-z', `--format=${logFormat(marker)}`, '--name-status', '-M', '--relative', '--', '.'])
  if (log.error || log.status !== 0 || !log.stdout) return { state: 'none', commits: [] }
  const { commits, diagnostics } = clampFutureCommits(parseGitLog(log.stdout, marker), latest)
  if (commits.length === 0) return { state: 'none', commits }
  const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository'])
  return { state: shallow.stdout?.trim() === 'true' ? 'shallow' : 'complete', commits, ...(diagnostics.length ? { diagnostics } : {}) }
}
