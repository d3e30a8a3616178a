/**
 * Finds the pages and other files of a content folder. Hidden files and
 * folders (.git, .github) and node_modules are not content.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pageExtension } from '../links/url'
import type { PageFormat } from '../markdown/parse'
import { PEOPLE_FOLDER } from '../features/people/files'
import { error, type Diagnostic } from '../common/diagnostics'

export interface SourceFile {
  /** Relative to the content folder, forward slashes, Unicode NFC (macOS writes NFD). */
  sourcePath: string
  absolutePath: string
  format: PageFormat
}

export interface ContentFiles {
  pages: SourceFile[]
  /** Every other file (images, PDFs, data), relative paths. */
  files: Set<string>
  /** Entries that are not content (symbolic links, pipes, devices), each an error at its path. */
  diagnostics: Diagnostic[]
}

const SKIPPED_FOLDERS = new Set(['node_modules'])

/**
 * Folders of data, not pages: a Markdown file in them (a README for editors) is a plain file.
 * Any folder whose name starts with `_` (`_people/`, `_includes/`, `_shared/`) is one: what is
 * in it exists to be included or read. So is a file named so (Docusaurus' `_partial.md`), except
 * `_index.md`: Hugo's section index page.
 */
function isDataFolder(name: string): boolean {
  return name.startsWith('_') || name === PEOPLE_FOLDER
}

function isPartialFile(name: string): boolean {
  return name.startsWith('_') && !/^_index\.[^.]+$/i.test(name)
}

/**
 * The page format of a file at `sourcePath` (relative to the content folder), or undefined when it is
 * not a page: the rule scanContent walks by, for paths that are not on disk (a past commit's files).
 */
export function pageFormatOf(sourcePath: string): PageFormat | undefined {
  const segments = sourcePath.split('/')
  const name = segments.pop() ?? ''
  if (segments.some((folder) => folder.startsWith('.') || SKIPPED_FOLDERS.has(folder) || isDataFolder(folder))) return undefined
  if (name.startsWith('.') || isPartialFile(name)) return undefined
  const ext = pageExtension(name)
  return ext ? (ext === '.mdx' ? 'mdx' : 'md') : undefined
}

/**
 * Why an entry that is neither a file nor a folder is not content. Dirents of
 * `readdir` are lstat's view: a link is a link, whatever it points to (a
 * file, a folder, nothing), and is never followed. Git stores links, so a
 * pull request can add one to /etc/passwd or to the checkout's .git/config.
 */
function notContent(entry: fs.Dirent): string {
  if (entry.isSymbolicLink()) return 'symbolic links are not content, so this one was not read (links and includes that name it are broken too): commit the file itself (git add the real file, not a link)'
  const kind = entry.isFIFO() ? 'a named pipe (FIFO)' : entry.isSocket() ? 'a socket' : entry.isCharacterDevice() || entry.isBlockDevice() ? 'a device' : 'not a regular file'
  return `this is ${kind}, not a file, so it was not read: only files and folders are content. Delete it`
}

export function scanContent(contentDir: string): ContentFiles {
  const pages: SourceFile[] = []
  const files = new Set<string>()
  const diagnostics: Diagnostic[] = []
  const walk = (folder: string, relative: string, data: boolean) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue
      const absolutePath = path.join(folder, entry.name)
      const sourcePath = (relative ? `${relative}/${entry.name}` : entry.name).normalize('NFC')
      if (entry.isDirectory()) {
        walk(absolutePath, sourcePath, data || isDataFolder(entry.name))
      } else if (entry.isFile()) {
        const ext = data || isPartialFile(entry.name) ? undefined : pageExtension(entry.name)
        if (ext) pages.push({ sourcePath, absolutePath, format: ext === '.mdx' ? 'mdx' : 'md' })
        else files.add(sourcePath)
      } else {
        diagnostics.push(error(entry.isSymbolicLink() ? 'content-symlink' : 'content-not-a-file', sourcePath, notContent(entry)))
      }
    }
  }
  walk(contentDir, '', false)
  return { pages, files, diagnostics }
}
