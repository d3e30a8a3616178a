/**
 * When each page last changed: from git history when the content folder is
 * in a repository (one `git log` for the whole folder, not one per file; see
 * git-history.ts), else from the date the page gives (Jekyll's
 * `last_modified_at:`), else from the file's modification time: a copy of a
 * Jekyll handbook keeps its dates where a fresh checkout or copy would show
 * every page changed today.
 */
import fs from 'node:fs'
import path from 'node:path'
import { latestChangeOf } from '../features/changes/git-log'
import { readGitHistory, type GitHistory } from './git-history'

/** Latest commit time of every file under `contentDir`, by path relative to it; empty outside git. */
export function gitDates(contentDir: string, history: GitHistory = readGitHistory(contentDir)): Map<string, Date> {
  return latestChangeOf(history.commits)
}

/**
 * Last change of each page: git history first (read here unless given),
 * then the day a page's frontmatter gives (`declared`: source path →
 * YYYY-MM-DD, `last_modified_at:`), then the file's mtime for files git
 * does not know.
 */
export function lastUpdatedDates(contentDir: string, sourcePaths: readonly string[], history?: GitHistory, declared: ReadonlyMap<string, string> = new Map()): Map<string, Date> {
  const fromGit = gitDates(contentDir, history)
  const dates = new Map<string, Date>()
  for (const sourcePath of sourcePaths) {
    const date = fromGit.get(sourcePath)
    if (date) {
      dates.set(sourcePath, date)
      continue
    }
    const day = declared.get(sourcePath)
    if (day) {
      // The day as written (frontmatter/kinds.ts keeps no time), at its start in UTC: shown as that day.
      dates.set(sourcePath, new Date(`${day}T00:00:00.000Z`))
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
