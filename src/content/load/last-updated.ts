/**
 * When each page last changed: from git history when the content folder is
 * in a repository (one `git log` for the whole folder, not one per file; see
 * git-history.ts), else from the file's modification time.
 */
import fs from 'node:fs'
import path from 'node:path'
import { latestChangeOf } from '../features/changes/git-log'
import { readGitHistory, type GitHistory } from './git-history'

/** Latest commit time of every file under `contentDir`, by path relative to it; empty outside git. */
export function gitDates(contentDir: string, history: GitHistory = readGitHistory(contentDir)): Map<string, Date> {
  return latestChangeOf(history.commits)
}

/** Last change of each page: git history first (read here unless given), the file's mtime for files git does not know. */
export function lastUpdatedDates(contentDir: string, sourcePaths: readonly string[], history?: GitHistory): Map<string, Date> {
  const fromGit = gitDates(contentDir, history)
  const dates = new Map<string, Date>()
  for (const sourcePath of sourcePaths) {
    const date = fromGit.get(sourcePath)
    if (date) {
      dates.set(sourcePath, date)
      continue
    }
    try {
      dates.set(sourcePath, fs.statSync(path.join(contentDir, sourcePath)).mtime)
    } catch {
      // A file that vanished since the scan has no date.
    }
  }
  return dates
}
