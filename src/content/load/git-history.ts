/**
 * The git history of the content folder, read once per build: one `git log`
 * over the folder (renames detected, merges without their diffs), and
 * whether the clone is shallow; in develop, read again only when the
 * repository changed (repositoryStateKey). "Last updated" and the recent
 * changes page both use it (changes/git-log.ts parses it).
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { clampFutureCommits, logFormat, parseGitLog, type GitHistory } from '../features/changes/git-log'

export type { GitHistory, GitHistoryState } from '../features/changes/git-log'

function git(contentDir: string, args: string[]) {
  return spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: contentDir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
}

/** The log as git gives it, before dates in the future are clamped. */
type ReadLog = Pick<GitHistory, 'state' | 'commits'>

function readLog(contentDir: string): ReadLog {
  const marker = `handbook-${randomBytes(16).toString('hex')}`
  const log = git(contentDir, ['log', '-z', `--format=${logFormat(marker)}`, '--name-status', '-M', '--relative', '--', '.'])
  if (log.error || log.status !== 0 || !log.stdout) return { state: 'none', commits: [] }
  const commits = parseGitLog(log.stdout, marker)
  if (commits.length === 0) return { state: 'none', commits }
  const shallow = git(contentDir, ['rev-parse', '--is-shallow-repository'])
  return { state: shallow.stdout?.trim() === 'true' ? 'shallow' : 'complete', commits }
}

/** Variables that make git find the repository, its refs or its objects somewhere the folders above do not say. */
const REPOSITORY_ELSEWHERE = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_REPLACE_REF_BASE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_GRAFT_FILE',
]

/** A file's text (`asText`) or its size and time, or "-" when it is not there. */
function fileState(file: string, asText: boolean): string {
  try {
    if (asText) return fs.readFileSync(file, 'utf8')
    const stat = fs.statSync(file)
    return `${stat.size}:${stat.mtimeMs}`
  } catch {
    return '-'
  }
}

/**
 * What the log of the repository around `contentDir` depends on, read from
 * its files without running git: where HEAD points, that ref's commit (loose,
 * packed or in a reftable), whether the clone is shallow. A commit, checkout,
 * fetch into a shallow clone or rebase changes it. Undefined where git may
 * look elsewhere (GIT_DIR and the like, a `.git` file of a worktree or
 * submodule): the log is then read every time.
 */
export function repositoryStateKey(contentDir: string): string | undefined {
  if (REPOSITORY_ELSEWHERE.some((name) => process.env[name] !== undefined)) return undefined
  let folder: string
  try {
    folder = fs.realpathSync(contentDir)
  } catch {
    return undefined
  }
  for (;;) {
    const dotGit = path.join(folder, '.git')
    const stat = fs.lstatSync(dotGit, { throwIfNoEntry: false })
    if (stat?.isDirectory()) {
      const head = fileState(path.join(dotGit, 'HEAD'), true)
      const ref = /^ref: (refs\/[^\s]+)/.exec(head)?.[1]
      const refState = ref ? fileState(path.join(dotGit, ...ref.split('/')), true) : ''
      const others = ['packed-refs', 'shallow', path.join('reftable', 'tables.list')].map((name) => fileState(path.join(dotGit, name), false))
      return [dotGit, head, refState, ...others].join('\n')
    }
    if (stat) return undefined
    const parent = path.dirname(folder)
    if (parent === folder) return 'no repository'
    folder = parent
  }
}

/** The last log read, by folder and repository state: develop loads the handbook again on every save, and only a commit changes the log. */
let lastRead: { contentDir: string; key: string; log: ReadLog } | undefined

/** The history; commits dated after `latest` (seconds; see latestCommitTime) are dated today, with a warning. */
export function readGitHistory(contentDir: string, latest = Infinity): GitHistory {
  const key = repositoryStateKey(contentDir)
  const log = key !== undefined && lastRead?.contentDir === contentDir && lastRead.key === key ? lastRead.log : readLog(contentDir)
  lastRead = key === undefined ? undefined : { contentDir, key, log }
  if (log.state === 'none') return { state: 'none', commits: log.commits }
  const { commits, diagnostics } = clampFutureCommits(log.commits, latest)
  return { state: log.state, commits, ...(diagnostics.length ? { diagnostics } : {}) }
}
