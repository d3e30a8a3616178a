/**
 * The navigation a Jekyll or Eleventy site writes by hand in
 * `_data/navigation.yml`, in the shapes themes read it:
 *
 * ```yaml
 * primary:                        # USWDS / 18F: the main navigation, in sections
 *   - text: About TTS
 *     main-file-path: /about-us/  # the section's page, or its folder
 *     children:
 *       - text: Code of conduct
 *         url: about-us/code-of-conduct/
 *       - text: Org chart
 *         url: https://docs.google.com/…
 *         internal: false
 * travel:                         # a list pages pick: sidebar: {navigation: travel}
 *   - text: FAQ
 *     url: travel/faq/
 *
 * main:                           # Minimal Mistakes: title/url; pages pick docs with sidebar: {nav: docs}
 *   - title: Quick-Start Guide
 *     url: /docs/quick-start-guide/
 * docs:
 *   - title: Getting Started
 *     children:
 *       - title: Installation
 *         url: /docs/installation/
 * ```
 *
 * and Jekyll's own tutorial's list at the top (`- name: Home` / `link: /`).
 * Addresses are the old site's (addresses.ts finds the page); an entry that
 * finds none is a warning at its line, with the fix, and is left out.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml'
import { fromHtml } from 'hast-util-from-html'
import { toString as hastToString } from 'hast-util-to-string'
import { warning, type Diagnostic } from '../../common/diagnostics'
import { parseYaml, type DataText } from '../../common/yaml'
import { textMemo } from '../../common/text-memo'
import { createAddressLookup, EXTERNAL_ADDRESS, splitAddress, type RedirectingPage } from './addresses'
import type { NavEntry, NavigationRead, NavList } from './entry'
import type { NavigationPageInput } from './input'

/** The list that is the main navigation, by the names themes give it. */
export const MAIN_LISTS = ['primary', 'main'] as const

const LABEL_KEYS = ['text', 'title', 'name'] as const
const ADDRESS_KEYS = ['url', 'link'] as const

/** The data file of a navigation, among those read from `_data/`. */
export function navigationDataFile(dataFiles: readonly DataText[]): DataText | undefined {
  return dataFiles.find((file) => /(?:^|\/)_data\/navigation\.(?:ya?ml|json)$/i.test(file.path))
}

/** A label as the old site showed it: its HTML (`Logging in &amp; networks`) as text, on one line. */
function plainLabel(text: string): string {
  const shown = /[<&]/.test(text) ? hastToString(fromHtml(text, { fragment: true })) : text
  return shown.replace(/\s+/g, ' ').trim()
}

export interface NavigationDataOptions {
  /** URLs of pages left out of this build: entries naming them are skipped quietly. */
  leftOut?: Iterable<string>
  /** Pages that are redirects (`redirect_to:`): an entry naming one links where it sends readers, as the old site's did. */
  redirecting?: readonly RedirectingPage[]
  /** Every folder that holds a page (links/folder-page.ts pageFolders): a `main-file-path` may name one. */
  folders: ReadonlySet<string>
}

/** Remembered by text: develop reads the navigation again on every save (common/text-memo.ts). Only read here, never changed. */
const parseNavigation = textMemo((text) => parseYaml(text, { uniqueKeys: false }))

/** The navigation of `file`; undefined when it is not YAML or JSON of a shape above (readSource has said what is wrong with its syntax). */
export function readNavigationData(file: DataText, pages: readonly NavigationPageInput[], options: NavigationDataOptions): NavigationRead | undefined {
  const parsed = parseNavigation(file.text)
  if (parsed.syntaxError) return undefined
  const { doc, placeAt } = parsed
  const lineOf = (node: unknown): number => {
    const range = (node as YamlNode | null | undefined)?.range
    return range ? placeAt(range[0]).line : 1
  }
  const diagnostics: Diagnostic[] = []
  const lookup = createAddressLookup(pages, options.leftOut, options.redirecting)
  const folderNames = new Map([...options.folders].map((folder) => [folder.toLowerCase(), folder]))
  const textOf = (map: YAMLMap, key: string): string | undefined => {
    const node = map.get(key, true)
    return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '' ? String(node.value).trim() : undefined
  }
  const firstText = (map: YAMLMap, keys: readonly string[]) => keys.map((key) => ({ key, value: textOf(map, key) })).find((found) => found.value !== undefined)

  const readEntry = (node: unknown): NavEntry | undefined => {
    const line = lineOf(node)
    if (!isMap(node)) {
      diagnostics.push(
        warning(
          'navigation-entry',
          file.path,
          'this entry of the navigation is not a group of fields (text: and url:), so the sidebar leaves it out. Write it as "- text: Label" with "url: page/address/" below',
          line,
        ),
      )
      return undefined
    }
    const written = firstText(node, LABEL_KEYS)?.value
    const childrenNode = node.get('children', true)
    const children = isSeq(childrenNode) ? childrenNode.items.flatMap((child) => readEntry(child) ?? []) : []
    const hasChildren = isSeq(childrenNode)
    // A section's `href` is its anchor on the old home page (`/#about-tts`); a leaf's is its link.
    const address = firstText(node, hasChildren ? ADDRESS_KEYS : [...ADDRESS_KEYS, 'href'])
    const entry: NavEntry = { label: written ? plainLabel(written) : '', children, file: file.path, line }
    if (address) {
      const at = lineOf(node.get(address.key, true))
      const target = address.value!
      if (EXTERNAL_ADDRESS.test(target)) entry.href = target
      else {
        const found = lookup.find(target)
        const redirected = found ? undefined : lookup.redirectOf(target)
        if (redirected) {
          entry.href = redirected
        } else if (found) {
          if (found.rest) entry.href = `${found.page.url}${found.rest}`
          else entry.page = found.page
          if (!entry.label) entry.label = found.page.title
        } else if (!lookup.isLeftOut(target)) {
          diagnostics.push(
            warning(
              'navigation-missing-page',
              file.path,
              `${address.key} "${target}"${entry.label ? ` (${entry.label})` : ''} is the address of no page, nor an old address in a page's redirect_from, so the sidebar leaves it out. Write the page's address, or add "/${splitAddress(target).key}/" to the redirect_from of the page it meant`,
              at,
            ),
          )
          if (!hasChildren) return undefined
        } else if (!hasChildren) return undefined
      }
    }
    const mainPath = textOf(node, 'main-file-path')
    if (mainPath !== undefined) {
      const found = lookup.find(mainPath)
      const folder = folderNames.get(splitAddress(mainPath).key)
      if (found && !found.rest && !entry.page && !entry.href) entry.page = found.page
      else if (folder !== undefined) entry.folder = folder
      else if (!found && !lookup.isLeftOut(mainPath)) {
        diagnostics.push(
          warning(
            'navigation-missing-page',
            file.path,
            `main-file-path "${mainPath}" is the address of no page or folder, so "${entry.label}" links to no page of its own and gathers no unlisted pages. Write the address of the section's page or folder`,
            lineOf(node.get('main-file-path', true)),
          ),
        )
      }
    }
    if (!entry.label) {
      diagnostics.push(warning('navigation-entry', file.path, `this entry of the navigation has no label, so the sidebar leaves it out. Give it one: text: Label (or title:)`, line))
      return undefined
    }
    if (!entry.page && !entry.href && !hasChildren && !address) {
      diagnostics.push(warning('navigation-entry', file.path, `"${entry.label}" has no url and no children, so the sidebar leaves it out. Give it the address of its page: url: page/address/`, line))
      return undefined
    }
    return entry
  }

  const readList = (node: unknown, key: string | undefined, line: number): NavList | undefined => {
    if (!isSeq(node)) return undefined
    const entries = node.items.flatMap((item) => readEntry(item) ?? [])
    // The entries' problems go with their list.
    return { ...(key !== undefined ? { key } : {}), entries, line, diagnostics: diagnostics.splice(0) }
  }

  if (isSeq(doc.contents)) {
    const main = readList(doc.contents, undefined, 1)
    return { from: file.path, ...(main ? { main } : {}), lists: [], excluded: new Set(), diagnostics }
  }
  if (!isMap(doc.contents)) return undefined
  const lists = doc.contents.items.flatMap((pair): NavList[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    const list = key !== undefined ? readList(pair.value, key, lineOf(pair.key)) : undefined
    return list ? [list] : []
  })
  if (lists.length === 0) return undefined
  const mainKey = MAIN_LISTS.find((name) => lists.some((list) => list.key === name))
  const main = lists.find((list) => list.key === mainKey)
  return { from: file.path, ...(main ? { main } : {}), lists: lists.filter((list) => list !== main), excluded: new Set(), diagnostics }
}
