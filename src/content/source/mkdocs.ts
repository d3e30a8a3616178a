/**
 * An MkDocs project's `mkdocs.yml`: its `docs_dir` (the content folder,
 * `docs` by default), its `nav` (sidebars/import/mkdocs-nav.ts reads it),
 * and where pymdownx.snippets reads its files.
 * The file is YAML with Python tags MkDocs' loader understands:
 * `!!python/name:material.extensions.emoji.twemoji` (a Python object, which
 * nothing here needs) and `!ENV [NAME, default]` (an environment variable),
 * so both are tolerated as tags of their own instead of "unresolved" ones.
 * `!ENV` is its default, never the build machine's variable: the machine's
 * environment is no part of the handbook and must not reach its pages.
 */
import fs from 'node:fs'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type ScalarTag, type CollectionTag } from 'yaml'
import { insideContent } from '../common/inside-content'
import { warning, type Diagnostic } from '../common/diagnostics'
import type { DataText } from '../common/yaml'

/** The configuration file MkDocs reads at the project's root. */
export const MKDOCS_CONFIG = 'mkdocs.yml'
/** The names MkDocs looks for, in its order: `mkdocs.yml`, then `mkdocs.yaml`. */
export const MKDOCS_CONFIG_NAMES = [MKDOCS_CONFIG, 'mkdocs.yaml'] as const
/** Whether a file's name is one of MkDocs' configuration names. */
export const MKDOCS_CONFIG_NAME = /^mkdocs\.ya?ml$/
/** `docs_dir` when mkdocs.yml does not set it. */
export const MKDOCS_DEFAULT_DOCS_DIR = 'docs'
/** A configuration larger than this is not read (a real one is a few KB). */
const MAX_CONFIG_BYTES = 1_000_000

/** What the import keeps of mkdocs.yml, in `HandbookSource.data.mkdocs`. */
export interface MkdocsData {
  /** `docs_dir` as written (default `docs`). */
  docsDir: string
  /** Where `nav`'s paths start, from the content folder: '' when the content folder is docs_dir, `docs/` when it is the project folder. */
  navBase: string
  siteName?: string
  /** The redirects plugin's `redirect_maps` (`old.md: new.md`, paths from docs_dir, or a full address), in `file` at `line`. */
  redirects?: MkdocsRedirect[]
  /** pymdownx.snippets' `base_path` folders (paths from the project folder, '' for it), when the extension is on. */
  snippetFolders?: string[]
  /** The names `markdown_extensions` lists (`def_list`, `pymdownx.snippets`…): the Markdown the pages were written for (markdown/dialect.ts). */
  markdownExtensions?: string[]
}

export interface MkdocsRedirect {
  file: string
  from: string
  to: string
  line: number
}

/** `!ENV NAME` or `!ENV [NAME, …, default]`: the default (the last item of a list of more than one), else null. */
const envTags: (ScalarTag | CollectionTag)[] = [
  { tag: '!ENV', resolve: () => null } as ScalarTag,
  {
    tag: '!ENV',
    collection: 'seq',
    resolve: (seq) => {
      const items = isSeq(seq) ? seq.items : []
      const last = items.length > 1 ? items[items.length - 1] : undefined
      return (isScalar(last) ? last : { value: null }) as never
    },
  } as CollectionTag,
]

/** The `!!python/…:name` tags written in `text`, each resolved to the name it gives (a string), whatever value follows it. */
function pythonTags(text: string): ScalarTag[] {
  const names = new Set([...text.matchAll(/!!(python\/[\w/]+:[\w.]+)/g)].map((match) => match[1]!))
  return [...names].map((name) => ({ tag: `tag:yaml.org,2002:${name}`, resolve: () => `!!${name}` }) as ScalarTag)
}

export interface ParsedMkdocsConfig {
  doc: Document.Parsed
  /** The line of a character offset of the text. */
  lineAt(offset: number): number
  /** The first syntax error, when the text is not YAML, at its line. */
  syntaxError?: { message: string; line: number }
}

/** mkdocs.yml parsed with MkDocs' own tags tolerated. */
export function parseMkdocsConfig(text: string): ParsedMkdocsConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, customTags: [...envTags, ...pythonTags(text)] })
  const lineAt = (offset: number) => lineCounter.linePos(offset).line
  const problem = doc.errors[0]
  return { doc, lineAt, ...(problem ? { syntaxError: { message: problem.message.split('\n')[0]!, line: lineAt(problem.pos[0]) } } : {}) }
}

/** A folder path as compared: no `./`, no slashes around it. */
function cleanFolder(folder: string): string {
  return folder
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/^\.$/, '')
}

/** The name of the configuration file at `root` (`mkdocs.yml`, else `mkdocs.yaml`), through the root's jail; undefined when it has neither. */
export function mkdocsConfigName(root: string): string | undefined {
  return MKDOCS_CONFIG_NAMES.find((name) => {
    const inside = insideContent(root, name)
    return inside.ok && fs.existsSync(inside.path) && fs.statSync(inside.path).isFile()
  })
}

/**
 * What mkdocs.yml (or mkdocs.yaml) at the root says, for a content folder at `contentPath` from the root: its text as
 * a data file, what is kept of it, and what is wrong. `fileOf` names the file as messages write it (from the content folder).
 */
export function readMkdocsConfig(root: string, contentPath: string, fileOf: (name: string) => string): { dataFile?: DataText; data?: MkdocsData; diagnostics: Diagnostic[] } {
  const name = mkdocsConfigName(root)
  const inside = name === undefined ? undefined : insideContent(root, name)
  if (!name || !inside?.ok || fs.statSync(inside.path).size > MAX_CONFIG_BYTES) return { diagnostics: [] }
  const file = fileOf(name)
  const text = fs.readFileSync(inside.path, 'utf8')
  const dataFile = { path: file, text }
  const parsed = parseMkdocsConfig(text)
  if (parsed.syntaxError) {
    return {
      dataFile,
      diagnostics: [warning('source-data', file, `${name} could not be read (${parsed.syntaxError.message}), so its nav is not the navigation: fix the file's syntax`, parsed.syntaxError.line)],
    }
  }
  const contents = parsed.doc.contents
  const docsNode = isMap(contents) ? contents.get('docs_dir', true) : undefined
  const written = isScalar(docsNode) && typeof docsNode.value === 'string' ? docsNode.value : undefined
  const docsDir = cleanFolder(written ?? MKDOCS_DEFAULT_DOCS_DIR)
  const line = docsNode?.range ? parsed.lineAt(docsNode.range[0]) : 1
  const siteNode = isMap(contents) ? contents.get('site_name', true) : undefined
  const siteName = isScalar(siteNode) && typeof siteNode.value === 'string' ? siteNode.value : undefined
  const diagnostics: Diagnostic[] = []
  let navBase = ''
  if (contentPath === '' && docsDir !== '') {
    // The project folder as the content folder: its docs are pages under /<docs_dir>/, and nav's paths start there.
    navBase = `${docsDir}/`
    diagnostics.push(
      warning(
        'source-docs-dir',
        file,
        `the content folder is the MkDocs project folder, whose pages are in ${docsDir}/ (docs_dir), so they are served under /${docsDir}/ and the project's other Markdown files (README.md) are pages too. Set HANDBOOK_CONTENT_DIR to the ${docsDir} folder: the project folder around it is found by itself`,
        line,
      ),
    )
  } else if (cleanFolder(contentPath) !== docsDir) {
    diagnostics.push(
      warning(
        'source-docs-dir',
        file,
        `docs_dir is "${docsDir}", but the content folder is "${contentPath}", so nav's paths are read from the content folder. Set HANDBOOK_CONTENT_DIR to the ${docsDir} folder, or docs_dir to "${contentPath}"`,
        line,
      ),
    )
  }
  const redirects = redirectMaps(parsed, file)
  const snippetFolders = snippetBasePaths(parsed)
  const markdownExtensions = extensionNames(parsed)
  return {
    dataFile,
    data: {
      docsDir,
      navBase,
      ...(siteName !== undefined ? { siteName } : {}),
      ...(redirects.length ? { redirects } : {}),
      ...(snippetFolders ? { snippetFolders } : {}),
      ...(markdownExtensions.length ? { markdownExtensions } : {}),
    },
    diagnostics,
  }
}

/** The extensions `markdown_extensions` names: a list of names and `name: options` maps, or one map. */
function extensionNames(parsed: ParsedMkdocsConfig): string[] {
  const contents = parsed.doc.contents
  const extensions = isMap(contents) ? contents.get('markdown_extensions', true) : undefined
  const keys = (map: unknown) => (isMap(map) ? map.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined)) : [])
  const names = isSeq(extensions) ? extensions.items.flatMap((item) => (isScalar(item) ? [item.value] : keys(item))) : keys(extensions)
  return names.filter((name): name is string => typeof name === 'string')
}

/**
 * Where pymdownx.snippets reads the files `--8<-- "file.md"` names, when `markdown_extensions` turns it on: its
 * `base_path` (a folder or a list, from the project folder), `.` by default. Undefined when it is off.
 */
function snippetBasePaths(parsed: ParsedMkdocsConfig): string[] | undefined {
  const contents = parsed.doc.contents
  const extensions = isMap(contents) ? contents.get('markdown_extensions', true) : undefined
  if (!isSeq(extensions)) return undefined
  for (const item of extensions.items) {
    const options = isMap(item) ? item.get('pymdownx.snippets', true) : undefined
    const named = isScalar(item) ? item.value === 'pymdownx.snippets' : isMap(item) && item.has('pymdownx.snippets')
    if (!named) continue
    const base = isMap(options) ? options.get('base_path', true) : undefined
    const written = isSeq(base) ? base.items.map((entry) => (isScalar(entry) ? entry.value : undefined)) : [isScalar(base) ? base.value : '.']
    return [...new Set(written.filter((entry): entry is string => typeof entry === 'string').map(cleanFolder))]
  }
  return undefined
}

/**
 * The `redirect_maps` of the mkdocs-redirects plugin, the way MkDocs sites keep moved pages:
 *
 *     plugins:
 *       - redirects:
 *           redirect_maps:
 *             'old.md': 'new.md'
 */
function redirectMaps(parsed: ParsedMkdocsConfig, file: string): MkdocsRedirect[] {
  const contents = parsed.doc.contents
  const plugins = isMap(contents) ? contents.get('plugins', true) : undefined
  const options = isSeq(plugins) ? plugins.items.find((item) => isMap(item) && item.has('redirects')) : isMap(plugins) ? plugins : undefined
  const redirects = isMap(options) ? options.get('redirects', true) : undefined
  const maps = isMap(redirects) ? redirects.get('redirect_maps', true) : undefined
  if (!isMap(maps)) return []
  return maps.items.flatMap((pair) => {
    const [from, to] = [pair.key, pair.value]
    if (!isScalar(from) || !isScalar(to) || typeof from.value !== 'string' || typeof to.value !== 'string' || !from.value.trim() || !to.value.trim()) return []
    return [{ file, from: from.value.trim(), to: to.value.trim(), line: from.range ? parsed.lineAt(from.range[0]) : 1 }]
  })
}
