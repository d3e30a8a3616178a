/**
 * The content folder a tool builds, when the folder given is that tool's
 * project rather than its pages: GitBook's `.gitbook.yaml` `root:`, Hugo's
 * `contentDir` (`content` unless its configuration says otherwise) and
 * MkDocs' `docs_dir` (`docs` unless mkdocs.yml says otherwise). The folder
 * given is kept when it already is the pages (nothing of a project's root is
 * in it), or when the folder named is not a real folder inside it: the
 * settings resolve the content folder with this before anything is read.
 */
import fs from 'node:fs'
import path from 'node:path'
import { guessTool } from './detect'
import { gitBookContentDir } from './gitbook'
import { readHugoConfig } from './hugo'
import { MAX_CONFIG_BYTES, readUnderRoot } from './read-under-root'
import { MKDOCS_CONFIG_NAMES, MKDOCS_DEFAULT_DOCS_DIR, parseMkdocsConfig } from './mkdocs'
import { rootMarkersIn } from './source-root'

/** MkDocs' configuration file names, at the project's root. */

/** `folder/sub` when `sub` (as a tool's configuration writes it) names a real folder inside `folder`, not a link and not `..`; else undefined. */
function subfolder(folder: string, sub: string): string | undefined {
  const clean = sub
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '')
  if (clean === '' || clean === '.' || path.posix.isAbsolute(clean) || clean.split('/').includes('..')) return undefined
  const target = path.join(folder, clean)
  try {
    if (!fs.lstatSync(target).isDirectory()) return undefined
    const real = fs.realpathSync(target)
    const root = fs.realpathSync(folder)
    return real.startsWith(root + path.sep) ? target : undefined
  } catch {
    return undefined
  }
}

/** `docs_dir` of the MkDocs project at `folder` (its default when unset), or undefined when the folder has no mkdocs.yml. */
function mkdocsDocsDir(folder: string): string | undefined {
  for (const name of MKDOCS_CONFIG_NAMES) {
    const text = readUnderRoot(folder, name, MAX_CONFIG_BYTES)
    if (text === undefined) continue
    const { doc, syntaxError } = parseMkdocsConfig(text)
    // A file that cannot be read is reported when the project is read (source/mkdocs.ts); its default folder is still where MkDocs looks.
    const written = syntaxError ? undefined : doc.get('docs_dir')
    return typeof written === 'string' ? written : MKDOCS_DEFAULT_DOCS_DIR
  }
  return undefined
}

/**
 * The content folder to build for the folder given (an absolute path): the folder its tool's configuration names
 * when `folder` is a GitBook, Hugo or MkDocs project's root, else `folder` itself.
 */
export function toolContentDir(folder: string): string {
  const gitbook = gitBookContentDir(folder)
  if (gitbook !== folder) return gitbook
  const mkdocs = mkdocsDocsDir(folder)
  if (mkdocs !== undefined) return subfolder(folder, mkdocs) ?? folder
  // Hugo as the source root's detection recognises it (`config.yaml` counts only with Hugo's folders beside it).
  if (guessTool(rootMarkersIn(folder)) === 'hugo') return subfolder(folder, readHugoConfig(folder).contentDir) ?? folder
  return folder
}
