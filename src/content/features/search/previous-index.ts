/**
 * The search index the build before published, read from public/ so that
 * the files a rebuild makes the same keep their names (build.ts,
 * searchIndexFiles). Only the index's own folder is read: its manifest, and
 * the files that manifest names, each when asked for. A folder without a
 * manifest (a first build, a cleaned public/) has none: every file takes
 * this build's name.
 */
import fs from 'node:fs'
import path from 'node:path'
import { SEARCH_MANIFEST, type SearchManifest } from '../../../shared/search/format'
import type { PreviousIndex } from './build'

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** The index published in `folder`, if any; `undefined` when it has no manifest or one that does not parse. */
export function previousIndexIn(folder: string): PreviousIndex | undefined {
  const text = readText(path.join(folder, SEARCH_MANIFEST))
  if (text === undefined) return undefined
  let manifest: SearchManifest
  try {
    manifest = JSON.parse(text) as SearchManifest
  } catch {
    return undefined
  }
  // Names come from our own manifest, but a file name is never more than a name in this folder.
  return { manifest, read: (name) => (path.basename(name) === name ? readText(path.join(folder, name)) : undefined) }
}
