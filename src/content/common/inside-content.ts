/**
 * The content folder is a jail: content comes from pull requests, and git
 * stores symbolic links, so a path of the folder may lead anywhere on the
 * build machine (`/etc/passwd`, `/proc/self/environ`, the checkout's
 * `.git/config`). Every read and copy of a content file goes through here:
 * its real path (every link on the way followed) must be a regular file
 * inside the content folder's own real path, or it is refused with a message
 * naming the path. The scan (load/content-files.ts) already refuses links; this is
 * the second wall (a link above the file, a file swapped after the scan).
 */
import fs from 'node:fs'
import path from 'node:path'

/** The content folder's real path, resolved once per folder (it may itself be named through a link, as /tmp is on macOS). */
const roots = new Map<string, string>()

export function contentRoot(contentDir: string): string {
  let root = roots.get(contentDir)
  if (root === undefined) {
    root = fs.realpathSync(contentDir)
    roots.set(contentDir, root)
  }
  return root
}

/** Whether `real` (a real path) is `root` or below it. */
function isBelow(root: string, real: string): boolean {
  const relative = path.relative(root, real)
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
}

export type InsideContent = { ok: true; path: string } | { ok: false; message: string }

/**
 * The real path of the content file at `relativePath` (forward slashes, from the content folder), or
 * why it may not be read: it leads outside the folder, is not a regular file, or is not there.
 */
export function insideContent(contentDir: string, relativePath: string): InsideContent {
  let root: string
  try {
    root = contentRoot(contentDir)
  } catch {
    // Reported with its fix before anything is read (content-folder.ts).
    return { ok: false, message: `the content folder ${contentDir} does not exist, so ${relativePath} was not read` }
  }
  const named = path.join(root, ...relativePath.split('/'))
  let real: string
  try {
    real = fs.realpathSync(named)
  } catch {
    return { ok: false, message: `${relativePath} is not in the content folder (or is a link to nothing), so it was not read` }
  }
  if (!isBelow(root, real)) {
    return { ok: false, message: `${relativePath} leads outside the content folder (through a symbolic link), so it was not read: commit the file itself (git add the real file, not a link)` }
  }
  const stat = fs.statSync(real, { throwIfNoEntry: false })
  if (!stat?.isFile()) {
    return { ok: false, message: `${relativePath} is ${stat?.isDirectory() ? 'a folder' : 'not a regular file'}, so it was not read` }
  }
  return { ok: true, path: real }
}

/** A content file that may not be read: the message names the path and why. */
export class OutsideContentError extends Error {
  override name = 'OutsideContentError'
}

/** The real path of a content file to read or copy; throws an OutsideContentError when it may not be. */
export function contentFilePath(contentDir: string, relativePath: string): string {
  const inside = insideContent(contentDir, relativePath)
  if (!inside.ok) throw new OutsideContentError(inside.message)
  return inside.path
}

/** A content file's bytes, read at its checked real path. */
export function readContentFile(contentDir: string, relativePath: string): Buffer
export function readContentFile(contentDir: string, relativePath: string, encoding: 'utf8'): string
export function readContentFile(contentDir: string, relativePath: string, encoding?: 'utf8'): Buffer | string {
  const real = contentFilePath(contentDir, relativePath)
  return encoding ? fs.readFileSync(real, encoding) : fs.readFileSync(real)
}
