/**
 * Writes the files of the public folder that the build makes itself
 * (search index, Markdown copies, site files), each only when its contents
 * changed: a rebuild after a one-page edit rewrites the few files that edit
 * touched, keeps the others' times (hosts and rsync see no change), and the
 * build log can say how many were written.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface WriteTally {
  written: number
  total: number
}

export interface PublicWriter {
  /** Writes `contents` at `relativePath` unless the file already holds exactly that; true when written. */
  write(relativePath: string, contents: string | Uint8Array): boolean
  /** Copies a file unless the target already has its size and modification time; true when copied. */
  copy(source: string, relativePath: string): boolean
  /**
   * Writes a page that may stand only where nothing of this build is (a
   * redirect page at an old URL): never over a file `taken` says this build
   * made (Gatsby's pages), one this writer wrote, or under a file; a file an
   * earlier build left there is replaced. Tracked as this build's, so a later
   * build that no longer makes it removes it. True when written.
   */
  placeholder(relativePath: string, contents: string | Uint8Array): boolean
  /** Whether this build has written (or found already written) `relativePath` through this writer. */
  made(relativePath: string): boolean
  /** Written and seen files since the last tally, and starts counting again. */
  tally(): WriteTally
  /**
   * Removes what an earlier build wrote through a writer and this one did not
   * (the copy of a deleted page, a search shard no word needs any more, the
   * redirect page of a redirect that is gone), but never a file `taken` says
   * this build made (Gatsby's page where an earlier build had a redirect
   * page), and records this build's files in `manifestFile` (read with the
   * lists at `formerManifests`, a place an earlier version kept it, which are
   * then removed); returns how many were removed.
   */
  removeStale(manifestFile: string, ...formerManifests: string[]): number
}

function sameContents(file: string, contents: Uint8Array): boolean {
  try {
    const stat = fs.statSync(file)
    return stat.size === contents.byteLength && Buffer.compare(fs.readFileSync(file), contents) === 0
  } catch {
    return false
  }
}

function sameFile(source: string, target: string): boolean {
  try {
    const [a, b] = [fs.statSync(source), fs.statSync(target)]
    // Within a millisecond: file systems and utimes keep times to different precisions.
    return a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < 1
  } catch {
    return false
  }
}

/**
 * The file a site path names inside `root`; an Error naming the path when it
 * would land outside (`..`, an absolute path, a NUL): the checks refuse such
 * URLs at their line, and this is the last guard should one get past them.
 */
export function insidePublic(root: string, relativePath: string): string {
  const base = path.resolve(root)
  const target = path.resolve(base, ...relativePath.split('/').filter(Boolean))
  const relative = path.relative(base, target)
  if (relativePath.includes('\0') || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new Error(`refusing to write "${relativePath}": it is outside the public folder ${base}`)
  }
  return target
}

/**
 * Removes files (paths relative to `publicDir`) and the folders they leave
 * empty, up to `publicDir`; returns how many were there to remove.
 */
export function removePublicFiles(publicDir: string, relativePaths: Iterable<string>): number {
  const base = path.resolve(publicDir)
  let removed = 0
  for (const relativePath of relativePaths) {
    let target: string
    try {
      target = insidePublic(base, relativePath)
    } catch {
      continue // A path outside public/ was never the build's: nothing to remove.
    }
    if (!fs.lstatSync(target, { throwIfNoEntry: false })?.isFile()) continue
    fs.rmSync(target, { force: true })
    removed++
    for (let dir = path.dirname(target); dir.length > base.length; dir = path.dirname(dir)) {
      try {
        fs.rmdirSync(dir)
      } catch {
        break // Not empty (or gone): the folders above hold something too.
      }
    }
  }
  return removed
}

/** Whether a folder on the way to `target` is a file (nothing can be written there). */
function fileOnTheWay(base: string, target: string): boolean {
  for (let dir = path.dirname(target); dir.length > base.length; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir, { throwIfNoEntry: false })
    if (stat && !stat.isDirectory()) return true
  }
  return false
}

/**
 * The writer of one build. `taken` says which paths this build's Gatsby
 * pages hold: a placeholder never goes there, and removeStale never removes
 * them (an earlier build's redirect page may have stood where a page is now).
 */
export function publicWriter(publicDir: string, taken: (relativePath: string) => boolean = () => false): PublicWriter {
  let written = 0
  let total = 0
  const seen = new Set<string>()
  const place = (relativePath: string): string => {
    const target = insidePublic(publicDir, relativePath)
    seen.add(relativePath)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    return target
  }
  return {
    write(relativePath, contents) {
      total++
      const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents
      const target = place(relativePath)
      if (sameContents(target, bytes)) return false
      fs.writeFileSync(target, bytes)
      written++
      return true
    },
    copy(source, relativePath) {
      total++
      const target = place(relativePath)
      if (sameFile(source, target)) return false
      fs.copyFileSync(source, target)
      // The source's time on the copy, so the next build can tell it is the same file without reading it.
      const { atime, mtime } = fs.statSync(source)
      fs.utimesSync(target, atime, mtime)
      written++
      return true
    },
    placeholder(relativePath, contents) {
      const target = insidePublic(publicDir, relativePath)
      if (seen.has(relativePath) || taken(relativePath) || fileOnTheWay(path.resolve(publicDir), target)) return false
      if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) return false
      return this.write(relativePath, contents)
    },
    made: (relativePath) => seen.has(relativePath),
    tally() {
      const result = { written, total }
      written = 0
      total = 0
      return result
    },
    removeStale(manifestFile, ...formerManifests) {
      const before: string[] = []
      for (const file of [manifestFile, ...formerManifests]) {
        try {
          before.push(...(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]))
        } catch {
          // No earlier build (or a removed public folder): nothing is known to be stale.
        }
      }
      const removed = removePublicFiles(
        publicDir,
        before.filter((file) => !seen.has(file) && !taken(file)),
      )
      const list = Buffer.from(JSON.stringify([...seen].sort()))
      if (!sameContents(manifestFile, list)) {
        fs.mkdirSync(path.dirname(manifestFile), { recursive: true })
        fs.writeFileSync(manifestFile, list)
      }
      for (const file of formerManifests) fs.rmSync(file, { force: true })
      return removed
    },
  }
}

/** "2 of 110" or "all 110": how much of a group a build wrote. */
export function tallyText({ written, total }: WriteTally): string {
  return written === total ? `all ${total}` : `${written} of ${total}`
}
