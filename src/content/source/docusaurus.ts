/**
 * What a Docusaurus site keeps around its `docs/` folder: `sidebars.js|ts`
 * (its navigation, read as text here and parsed without running it in
 * sidebars/import/docusaurus-sidebars.ts), the `_category_.json|yml` files
 * of the content folder (a folder's label, position and page), and
 * `static/`, whose files the site served from its root (`static/img/x.png`
 * at `/img/x.png`), and of `docusaurus.config.*` the docs' `routeBasePath`
 * and number prefixes (docusaurus-config.ts). Every read goes through the jail of the source root.
 */
import fs from 'node:fs'
import path from 'node:path'
import { walkFiles } from './walk-files'
import { readUnderRoot } from './read-under-root'
import type { HandbookSource } from './read-source'
import { DEFAULT_DOCUSAURUS_CONFIG, DOCUSAURUS_CONFIG_FILES, readDocusaurusConfig } from './docusaurus-config'

/** The names Docusaurus looks for its sidebars under, in its order. */
export const DOCUSAURUS_SIDEBARS_FILES = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'] as const
/** A folder's label, position and page in Docusaurus' folder navigation. */
export const CATEGORY_FILE = /^_category_\.(?:json|ya?ml)$/
const STATIC_FOLDER = 'static'
/** A file larger than this is not read (a real sidebars file is a few KB). */
const MAX_BYTES = 2_000_000
/** Files of `static/` listed at most. */
const MAX_STATIC_FILES = 20_000

/** Folders a walk does not enter: a site's installed packages. */
const notPackages = (relative: string) => path.posix.basename(relative) !== 'node_modules'
/** `_category_` files read at most. */
const MAX_CATEGORY_FILES = 10_000

/** `source` (a Docusaurus source with nothing read yet) with its sidebars, `_category_` files and `static/` read. */
export function readDocusaurus(source: HandbookSource, contentReal: string): HandbookSource {
  const { root } = source
  const up = source.contentPath
    ? source.contentPath
        .split('/')
        .map(() => '..')
        .join('/')
    : ''
  const fromContent = (rootPath: string) => (up ? `${up}/${rootPath}` : rootPath)
  const dataFiles = [...source.dataFiles]
  const diagnostics = [...source.diagnostics]
  let docusaurus = DEFAULT_DOCUSAURUS_CONFIG
  for (const name of DOCUSAURUS_CONFIG_FILES) {
    const text = readUnderRoot(root, name, MAX_BYTES)
    if (text === undefined) continue
    docusaurus = readDocusaurusConfig(text, fromContent(name), source.contentPath, diagnostics)
    break
  }
  for (const name of DOCUSAURUS_SIDEBARS_FILES) {
    const text = readUnderRoot(root, name, MAX_BYTES)
    if (text !== undefined) {
      dataFiles.push({ path: fromContent(name), text })
      break
    }
  }
  for (const rel of walkFiles(contentReal, { limit: MAX_CATEGORY_FILES, enter: notPackages, keep: (rel) => CATEGORY_FILE.test(path.posix.basename(rel)) })) {
    const text = readUnderRoot(contentReal, rel, MAX_BYTES)
    if (text !== undefined) dataFiles.push({ path: rel, text })
  }
  // static/ is served from the site root, unless it is the content folder itself.
  const files = new Map(source.files)
  const staticReal = path.join(root, STATIC_FOLDER)
  if (root !== contentReal && staticReal !== contentReal && fs.existsSync(staticReal) && fs.statSync(staticReal).isDirectory()) {
    for (const rel of walkFiles(staticReal, { limit: MAX_STATIC_FILES, enter: notPackages })) files.set(rel.normalize('NFC'), `${STATIC_FOLDER}/${rel}`)
  }
  return { ...source, dataFiles, files, diagnostics, docusaurus }
}

/** The sidebars file read (`../sidebars.js`), if any. */
export function docusaurusSidebarsFile<T extends { path: string }>(dataFiles: readonly T[]): T | undefined {
  return dataFiles.find((file) => DOCUSAURUS_SIDEBARS_FILES.some((name) => file.path === name || file.path.endsWith(`/${name}`)))
}
