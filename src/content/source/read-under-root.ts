/**
 * One file of the old tool's project, read through the source root's jail
 * (common/inside-content.ts): a configuration, a sidebars file, a category
 * file. Nothing outside the root, nothing that is not a file, nothing over
 * its size limit.
 */
import fs from 'node:fs'
import path from 'node:path'
import { insideContent } from '../common/inside-content'

/** A configuration larger than this is not read (a real one is a few KB). */
export const MAX_CONFIG_BYTES = 1_000_000

/** The text of `rootPath` under `root`; undefined when it is not there, not a file, larger than `maxBytes`, or may not be read. */
export function readUnderRoot(root: string, rootPath: string, maxBytes: number): string | undefined {
  const inside = insideContent(root, rootPath)
  if (!inside.ok) return undefined
  try {
    const stat = fs.statSync(inside.path)
    if (!stat.isFile() || stat.size > maxBytes) return undefined
    return fs.readFileSync(inside.path, 'utf8')
  } catch {
    return undefined
  }
}

/** The first of `names` (in the tool's order of preference) that can be read under `root`, with its text, read once. */
export function firstReadable(root: string, names: readonly string[], maxBytes: number): { name: string; text: string } | undefined {
  for (const name of names) {
    const text = readUnderRoot(root, name, maxBytes)
    if (text !== undefined) return { name, text }
  }
  return undefined
}

/** An included file (a Hugo include, an MkDocs snippet) larger than this is not read. */
const MAX_INCLUDE_BYTES = 2_000_000

/**
 * Reads a file named from the content folder (`../assets/x.md`, `../includes/x.md`) that lies in the source root
 * around it, through the root's jail: what pages include from the old tool's project. Nothing above the root.
 */
export function readerAroundContent(root: string, contentPath: string): (fromContent: string) => string | undefined {
  return (fromContent) => {
    const rootPath = path.posix.normalize(path.posix.join(contentPath, fromContent))
    if (rootPath.startsWith('../') || rootPath === '..' || path.posix.isAbsolute(rootPath)) return undefined
    return readUnderRoot(root, rootPath, MAX_INCLUDE_BYTES)
  }
}
