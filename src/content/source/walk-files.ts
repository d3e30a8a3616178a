/**
 * The one bounded walk of a folder around the content: the files beside the
 * content folder that pages may link (read-source.ts), `_includes/`,
 * GitBook's `.gitbook/assets/`, Hugo's `static/` and shortcode folders, and
 * Docusaurus' `_category_` files and `static/`. Links are never followed nor listed (a link
 * could lead anywhere; the jail refuses them when read anyway), hidden files
 * and folders (`.git`, `.DS_Store`) are left out, and the walk stops at a
 * limit: a larger tree is a repository of other things.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface WalkOptions {
  /** Files listed at most. */
  limit: number
  /** Whether the walk goes into a folder, by its path from the start (`a/b`) and its full path; every folder when absent. */
  enter?: (relative: string, full: string) => boolean
  /** Whether a file is listed, by its path from the start; every file when absent (one left out does not count towards the limit). */
  keep?: (relative: string) => boolean
}

/**
 * The files under `folder`, by their path from it (`a/b.png`), in name order at each level (by code unit, the
 * same on every machine); nothing when the folder cannot be read.
 */
export function walkFiles(folder: string, options: WalkOptions): string[] {
  const found: string[] = []
  const walk = (dir: string, relative: string): void => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (found.length >= options.limit) return
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue
      const full = path.join(dir, entry.name)
      const rel = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!options.enter || options.enter(rel, full)) walk(full, rel)
      } else if (entry.isFile() && (!options.keep || options.keep(rel))) found.push(rel)
    }
  }
  walk(folder, '')
  return found
}
