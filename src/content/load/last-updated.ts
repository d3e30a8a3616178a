/**
 * When each page last changed: from git history when the content folder is
 * in a repository (one `git log` for the whole folder, not one per file),
 * else from the file's modification time.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const RECORD = '\u001e'

/** Latest commit time of every file under `contentDir`, by path relative to it; empty outside git. */
export function gitDates(contentDir: string): Map<string, Date> {
  const dates = new Map<string, Date>()
  const result = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%ct`, '--name-only', '--no-renames', '--relative', '--', '.'],
    { cwd: contentDir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  )
  if (result.status !== 0 || !result.stdout) return dates
  for (const record of result.stdout.split(RECORD)) {
    const [stamp, ...files] = record.split('\n')
    const seconds = Number(stamp)
    if (!Number.isFinite(seconds) || seconds <= 0) continue
    for (const file of files) {
      const name = file.trim().normalize('NFC')
      // Newest commits come first: the first time a file appears is its last change.
      if (name && !dates.has(name)) dates.set(name, new Date(seconds * 1000))
    }
  }
  return dates
}

/** Last change of each page: git history first, the file's mtime for files git does not know. */
export function lastUpdatedDates(contentDir: string, sourcePaths: readonly string[]): Map<string, Date> {
  const fromGit = gitDates(contentDir)
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
