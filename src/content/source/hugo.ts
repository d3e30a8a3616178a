/**
 * What a Hugo site keeps around its content folder: its configuration
 * (`hugo.toml|yaml|json`, `config.toml`, `config/_default/`), `static/`
 * (served at the site's root: `static/images/x.png` is `/images/x.png`),
 * `assets/` and the site root (where a theme's `include` reads), and the
 * shortcodes the site or its theme defines (`layouts/_shortcodes/`,
 * `layouts/shortcodes/`, `themes/<name>/layouts/shortcodes/`). Every read
 * goes through the source root's jail (common/inside-content.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { firstReadable, MAX_CONFIG_BYTES, readerAroundContent } from './read-under-root'
import { warning } from '../common/diagnostics'
import { fromContent, type HandbookSource } from './read-source'
import { walkFiles } from './walk-files'

/** What the site's configuration and folders tell. */
export interface HugoSite {
  /** The configuration file read (path from the root), when there is one. */
  configFile?: string
  /** `contentDir` of the configuration (Hugo's default: `content`). */
  contentDir: string
  /** `static/` files by their address on the site (`images/x.png`) → path from the root (`static/images/x.png`). */
  staticFiles: Map<string, string>
  /** The shortcodes the site or its theme defines, by name → the file that defines it (path from the root). */
  shortcodes: Map<string, string>
  /** The configuration's `params` (what `{{< param "x" >}}` reads after the page's own), when it has any. */
  params?: Record<string, unknown>
}

const CONFIG_NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']
const DEFAULT_CONFIG_NAMES = CONFIG_NAMES.map((name) => `config/_default/${name}`)
/** `static/` files listed at most. */
const MAX_STATIC_FILES = 20_000

function parseConfig(file: string, text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** Whether `root/folder` is a folder whose real path is inside the root (no link leads out of it). */
function folderInside(root: string, folder: string): boolean {
  try {
    const real = fs.realpathSync(path.join(root, folder))
    const rootReal = fs.realpathSync(root)
    return fs.statSync(real).isDirectory() && (real === rootReal || real.startsWith(rootReal + path.sep))
  } catch {
    return false
  }
}

/** Files under `root/folder`, by their path inside it; links and hidden files left out; nothing when the folder leads out of the root. */
function filesUnder(root: string, folder: string, limit: number): string[] {
  return folderInside(root, folder) ? walkFiles(path.join(root, folder), { limit }) : []
}

/** A key of Hugo's configuration, whose keys are case-insensitive (`contentDir`, `contentdir`). */
function configValue(config: Record<string, unknown> | undefined, key: string): unknown {
  if (!config) return undefined
  const found = Object.keys(config).find((name) => name.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : config[found]
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** A table of the configuration (`languages`, `params`): in it, or in `config/_default/<name>.*` beside it. */
function sectionOf(root: string, configFile: string, config: Record<string, unknown> | undefined, name: string): Record<string, unknown> | undefined {
  const inline = asRecord(configValue(config, name))
  if (inline || !configFile.startsWith('config/_default/')) return inline
  const file = firstReadable(
    root,
    ['toml', 'yaml', 'yml', 'json'].map((ext) => `config/_default/${name}.${ext}`),
    MAX_CONFIG_BYTES,
  )
  return file ? parseConfig(file.name, file.text) : undefined
}

/**
 * The configuration file of the Hugo site at `root` (the first of Hugo's names found) and the `contentDir` it sets:
 * its own, else that of its default language (a multilingual site's `languages.en.contentDir = "content/en"`), else Hugo's default `content`.
 */
export function readHugoConfig(root: string): Pick<HugoSite, 'configFile' | 'contentDir' | 'params'> {
  const found = firstReadable(root, [...CONFIG_NAMES, ...DEFAULT_CONFIG_NAMES], MAX_CONFIG_BYTES)
  if (!found) return { contentDir: 'content' }
  const configFile = found.name
  const config = parseConfig(configFile, found.text)
  const language = configValue(config, 'defaultContentLanguage')
  const languages = sectionOf(root, configFile, config, 'languages')
  const params = sectionOf(root, configFile, config, 'params')
  const written = [configValue(config, 'contentDir'), configValue(asRecord(configValue(languages, typeof language === 'string' ? language : 'en')), 'contentDir')].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  )
  return { configFile, contentDir: written ? written.trim().replace(/^\.\/|\/+$/g, '') : 'content', ...(params ? { params } : {}) }
}

/** The Hugo site at `root`: its configuration, `static/` files and the shortcodes it defines. */
export function readHugoSite(root: string): HugoSite {
  const { configFile, contentDir, params } = readHugoConfig(root)
  const staticFiles = new Map(filesUnder(root, 'static', MAX_STATIC_FILES).map((file) => [file.normalize('NFC'), `static/${file}`]))
  const shortcodes = new Map<string, string>()
  const themes = folderInside(root, 'themes') ? filesUnder(root, 'themes', 5000).filter((file) => /^[^/]+\/layouts\/_?shortcodes\//.test(file)) : []
  // The site's own first (they override the theme's), newer `_shortcodes/` before `shortcodes/`.
  const defined = [
    ...filesUnder(root, 'layouts/_shortcodes', 2000).map((file) => `layouts/_shortcodes/${file}`),
    ...filesUnder(root, 'layouts/shortcodes', 2000).map((file) => `layouts/shortcodes/${file}`),
    ...themes.map((file) => `themes/${file}`),
  ]
  for (const file of defined) {
    const match = /_?shortcodes\/(.+?)(?:\.[a-z]+)*\.html$/i.exec(file)
    if (match && !shortcodes.has(match[1]!)) shortcodes.set(match[1]!, file)
  }
  return { ...(configFile ? { configFile } : {}), contentDir, staticFiles, shortcodes, ...(params ? { params } : {}) }
}

/**
 * What `gatsby develop` watches around the content folder of the Hugo site at `root`: `assets/` (includes),
 * `static/` (files pages link to), `layouts/` (the shortcodes the site defines, named in warnings) and the configuration.
 */
export function hugoPathsToWatch(root: string): string[] {
  const { configFile } = readHugoConfig(root)
  const config = configFile?.startsWith('config/_default/') ? 'config' : configFile
  return ['assets', 'static', 'layouts', ...(config ? [config] : [])].filter((name) => name === config || folderInside(root, name)).map((name) => path.join(root, name))
}

/** The folders `include`/`readfile` look in after the content folder, as paths from it: Hugo's `assets/`, then the site root. */
export function hugoIncludeFolders(contentPath: string): string[] {
  const up = contentPath ? contentPath.split('/').map(() => '..') : []
  return [[...up, 'assets'].join('/'), up.join('/')].filter((folder) => folder !== '')
}

/** The Hugo parts of the source: `static/` files, the include folders, the shortcodes the site defines, and the content folder the configuration names. */
export function hugoSource(base: HandbookSource): HandbookSource {
  const site = readHugoSite(base.root)
  const diagnostics = [...base.diagnostics]
  const configured = path.posix.normalize(site.contentDir)
  // The folder given is the site itself, and the configuration puts the pages in a folder of it: build that folder instead.
  if (base.contentPath === '' && site.configFile && configured !== '.' && folderInside(base.root, configured)) {
    diagnostics.push(
      warning(
        'source-content-dir',
        site.configFile,
        `the content folder given is the Hugo site itself, whose pages are in ${configured}/ (contentDir in ${site.configFile}): set HANDBOOK_CONTENT_DIR (or the content folder) to ${path.join(base.root, configured)}`,
      ),
    )
  }
  const readAround = readerAroundContent(base.root, base.contentPath)
  return {
    ...base,
    files: base.contentPath === '' ? new Map() : site.staticFiles,
    includeFolders: hugoIncludeFolders(base.contentPath),
    readAround,
    siteShortcodes: new Map([...site.shortcodes].map(([name, file]) => [name, fromContent(base, file)])),
    ...(site.params ? { params: site.params } : {}),
    ...(site.configFile ? { configFile: fromContent(base, site.configFile) } : {}),
    diagnostics,
  }
}
