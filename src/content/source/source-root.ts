/**
 * The source root: the old tool's project around the content folder. Its
 * configuration, `_data/`, `_includes/` and asset folders belong to the
 * handbook, so they may be read (and published when pages refer to them);
 * nothing above it ever is. Found as the nearest folder at or above the
 * content folder that holds what a generator keeps there, looking at most
 * three levels up.
 */
import fs from 'node:fs'
import path from 'node:path'

/** What marks a generator's project folder, by the tool it suggests (undefined: any tool, or none). */
export const ROOT_MARKERS: readonly { name: string | RegExp; folder?: true }[] = [
  { name: '_config.yml' },
  { name: '_config.yaml' },
  { name: /^eleventy\.config\.(?:js|cjs|mjs|ts)$/ },
  { name: '.eleventy.js' },
  { name: '_data', folder: true },
  { name: '_includes', folder: true },
  { name: 'SUMMARY.md' },
  { name: '.gitbook.yaml' },
  { name: '.gitbook', folder: true },
  { name: /^(?:hugo|config)\.(?:toml|yaml|yml|json)$/ },
  { name: /^docusaurus\.config\.(?:js|cjs|mjs|ts)$/ },
  { name: /^mkdocs\.ya?ml$/ },
  { name: 'static', folder: true },
  { name: 'assets', folder: true },
  { name: 'layouts', folder: true },
  { name: '.git' },
]

/** How many folders above the content folder are looked at. */
export const ROOT_LEVELS_UP = 3

function isRealFolder(folder: string): boolean {
  try {
    return fs.lstatSync(folder).isDirectory()
  } catch {
    return false
  }
}

/** The names in `folder` that mark a project root (empty when none, or when it cannot be read). */
export function rootMarkersIn(folder: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
  const found: string[] = []
  for (const entry of entries) {
    // A marker is the thing itself, never a link to it: a link could lead anywhere.
    if (entry.isSymbolicLink()) continue
    // Hugo's configuration folder: `config/_default/` (a folder named `config` alone says nothing).
    if (entry.name === 'config' && entry.isDirectory() && isRealFolder(path.join(folder, 'config', '_default'))) found.push('config/_default')
    const marker = ROOT_MARKERS.find((m) => (typeof m.name === 'string' ? m.name === entry.name : m.name.test(entry.name)))
    if (!marker) continue
    if (marker.folder && !entry.isDirectory()) continue
    found.push(entry.name)
  }
  return found.sort()
}

export interface SourceRoot {
  /** Real path of the root folder. */
  root: string
  /** The markers found there. */
  markers: string[]
}

/**
 * The nearest folder at or above `contentDir` (its real path) with a marker, at most three levels up;
 * the content folder itself when none has one.
 */
export function findSourceRoot(contentDir: string): SourceRoot {
  const start = fs.realpathSync(contentDir)
  let folder = start
  for (let level = 0; level <= ROOT_LEVELS_UP; level++) {
    const markers = rootMarkersIn(folder)
    // The content folder's own `.git` (a handbook that is a repository of pages) says nothing about a tool.
    if (markers.length > 0 && !(level === 0 && markers.every((m) => m === '.git'))) return { root: folder, markers }
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return { root: start, markers: [] }
}
