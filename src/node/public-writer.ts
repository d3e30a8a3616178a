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
  /** Written and seen files since the last tally, and starts counting again. */
  tally(): WriteTally
  /**
   * Removes what an earlier build wrote through a writer and this one did not
   * (the copy of a deleted page, a search shard no word needs any more), and
   * records this build's files in `manifestFile`; returns how many were removed.
   */
  removeStale(manifestFile: string): number
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

export function publicWriter(publicDir: string): PublicWriter {
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
    tally() {
      const result = { written, total }
      written = 0
      total = 0
      return result
    },
    removeStale(manifestFile) {
      let before: string[] = []
      try {
        before = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as string[]
      } catch {
        // No earlier build (or a cleaned cache): nothing is known to be stale.
      }
      const stale = before.filter((file) => !seen.has(file))
      for (const file of stale) {
        let target: string
        try {
          target = insidePublic(publicDir, file)
        } catch {
          continue // A manifest entry outside public/ was never this writer's: nothing to remove.
        }
        fs.rmSync(target, { force: true })
      }
      fs.mkdirSync(path.dirname(manifestFile), { recursive: true })
      fs.writeFileSync(manifestFile, JSON.stringify([...seen].sort()))
      return stale.length
    },
  }
}

/** "2 of 110" or "all 110": how much of a group a build wrote. */
export function tallyText({ written, total }: WriteTally): string {
  return written === total ? `all ${total}` : `${written} of ${total}`
}
