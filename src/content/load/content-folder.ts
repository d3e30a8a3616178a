/**
 * The content folder itself: a build or check of a folder that is missing, or
 * that holds no page, is a mistake in the setting (a typo in
 * HANDBOOK_CONTENT_DIR, a CI job run before checkout), not an empty handbook
 * to publish. Found here, before anything is read, so it is one clear line
 * naming the resolved path and the setting instead of an empty site or
 * ENOENT's stack trace.
 */
import { assertNever } from '../../shared/assert-never'
import fs from 'node:fs'
import path from 'node:path'
import { pageExtension } from '../links/url'

export type ContentFolderProblem = 'missing' | 'not-a-folder' | 'no-pages'

/** A folder scanContent would take as content (hidden ones and node_modules are not). */
const isContentFolder = (name: string): boolean => !name.startsWith('.') && name !== 'node_modules'

/** Whether the folder holds at least one page, anywhere below it; stops at the first one found. */
function holdsAPage(folder: string): boolean {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    if (entry.isDirectory()) {
      if (isContentFolder(entry.name) && holdsAPage(path.join(folder, entry.name))) return true
    } else if (pageExtension(entry.name)) return true
  }
  return false
}

/** What is wrong with the content folder, if anything (reads the file system: an edge, called before loading). */
export function contentFolderProblem(contentDir: string): ContentFolderProblem | undefined {
  const stat = fs.statSync(contentDir, { throwIfNoEntry: false })
  if (!stat) return 'missing'
  if (!stat.isDirectory()) return 'not-a-folder'
  return holdsAPage(contentDir) ? undefined : 'no-pages'
}

/** How the content folder was chosen, for the message: the environment variable, else handbook.config.ts, else the default. */
export interface ContentFolderSetting {
  /** HANDBOOK_CONTENT_DIR as given, when it is set. */
  env?: string
  /** `contentDir` of handbook.config.ts, when it sets one. */
  config?: string
}

function settingOf(setting: ContentFolderSetting): string {
  if (setting.env !== undefined) return `HANDBOOK_CONTENT_DIR=${setting.env}`
  if (setting.config !== undefined) return `contentDir: '${setting.config}' in handbook.config.ts; HANDBOOK_CONTENT_DIR is not set`
  return `the default; HANDBOOK_CONTENT_DIR is not set`
}

const FIX = 'Set HANDBOOK_CONTENT_DIR to the folder of your Markdown pages (absolute, or relative to the project folder)'

/** The error line for a problem: what is wrong, the resolved path, the setting it came from, and the fix. */
export function contentFolderMessage(problem: ContentFolderProblem, contentDir: string, setting: ContentFolderSetting): string {
  const from = settingOf(setting)
  switch (problem) {
    case 'missing':
      return `the content folder ${contentDir} does not exist (${from}). ${FIX}`
    case 'not-a-folder':
      return `the content folder ${contentDir} is a file, not a folder (${from}). ${FIX}`
    case 'no-pages':
      return `the content folder ${contentDir} has no pages: no .md, .mdx or .markdown file in it or its folders (${from}). ${FIX}, or add a page, e.g. index.md`
    default:
      return assertNever(problem)
  }
}
