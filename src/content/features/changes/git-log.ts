/**
 * The history of the content folder as `git log` prints it, parsed: one
 * record per commit (hash, parents, commit time, subject) followed by the
 * files it changed with their status (`--name-status`, renames detected).
 * Pure: the command is run at the edge (load/git-history.ts); both "last
 * updated" and the recent changes page read this one parse.
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import { utcDayOf } from '../../common/calendar'

/**
 * `--format` for `git log -z` that `parseGitLog` reads: a marker, then hash,
 * parents, committer time (seconds) and subject, each ended by NUL. A subject
 * can hold any other character, a field separator or a line break included;
 * the marker is random per run (git-history.ts), so no subject can start a
 * record of its own, and the date is git's, never read from the subject.
 */
export function logFormat(marker: string): string {
  return `%x00${marker}%x00%H%x00%P%x00%ct%x00%s`
}

export type FileChangeKind = 'added' | 'modified' | 'deleted' | 'renamed'

export interface FileChange {
  kind: FileChangeKind
  /** The path after the commit, relative to the content folder (NFC). */
  path: string
  /** The path before a rename. */
  from?: string
}

export type GitHistoryState =
  /** The folder is in a repository with its full history. */
  | 'complete'
  /** A shallow clone: older commits are missing. */
  | 'shallow'
  /** Not in a repository, git missing, or no commit touches the folder yet. */
  | 'none'

export interface GitHistory {
  state: GitHistoryState
  /** Newest first; merge commits carry no files. */
  commits: LogCommit[]
  /** Commits dated in the future, each dated today instead (clampFutureCommits). */
  diagnostics?: Diagnostic[]
}

export interface LogCommit {
  hash: string
  parents: string[]
  /** Committer time, seconds since the epoch. */
  time: number
  subject: string
  files: FileChange[]
}

const KINDS: Record<string, FileChangeKind> = { A: 'added', M: 'modified', D: 'deleted', R: 'renamed', C: 'added', T: 'modified' }
const STATUS = /^([AMDRCT])\d{0,3}$/
const HASH = /^[0-9a-f]{7,64}$/
const PARENTS = /^(?:[0-9a-f]{7,64}(?: [0-9a-f]{7,64})*)?$/

/** Control characters of a subject (an escape sequence, a carriage return) as spaces: it is shown as text, in HTML and in the XML feed. */
function subjectText(subject: string): string {
  return subject.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ').trim()
}

/** The `--name-status -z` part of a record: status, then one path (two for a rename or copy), each NUL-ended. Stops at anything else. */
function fileChanges(fields: readonly string[]): FileChange[] {
  const files: FileChange[] = []
  const path = (name: string) => name.normalize('NFC')
  for (let i = 0; i < fields.length; ) {
    const status = fields[i]!.replace(/^\n/, '')
    if (status === '' && i === fields.length - 1) break
    const match = STATUS.exec(status)
    const letter = match?.[1]
    const two = letter === 'R' || letter === 'C'
    const first = fields[i + 1]
    const second = two ? fields[i + 2] : undefined
    if (!letter || !first || (two && !second)) break
    // A copy names its source first and the new file second: the new file was added.
    files.push(two ? (letter === 'R' ? { kind: 'renamed', path: path(second!), from: path(first) } : { kind: 'added', path: path(second!) }) : { kind: KINDS[letter]!, path: path(first) })
    i += two ? 3 : 2
  }
  return files
}

/** The commits of `git log -z --format=logFormat(marker) --name-status`, newest first as git prints them; malformed records are skipped. */
export function parseGitLog(output: string, marker: string): LogCommit[] {
  const commits: LogCommit[] = []
  for (const record of output.split(`\0${marker}\0`).slice(1)) {
    const [hash = '', parents = '', stamp = '', subject = '', ...rest] = record.split('\0')
    const time = /^\d{1,12}$/.test(stamp) ? Number(stamp) : 0
    if (!HASH.test(hash) || !PARENTS.test(parents) || time <= 0) continue
    commits.push({ hash, parents: parents ? parents.split(' ') : [], time, subject: subjectText(subject), files: fileChanges(rest) })
  }
  return commits
}

/** Commit times are trusted up to a day after the later of the build's today and the clock; git takes a committer's date as written. */
export function latestCommitTime(today: string, now: Date): number {
  const endOfToday = Date.parse(`${today}T23:59:59Z`)
  return Math.floor(Math.max(Number.isFinite(endOfToday) ? endOfToday : 0, now.getTime()) / 1000) + 86_400
}

/**
 * Commits dated after `latest` (a wrong clock, or a date written on purpose
 * to stay on top of /changes and "Last updated") dated today instead (the
 * day before `latest`), with a warning at the first file each one changed.
 */
export function clampFutureCommits(commits: readonly LogCommit[], latest: number): { commits: LogCommit[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const clamped = commits.map((commit) => {
    if (commit.time <= latest) return commit
    const file = commit.files[0]?.path
    if (file) {
      const when = utcDayOf(new Date(commit.time * 1000))
      diagnostics.push(
        warning(
          'git-date-future',
          file,
          `commit ${commit.hash.slice(0, 7)} ("${commit.subject}") is dated ${when}, in the future: it counts as made today. Check the committer's clock, and amend the commit's date if it is wrong`,
        ),
      )
    }
    return { ...commit, time: latest - 86_400 }
  })
  return { commits: clamped, diagnostics }
}

/** Latest commit time of each file that still has the path a commit gave it (renamed files date from their rename). */
export function latestChangeOf(commits: readonly LogCommit[]): Map<string, Date> {
  const dates = new Map<string, Date>()
  for (const commit of commits) {
    for (const file of commit.files) {
      // Newest commits come first: the first time a path appears is its last change.
      if (file.kind !== 'deleted' && !dates.has(file.path)) dates.set(file.path, new Date(commit.time * 1000))
    }
  }
  return dates
}
