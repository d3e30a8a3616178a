/**
 * Reading what the old tool left around the content folder: its data
 * (`_data/*.yml|yaml|json`, Jekyll's `_config.yml` as `site`), its includes
 * (`_includes/`, read when a page asks) and the files pages may link to
 * (`_img/`, `downloads/`…, published at their path from the root, as the
 * old site did). Every read goes through the jail of the source root
 * (common/inside-content.ts): nothing outside it, no link out of it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { insideContent } from '../common/inside-content'
import { textMemo } from '../common/text-memo'
import { warning, type Diagnostic } from '../common/diagnostics'
import type { DataText } from '../common/yaml'
import { findSourceRoot } from './source-root'
import { hugoPathsToWatch, hugoSource } from './hugo'
import { guessTool } from './detect'
import { DOCUSAURUS_SIDEBARS_FILES, readDocusaurus } from './docusaurus'
import { runsLiquid, type SourceTool } from './tool'
import { MKDOCS_CONFIG_NAMES, readMkdocsConfig } from './mkdocs'
import { readerAroundContent } from './read-under-root'
import { withGitBook, type GitBookConfig } from './gitbook'
import { walkFiles } from './walk-files'
import type { DocusaurusConfig } from './docusaurus-config'

export interface HandbookSource {
  tool: SourceTool
  /** Whether `tool` was guessed from the root (false: `source:` in handbook.yml chose it). */
  guessed: boolean
  /** Real path of the source root (the content folder itself when nothing marks one above it). */
  root: string
  /** The content folder, relative to the root ('' when it is the root). */
  contentPath: string
  /** The data the old tool's templates read: `_data/<name>` by name (Jekyll's `site.data.<name>`), `site` from `_config.yml` or `_data/site.*`. */
  data: Readonly<Record<string, unknown>>
  /** The data files read, with their text, paths relative to the content folder (`../_data/navigation.yml`): part of the render cache key. */
  dataFiles: DataText[]
  /** The text of `_includes/<name>`, through the jail; undefined when there is none. */
  readInclude(name: string): string | undefined
  /** Every file of `_includes/` (what Liquid's `{% include %}` may name), by its path in it. */
  includes: Readonly<Record<string, string>>
  /** Files outside the content folder that the old site published, by their path on the site (`_img/a.png`) → path from the root. */
  files: ReadonlyMap<string, string>
  /** Hugo: the folders `include`/`readfile` look in after the content folder, as paths from it (`../assets`, `..`). */
  includeFolders?: readonly string[]
  /** Hugo: the text of a file around the content folder (a path from it, `../assets/x.md`), through the root's jail. */
  readAround?: (fromContent: string) => string | undefined
  /** Hugo: the shortcodes the site or its theme defines, by name → the file (path from the content folder). */
  siteShortcodes?: ReadonlyMap<string, string>
  /** Hugo: the configuration's `params`, which `{{< param "x" >}}` reads after the page's own (shortcodes/hugo-param.ts). */
  params?: Readonly<Record<string, unknown>>
  /** Hugo: the configuration file read (path from the content folder, `../hugo.toml`), named in the `Source:` line. */
  configFile?: string
  diagnostics: Diagnostic[]
  /** GitBook's `.gitbook.yaml` (its defaults when there is none), when the tool is GitBook (source/gitbook.ts). */
  gitbook?: GitBookConfig
  /** Docusaurus: what its `docusaurus.config.*` says of the docs' addresses (its defaults when it says nothing), when the tool is Docusaurus (source/docusaurus-config.ts). */
  docusaurus?: DocusaurusConfig
}

const DATA_FOLDER = '_data'
const INCLUDES_FOLDER = '_includes'
/** A data file larger than this is not read (a real handbook's largest is a few KB). */
const MAX_DATA_BYTES = 2_000_000
/** Files of `_includes/` read at most (a real site has a few dozen). */
const MAX_INCLUDES = 500
/** Files of the root listed for linking at most; a larger tree is a repository of other things. */
const MAX_ROOT_FILES = 20_000
/** Folders of the root that are the old tool's code or output, never published. */
const NOT_PUBLISHED = new Set(['node_modules', '_site', '_data', '_includes', '_layouts', '_plugins', '_sass', 'public', 'resources', 'layouts', 'archetypes', 'themes'])

/** A path from the root, as a path from the content folder (how messages name files): `_includes` → `../_includes`. */
export function fromContent(source: Pick<HandbookSource, 'contentPath'>, rootPath: string): string {
  const up = source.contentPath ? source.contentPath.split('/').map(() => '..') : []
  return [...up, rootPath].join('/')
}

// Remembered by text: develop reads the data again on every save (common/text-memo.ts).
const parseJsonData = textMemo((text): unknown => JSON.parse(text))
const parseYamlData = textMemo((text): unknown => parseYaml(text))

function parseData(file: string, text: string): unknown {
  return /\.json$/i.test(file) ? parseJsonData(text) : parseYamlData(text)
}

/** The text of a file under the root, through the jail; undefined when it is not there or may not be read. */
function readInRoot(root: string, rootPath: string): string | undefined {
  const inside = insideContent(root, rootPath)
  if (!inside.ok) return undefined
  if (fs.statSync(inside.path).size > MAX_DATA_BYTES) return undefined
  return fs.readFileSync(inside.path, 'utf8')
}

/** The files of the root's folders that pages may link, by their path on the site (NFC) → their path from the root. */
function listFiles(root: string, contentReal: string): Map<string, string> {
  const files = walkFiles(root, {
    limit: MAX_ROOT_FILES,
    // Not the content folder (its files are the content's), nor the old tool's code and output.
    enter: (relative, full) => full !== contentReal && !(NOT_PUBLISHED.has(relative) && !relative.includes('/')),
    // Files at the root itself are the tool's configuration and the repository's own (README, package.json).
    keep: (relative) => relative.includes('/'),
  })
  return new Map(files.map((file) => [file.normalize('NFC'), file]))
}

/** No source: the content folder alone. */
export function noSource(contentDir: string): HandbookSource {
  return { tool: 'none', guessed: true, root: contentDir, contentPath: '', data: {}, dataFiles: [], readInclude: () => undefined, includes: {}, files: new Map(), diagnostics: [] }
}

/** What the old tool left around `contentDir`; `chosen` is `source:` of the settings, when set. */
export function readSource(contentDir: string, chosen?: SourceTool): HandbookSource {
  const found = findSourceRoot(contentDir)
  const tool = chosen ?? guessTool(found.markers)
  const contentReal = fs.realpathSync(contentDir)
  const alone = { ...noSource(contentDir), tool, guessed: chosen === undefined, root: found.root, contentPath: path.relative(found.root, contentReal).split(path.sep).join('/') }
  // Each tool reads what it left around the content folder; the others read nothing outside it.
  if (tool === 'mkdocs') return withMkdocs(alone)
  if (tool === 'hugo') return hugoSource(alone)
  if (tool === 'gitbook') return withGitBook(alone, contentReal)
  if (tool === 'docusaurus') return readDocusaurus(alone, contentReal)
  if (!runsLiquid(tool)) return alone
  const { root } = alone
  const source: HandbookSource = { ...alone }
  const data: Record<string, unknown> = {}
  const read = (rootPath: string, name: string) => {
    const text = readInRoot(root, rootPath)
    if (text === undefined) return
    const file = fromContent(source, rootPath)
    source.dataFiles.push({ path: file, text })
    try {
      data[name] = parseData(rootPath, text)
    } catch (cause) {
      source.diagnostics.push(warning('source-data', file, `${rootPath} could not be read as data (${(cause as Error).message.split('\n')[0]}), so pages that use it see nothing there: fix the file's syntax`))
    }
  }
  if (tool === 'jekyll') for (const name of ['_config.yml', '_config.yaml']) read(name, 'site')
  const dataFolder = path.join(root, DATA_FOLDER)
  if (fs.existsSync(dataFolder)) {
    for (const name of fs.readdirSync(dataFolder).sort()) {
      const match = /^([^.][^/]*)\.(ya?ml|json)$/i.exec(name)
      if (match) read(`${DATA_FOLDER}/${name}`, match[1]!)
    }
  }
  const includes = new Map<string, string | undefined>()
  source.readInclude = (name) => {
    const clean = name.replace(/^\/+/, '')
    if (clean.split('/').some((segment) => segment === '..' || segment === '')) return undefined
    if (!includes.has(clean)) includes.set(clean, readInRoot(root, `${INCLUDES_FOLDER}/${clean}`))
    return includes.get(clean)
  }
  const includesFolder = path.join(root, INCLUDES_FOLDER)
  const all: Record<string, string> = {}
  // The folder itself, never a link in its place (each file is read through the jail besides).
  if (fs.lstatSync(includesFolder, { throwIfNoEntry: false })?.isDirectory()) {
    for (const rel of walkFiles(includesFolder, { limit: MAX_INCLUDES })) {
      const text = source.readInclude(rel)
      if (text !== undefined) all[rel] = text
    }
  }
  source.includes = all
  source.data = data
  source.files = root === contentReal ? new Map() : listFiles(root, contentReal)
  return source
}

/** The files and folders around the content folder that pages' renders read (`gatsby develop` watches them with the content). */
export function sourcePathsToWatch(source: Pick<HandbookSource, 'tool' | 'root' | 'contentPath' | 'includeFolders'>): string[] {
  if (source.tool === 'docusaurus' && source.contentPath !== '') return DOCUSAURUS_SIDEBARS_FILES.map((name) => path.join(source.root, name)).filter((file) => fs.existsSync(file))
  if (source.tool === 'hugo' && source.contentPath !== '') return hugoPathsToWatch(source.root)
  if (source.tool === 'mkdocs' && source.contentPath !== '') {
    // mkdocs.yml, and pymdownx.snippets' base_path folders other than the project folder itself (whose files are the watch's own).
    const snippets = (source.includeFolders ?? []).map((folder) => path.resolve(source.root, source.contentPath, folder)).filter((folder) => folder !== source.root)
    return [...MKDOCS_CONFIG_NAMES.map((name) => path.join(source.root, name)), ...snippets].filter((file) => fs.existsSync(file))
  }
  if (!runsLiquid(source.tool) || source.contentPath === '') return []
  return [DATA_FOLDER, INCLUDES_FOLDER, '_config.yml', '_config.yaml'].map((name) => path.join(source.root, name)).filter((file) => fs.existsSync(file))
}

/** An MkDocs project: its mkdocs.yml or mkdocs.yaml (the nav, docs_dir), as data `mkdocs` and a data file. */
function withMkdocs(source: HandbookSource): HandbookSource {
  const read = readMkdocsConfig(source.root, source.contentPath, (name) => fromContent(source, name))
  // pymdownx.snippets' files, from its base_path folders in the project (`--8<-- "file.md"`: markdown/mkdocs-blocks.ts).
  const snippets = read.data?.snippetFolders?.map((folder) => path.posix.normalize(fromContent(source, folder || '.')))
  return {
    ...source,
    ...(read.data ? { data: { mkdocs: read.data } } : {}),
    ...(snippets ? { includeFolders: snippets, readAround: readerAroundContent(source.root, source.contentPath) } : {}),
    dataFiles: read.dataFile ? [read.dataFile] : [],
    diagnostics: read.diagnostics,
  }
}
