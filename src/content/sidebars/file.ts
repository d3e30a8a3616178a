/**
 * Stage "read the file": `sidebars.yml` in the content folder, the
 * navigation written by editors, read into a typed spec (its text is read
 * by the caller). Keeps the line of every item so each later mistake can be
 * reported at it.
 *
 * ```yaml
 * Handbook:                          # a sidebar, by name
 *   - handbook/index.md              # a page, by its path in the content folder
 *   - page: handbook/values.md       # a page with its own label
 *     label: Our values
 *   - label: Company                 # a group; `page` is what its label links to
 *     page: handbook/company/index.md
 *     collapsed: false
 *     items:
 *       - autogenerate: handbook/company   # every page of a folder, recursively
 *   - label: Status                  # a link, internal or external
 *     href: https://status.example.com
 * ```
 */
import { assertNever } from '../../shared/assert-never'
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml'
import { urlProblem } from '../../shared/url-safety'
import { error, type Diagnostic } from '../common/diagnostics'
import { readYamlData } from '../common/yaml'

export const SIDEBARS_FILE_NAMES = ['sidebars.yml', 'sidebars.yaml'] as const

export type SidebarSpecItem =
  | { type: 'page'; page: string; label?: string; line: number }
  | { type: 'group'; label: string; page?: string; collapsed: boolean; items: SidebarSpecItem[]; line: number }
  | { type: 'link'; label: string; href: string; line: number }
  | { type: 'autogenerate'; folder: string; collapsed: boolean; line: number }

export interface SidebarSpec {
  name: string
  line: number
  items: SidebarSpecItem[]
}

export interface SidebarsFile {
  /** Path of the file relative to the content folder. */
  file: string
  sidebars: SidebarSpec[]
  diagnostics: Diagnostic[]
}

const ITEM_HELP = 'An item is a page path (handbook/values.md), a group (label + items), a link (label + href) or autogenerate: a/folder'

const KNOWN_KEYS: Record<string, readonly string[]> = {
  page: ['page', 'label'],
  group: ['label', 'page', 'collapsed', 'items'],
  link: ['label', 'href'],
  autogenerate: ['autogenerate', 'collapsed'],
}

/** Reads the sidebars file's text; problems of shape are diagnostics at their line. */
export function parseSidebarsFile(file: string, text: string): SidebarsFile {
  const diagnostics: Diagnostic[] = []
  const parsed = readYamlData(file, text, diagnostics, { code: 'sidebars-yaml', hint: 'Check the indentation and quote labels that contain ": "', uniqueKeys: true, columns: false })
  if (!parsed) return { file, sidebars: [], diagnostics }
  const { doc, placeAt } = parsed
  const lineOf = (node: unknown): number => {
    const range = (node as YamlNode | null | undefined)?.range
    return range ? placeAt(range[0]).line : 1
  }
  const fail = (node: unknown, message: string) => diagnostics.push(error('sidebars-file', file, message, lineOf(node)))

  if (doc.contents === null) return { file, sidebars: [], diagnostics }
  if (!isMap(doc.contents)) {
    fail(doc.contents, 'the file must map each sidebar name to its list of items, e.g. "Handbook:" followed by "  - handbook/index.md"')
    return { file, sidebars: [], diagnostics }
  }

  const text_ = (node: unknown): string | undefined => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
      const value = String(node.value).trim()
      return value === '' ? undefined : value
    }
    return undefined
  }
  const bool = (map: YAMLMap, key: string, fallback: boolean): boolean => {
    const node = map.get(key, true)
    if (node === undefined) return fallback
    if (isScalar(node) && typeof node.value === 'boolean') return node.value
    fail(node, `"${key}" must be true or false. Write ${key}: ${fallback ? 'false' : 'true'}`)
    return fallback
  }

  const readItems = (node: unknown, where: string): SidebarSpecItem[] => {
    if (!isSeq(node)) {
      fail(node, `${where} must be a list of items, each on its own line starting with "- ". ${ITEM_HELP}`)
      return []
    }
    return node.items.flatMap((child): SidebarSpecItem[] => {
      const item = readItem(child)
      return item ? [item] : []
    })
  }

  const readItem = (node: unknown): SidebarSpecItem | undefined => {
    const line = lineOf(node)
    const bare = text_(node)
    if (bare !== undefined) return { type: 'page', page: bare, line }
    if (!isMap(node)) {
      fail(node, `this item is not understood. ${ITEM_HELP}`)
      return undefined
    }
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''))
    const has = (key: string) => keys.includes(key)
    const kind = has('autogenerate') ? 'autogenerate' : has('items') ? 'group' : has('href') ? 'link' : has('page') ? 'page' : undefined
    if (!kind) {
      fail(node, `this item has none of "page", "items", "href" or "autogenerate". ${ITEM_HELP}`)
      return undefined
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (!KNOWN_KEYS[kind]!.includes(key)) {
        fail(pair.key, `"${key}" is not a field of a ${kind === 'autogenerate' ? 'folder (autogenerate)' : kind} item; its fields are ${KNOWN_KEYS[kind]!.join(', ')}`)
      }
    }
    const label = text_(node.get('label', true))
    switch (kind) {
      case 'page': {
        const page = text_(node.get('page', true))
        if (!page) return void fail(node, '"page" must be the path of a page in the content folder, e.g. page: handbook/values.md')
        return { type: 'page', page, ...(label ? { label } : {}), line }
      }
      case 'link': {
        const hrefNode = node.get('href', true)
        const href = text_(hrefNode)
        if (!label || !href) return void fail(node, 'a link needs a "label" and an "href", e.g. label: Status page and href: https://status.example.com')
        // The raw value: a tab or line break inside it is what text_ would hide by trimming.
        const problem = urlProblem(isScalar(hrefNode) ? String(hrefNode.value) : href, 'link')
        if (problem) {
          const at = placeAt((hrefNode as YamlNode).range![0])
          diagnostics.push(error('sidebars-href', file, `href "${href}" ${problem}`, at.line, at.column))
          return undefined
        }
        return { type: 'link', label, href, line }
      }
      case 'autogenerate': {
        const folderNode = node.get('autogenerate', true)
        const folder = isScalar(folderNode) && folderNode.value !== null ? String(folderNode.value).trim() : undefined
        if (folder === undefined) return void fail(node, '"autogenerate" must name a folder of the content folder, e.g. autogenerate: handbook/people (or "." for all)')
        return { type: 'autogenerate', folder, collapsed: bool(node, 'collapsed', true), line }
      }
      case 'group': {
        if (!label) return void fail(node, 'a group needs a "label", e.g. label: Company')
        const page = text_(node.get('page', true))
        return {
          type: 'group',
          label,
          ...(page ? { page } : {}),
          collapsed: bool(node, 'collapsed', true),
          items: readItems(node.get('items', true), `the items of "${label}"`),
          line,
        }
      }
      default:
        return assertNever(kind)
    }
  }

  const sidebars: SidebarSpec[] = []
  for (const pair of doc.contents.items) {
    const name = text_(pair.key)
    if (!name) {
      fail(pair.key, 'each sidebar needs a name, e.g. "Handbook:"')
      continue
    }
    sidebars.push({ name, line: lineOf(pair.key), items: readItems(pair.value, `the sidebar "${name}"`) })
  }
  return { file, sidebars, diagnostics }
}
