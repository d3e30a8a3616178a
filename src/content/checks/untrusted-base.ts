/**
 * What `npm run check -- --untrusted` compares (checks/untrusted-code.ts
 * is the logic): the content folder's `.mdx` files, `_components/` and
 * handbook.yml as they are now, and as they were at the git base: the merge
 * base with `--since <ref>` when given, else with `origin/main` when the
 * clone has it, else none (everything counts as new, and a note says so).
 * Only read, never compiled or run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { scanContent } from '../load/content-files'
import { hasCommit, mergeBase, renamesSince, textsAt, GitBaseError } from '../load/git-base'
import { isUntrustedCheckFile, untrustedCode } from '../checks/untrusted-code'
import type { Diagnostic } from '../common/diagnostics'

/** The branch a pull request is compared with when `--since` names none. */
export const DEFAULT_UNTRUSTED_BASE = 'origin/main'

export interface UntrustedCheck {
  diagnostics: Diagnostic[]
  /** What the comparison was made with, for the check's output. */
  note: string
}

/** The files the check reads, now: regular files only (a link is never followed here). */
function currentFiles(contentDir: string): Map<string, string> {
  const scanned = scanContent(contentDir)
  const files = new Map<string, string>()
  for (const sourcePath of [...scanned.pages.map((page) => page.sourcePath), ...scanned.files].filter(isUntrustedCheckFile)) {
    const file = path.join(contentDir, sourcePath)
    if (fs.lstatSync(file).isFile()) files.set(sourcePath, fs.readFileSync(file, 'utf8'))
  }
  return files
}

/**
 * The check itself. `since`: the `--since` ref, whose problems are the
 * caller's to report (a GitBaseError, as for --since alone); the default
 * base, when missing or unrelated, only changes the note.
 */
export function checkUntrustedCode(contentDir: string, since: string | undefined): UntrustedCheck {
  const current = currentFiles(contentDir)
  let commit: string | undefined
  let why = ''
  if (since !== undefined) commit = mergeBase(contentDir, since)
  else if (hasCommit(contentDir, DEFAULT_UNTRUSTED_BASE)) {
    try {
      commit = mergeBase(contentDir, DEFAULT_UNTRUSTED_BASE)
    } catch (cause) {
      if (!(cause instanceof GitBaseError)) throw cause
      why = ` (${cause.message})`
    }
  } else why = ` (no --since, and no ${DEFAULT_UNTRUSTED_BASE} in this clone)`
  const ref = since ?? DEFAULT_UNTRUSTED_BASE
  if (commit === undefined) {
    return {
      diagnostics: untrustedCode({ current }),
      note: `--untrusted: no git base to compare with${why}, so every .mdx page, _components/ file and code-like setting counts as new. Give one with --since <ref>`,
    }
  }
  const base = new Map(textsAt(contentDir, commit, isUntrustedCheckFile).map((file) => [file.path, file.text]))
  return {
    diagnostics: untrustedCode({ current, base, renames: renamesSince(contentDir, commit) }),
    note: `--untrusted: code in the content compared with ${ref} (merge base ${commit.slice(0, 12)})`,
  }
}
