/**
 * What GitBook keeps beside its pages: `.gitbook/assets/` (where its editor
 * saves every image; pages link `../.gitbook/assets/x.png`) and
 * `.gitbook.yaml` (`root:`, `structure.readme`/`structure.summary`,
 * `redirects:`). The assets folder is hidden, so the content scan skips it:
 * its files are listed here so links to them resolve and they are published,
 * through the jail of the source root like every file around the content.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { warning, type Diagnostic } from '../common/diagnostics'
import { insideContent } from '../common/inside-content'
import { escapeRegExp } from '../common/regexp'
import { fromContent, type HandbookSource } from './read-source'
import { ROOT_LEVELS_UP } from './source-root'
import { walkFiles } from './walk-files'

/** GitBook's assets folder, from its root (the content folder). */
export const GITBOOK_ASSETS = '.gitbook/assets'
/** Asset files listed at most (a large real book has a few hundred). */
const MAX_ASSETS = 20_000

/** `.gitbook.yaml` as read. */
export interface GitBookConfig {
  /** `root:`, from the folder of `.gitbook.yaml` ('' when not set). */
  root: string
  /** `structure.readme`, from the content folder (`README.md` by default): the home page (pipeline/gitbook-readme.ts). */
  readme: string
  /** `structure.summary`, from the content folder (`SUMMARY.md` by default). */
  summary: string
  /** Where the file is, from the content folder (`../.gitbook.yaml`), for messages. */
  file: string
  /** `redirects:`: old path (no leading slash) → target file, from the content folder, with the line it is written at. */
  redirects: { from: string; to: string; line?: number }[]
  diagnostics: Diagnostic[]
}

const trimSlashes = (value: string) => value.replace(/^\.?\/+/, '').replace(/\/+$/, '')

/** `.gitbook.yaml`'s text read; `file` names it in messages. Missing fields take GitBook's defaults. */
export function parseGitBookConfig(text: string, file = '.gitbook.yaml'): GitBookConfig {
  const config: GitBookConfig = { root: '', readme: 'README.md', summary: 'SUMMARY.md', file, redirects: [], diagnostics: [] }
  let raw: unknown
  try {
    raw = parseYaml(text)
  } catch (cause) {
    config.diagnostics.push(warning('source-data', file, `${file} could not be read (${(cause as Error).message.split('\n')[0]}), so its root, structure and redirects are ignored: fix the file's syntax`))
    return config
  }
  if (!raw || typeof raw !== 'object') return config
  const data = raw as Record<string, unknown>
  if (typeof data.root === 'string') config.root = trimSlashes(data.root)
  const structure = data.structure
  if (structure && typeof structure === 'object') {
    const { readme, summary } = structure as Record<string, unknown>
    if (typeof readme === 'string' && readme.trim()) config.readme = trimSlashes(readme.trim())
    if (typeof summary === 'string' && summary.trim()) config.summary = trimSlashes(summary.trim())
  }
  const redirects = data.redirects
  if (redirects && typeof redirects === 'object' && !Array.isArray(redirects)) {
    const lines = text.split(/\r?\n/)
    for (const [from, to] of Object.entries(redirects as Record<string, unknown>)) {
      if (typeof to !== 'string' || !to.trim()) {
        config.diagnostics.push(warning('redirect-invalid', file, `redirects: "${from}" names no file, so it is not a redirect: write the page's file, as in \`${from}: path/to/page.md\``))
        continue
      }
      const line = lines.findIndex((text) => new RegExp(`^\\s+["']?${escapeRegExp(from)}["']?\\s*:`).test(text))
      config.redirects.push({ from: trimSlashes(from), to: trimSlashes(to.trim()), ...(line >= 0 ? { line: line + 1 } : {}) })
    }
  }
  return config
}

/**
 * The files of `.gitbook/assets/` under `folder` (the content folder), by their path from it
 * (`.gitbook/assets/x.png`); links and hidden files are left out (walk-files.ts).
 */
export function listGitBookAssets(folder: string): string[] {
  // A link in place of `.gitbook` or `assets` is not followed: readdir of the real folders only.
  const assets = path.join(folder, GITBOOK_ASSETS)
  if (!fs.lstatSync(path.join(folder, '.gitbook'), { throwIfNoEntry: false })?.isDirectory() || !fs.lstatSync(assets, { throwIfNoEntry: false })?.isDirectory()) return []
  return walkFiles(assets, { limit: MAX_ASSETS })
    .map((file) => `${GITBOOK_ASSETS}/${file}`)
    .sort()
}

/**
 * The GitBook project above a content folder that holds its own `.gitbook/` (so the root was found there):
 * the nearest folder, at most three up, whose `.gitbook.yaml` names the content folder as its `root:`.
 */
function projectAbove(found: HandbookSource, contentReal: string): HandbookSource {
  if (found.root !== contentReal) return found
  let folder = contentReal
  for (let level = 0; level < ROOT_LEVELS_UP; level++) {
    folder = path.dirname(folder)
    const file = path.join(folder, '.gitbook.yaml')
    let stat: fs.Stats
    try {
      stat = fs.lstatSync(file)
    } catch {
      continue
    }
    if (!stat.isFile()) continue
    const config = parseGitBookConfig(fs.readFileSync(file, 'utf8'))
    if (path.resolve(folder, config.root) === contentReal) return { ...found, root: folder, contentPath: path.relative(folder, contentReal).split(path.sep).join('/') }
  }
  return found
}

/**
 * A GitBook handbook's source: `.gitbook.yaml` (at the root, else in the content folder) and the
 * assets of `.gitbook/assets/` added to the files around the content (`base.files`), so that
 * `../.gitbook/assets/x.png` resolves and is published.
 */
export function withGitBook(found: HandbookSource, contentReal: string): HandbookSource {
  const base = projectAbove(found, contentReal)
  const files = new Map(base.files)
  const fromRoot = (contentRelative: string) => (base.contentPath ? `${base.contentPath}/${contentRelative}` : contentRelative)
  for (const asset of listGitBookAssets(contentReal)) files.set(asset.normalize('NFC'), fromRoot(asset))
  const diagnostics = [...base.diagnostics]
  let gitbook: GitBookConfig | undefined
  for (const candidate of base.contentPath ? ['.gitbook.yaml', fromRoot('.gitbook.yaml')] : ['.gitbook.yaml']) {
    const inside = insideContent(base.root, candidate)
    if (!inside.ok) continue
    const file = fromContent(base, candidate)
    gitbook = parseGitBookConfig(fs.readFileSync(inside.path, 'utf8'), file)
    diagnostics.push(...gitbook.diagnostics)
    break
  }
  const config = gitbook ?? parseGitBookConfig('')
  // The summary is the navigation (sidebars/import/gitbook-summary.ts), read with the data: part of the render cache key.
  const summary = insideContent(contentReal, config.summary)
  const dataFiles = summary.ok ? [...base.dataFiles, { path: config.summary, text: fs.readFileSync(summary.path, 'utf8') }] : base.dataFiles
  return { ...base, files, diagnostics, dataFiles, gitbook: config }
}

/**
 * The content folder GitBook builds from `folder`: the `root:` its `.gitbook.yaml` names (`./docs/`),
 * when that is a folder inside it (not a link); else `folder` itself.
 */
export function gitBookContentDir(folder: string): string {
  const file = path.join(folder, '.gitbook.yaml')
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (!stat?.isFile()) return folder
  const { root } = parseGitBookConfig(fs.readFileSync(file, 'utf8'))
  if (!root || root.split('/').includes('..')) return folder
  const target = path.join(folder, root)
  return fs.lstatSync(target, { throwIfNoEntry: false })?.isDirectory() ? target : folder
}
