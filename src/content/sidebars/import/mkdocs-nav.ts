/**
 * MkDocs' navigation: the `nav` of mkdocs.yml, nested lists of pages by
 * their path in docs_dir, as MkDocs documents it:
 *
 * ```yaml
 * nav:
 *   - index.md                      # a page, titled as the page is
 *   - 'User Guide':                 # a section
 *       - 'Writing': user-guide/writing.md
 *       - user-guide/styling.md
 *   - 'Bug Tracker': https://example.com/   # a link
 * ```
 *
 * A path that names no page is a warning at its line, with the fix, and is
 * left out; pages nav does not list go under their folder's entry, as for
 * the other tools (to-spec.ts).
 *
 * With Material's `navigation.indexes` (in `theme.features`) or the
 * `section-index` plugin, a section whose first entry is an index page
 * (`section/index.md`, `README.md`) has that page as its own: the
 * section's title links to it, and it is not listed again under it.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml'
import { warning, type Diagnostic } from '../../common/diagnostics'
import type { DataText } from '../../common/yaml'
import { MKDOCS_CONFIG_NAME, parseMkdocsConfig, type MkdocsData } from '../../source/mkdocs'
import { isIndexFile } from '../../links/url'
import { EXTERNAL_ADDRESS } from './addresses'
import type { NavEntry, NavigationRead } from './entry'
import type { NavigationPageInput } from './input'

/** mkdocs.yml (or mkdocs.yaml) among the data files of an MkDocs source. */
export function mkdocsConfigFile(dataFiles: readonly DataText[]): DataText | undefined {
  return dataFiles.find((file) => MKDOCS_CONFIG_NAME.test(file.path.split('/').pop()!))
}

/** A nav path as a page's path in the content folder: `./a/b.md` under `base`. */
function pagePath(written: string, base: string): string {
  const clean = written
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '')
  return `${base}${clean}`.normalize('NFC')
}

/** The names a list of mkdocs.yml gives (`- name` or `- name: {options}`), such as `theme.features` or `plugins`. */
function listNames(doc: Document.Parsed, path: readonly string[]): string[] {
  const node = doc.getIn(path, true)
  if (!isSeq(node)) return []
  return node.items.flatMap((item) => {
    if (isScalar(item) && typeof item.value === 'string') return [item.value]
    if (isMap(item) && item.items.length === 1 && isScalar(item.items[0]!.key)) return [String(item.items[0]!.key.value)]
    return []
  })
}

/** Whether sections have pages of their own: Material's `navigation.indexes` feature or the `section-index` plugin. */
function sectionIndexes(doc: Document.Parsed): boolean {
  return listNames(doc, ['theme', 'features']).includes('navigation.indexes') || listNames(doc, ['plugins']).includes('section-index')
}

/** The navigation of mkdocs.yml; undefined when it has no `nav` (MkDocs then lists the folders, as we do). */
export function readMkdocsNav(file: DataText, data: MkdocsData | undefined, pages: readonly NavigationPageInput[]): NavigationRead | undefined {
  const parsed = parseMkdocsConfig(file.text)
  if (parsed.syntaxError || !isMap(parsed.doc.contents)) return undefined
  const pair = parsed.doc.contents.items.find((item) => isScalar(item.key) && item.key.value === 'nav')
  if (!pair || !isSeq(pair.value)) return undefined
  const lineOf = (node: unknown): number => {
    const range = (node as YamlNode | null | undefined)?.range
    return range ? parsed.lineAt(range[0]) : 1
  }
  const base = data?.navBase ?? ''
  const indexes = sectionIndexes(parsed.doc)
  const byPath = new Map(pages.map((page) => [page.sourcePath.normalize('NFC').toLowerCase(), page]))
  const diagnostics: Diagnostic[] = []
  const target = (label: string | undefined, node: unknown): NavEntry | undefined => {
    const line = lineOf(node)
    if (isSeq(node)) {
      if (label === undefined) return undefined
      const children = node.items.flatMap((item) => entry(item) ?? [])
      const [first, ...rest] = children
      // The section's own page: its first entry, when that is an index page listed plainly.
      if (indexes && first?.page && !first.href && first.children.length === 0 && isIndexFile(first.page.sourcePath)) return { label, page: first.page, children: rest, file: file.path, line }
      return { label, children, file: file.path, line }
    }
    const value = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : undefined
    if (!value) {
      diagnostics.push(
        warning(
          'navigation-entry',
          file.path,
          `${label !== undefined ? `"${label}" ` : 'this entry of nav '}names no page, so the sidebar leaves it out. Write it as "- Title: page.md", "- page.md" or "- Section: [ … ]"`,
          line,
        ),
      )
      return undefined
    }
    if (EXTERNAL_ADDRESS.test(value) || value.startsWith('/')) return { label: label ?? value, href: value, children: [], file: file.path, line }
    const [pathPart, anchor] = value.split('#', 2) as [string, string | undefined]
    const page = byPath.get(pagePath(pathPart, base).toLowerCase())
    if (!page) {
      diagnostics.push(
        warning(
          'navigation-missing-page',
          file.path,
          `"${value}"${label !== undefined ? ` (${label})` : ''} is no page of the content folder, so the sidebar leaves it out. Write the page's path from ${data?.docsDir || 'docs'}/ (docs_dir), as MkDocs reads it`,
          line,
        ),
      )
      return undefined
    }
    const shown = label ?? page.title
    return anchor ? { label: shown, href: `${page.url}#${anchor}`, children: [], file: file.path, line } : { label: shown, page, children: [], file: file.path, line }
  }
  const entry = (node: unknown): NavEntry | undefined => {
    if (isMap(node)) {
      const [first, ...more] = node.items
      if (!first || more.length > 0 || !isScalar(first.key)) {
        diagnostics.push(warning('navigation-entry', file.path, 'this entry of nav is not one "Title: page.md" or "Section: [ … ]", so the sidebar leaves it out. Write one title per entry', lineOf(node)))
        return undefined
      }
      return target(String(first.key.value), first.value)
    }
    return target(undefined, node)
  }
  const entries = pair.value.items.flatMap((item) => entry(item) ?? [])
  return { from: file.path, main: { entries, line: lineOf(pair.key), diagnostics }, lists: [], excluded: new Set(), diagnostics: [] }
}

/** The nav of an MkDocs source's mkdocs.yml (read-source.ts keeps it as a data file, with what it says as data `mkdocs`). */
export function readMkdocsSource(source: { data: Readonly<Record<string, unknown>>; dataFiles: readonly DataText[] }, pages: readonly NavigationPageInput[]): NavigationRead | undefined {
  const file = mkdocsConfigFile(source.dataFiles)
  return file ? readMkdocsNav(file, source.data.mkdocs as MkdocsData | undefined, pages) : undefined
}
