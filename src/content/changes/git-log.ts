/**
 * The history of the content folder as `git log` prints it, parsed: one
 * record per commit (hash, parents, commit time, subject) followed by the
 * files it changed with their status (`--name-status`, renames detected).
 * Pure: the command is run at the edge (load/git-history.ts); both "last
 * updated" and the recent changes page read this one parse.
 */

/** Starts each commit's header line: no subject or path contains it. */
export const RECORD = '\u001e'
/** Separates the header's fields. */
export const FIELD = '\u001f'
/** `--format` that `parseGitLog` reads: hash, parents, committer time (seconds), subject. */
export const LOG_FORMAT = `${RECORD}%H${FIELD}%P${FIELD}%ct${FIELD}%s`

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

function fileChange(line: string): FileChange | undefined {
  const [status = '', first, second] = line.split('\t')
  const kind = KINDS[status.charAt(0)]
  if (!kind || first === undefined) return undefined
  const clean = (name: string) => name.trim().normalize('NFC')
  // A copy names its source first and the new file second: the new file was added.
  if (second !== undefined) return kind === 'renamed' ? { kind, path: clean(second), from: clean(first) } : { kind, path: clean(second) }
  return { kind, path: clean(first) }
}

/** The commits of `git log --format=LOG_FORMAT --name-status`, newest first as git prints them; malformed records are skipped. */
export function parseGitLog(output: string): LogCommit[] {
  const commits: LogCommit[] = []
  for (const record of output.split(RECORD)) {
    const [header = '', ...lines] = record.split('\n')
    const [hash, parents, stamp, ...subject] = header.split(FIELD)
    const time = Number(stamp)
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || !Number.isFinite(time) || time <= 0) continue
    const files = lines.flatMap((line) => (line.trim() ? (fileChange(line) ?? []) : []))
    commits.push({ hash, parents: parents ? parents.split(' ').filter(Boolean) : [], time, subject: subject.join(FIELD).trim(), files })
  }
  return commits
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
