/**
 * Eleventy's navigation plugin (`@11ty/eleventy-navigation`): each page
 * that is in the navigation says so in its frontmatter,
 *
 * ```yaml
 * eleventyNavigation:
 *   key: Humans          # its unique name; its label unless `title` is set
 *   parent: Mammals      # the key of the entry it sits under (none: the top level)
 *   order: 2             # among its siblings, lower first; entries without one after
 *   title: People        # the label, when it differs from the key
 *   url: https://…       # a link elsewhere instead of the page (the plugin's external links)
 * ```
 *
 * as the plugin builds it: `pinned` entries first, then by `order`, the rest
 * in the order of the pages (by path here). An entry whose parent is no key
 * is shown nowhere by the plugin; here it is a warning at its line and the
 * page goes where pages outside the navigation go (to-spec.ts).
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import { createAddressLookup, EXTERNAL_ADDRESS } from './addresses'
import type { NavEntry, NavigationRead } from './entry'
import { frontmatterLine, type NavigationPageInput } from './input'

export const ELEVENTY_NAVIGATION_FIELD = 'eleventyNavigation'

interface Declared {
  page: NavigationPageInput
  key: string
  parent?: string
  order?: number
  pinned: boolean
  title?: string
  url?: string
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined)

/** Whether any page declares a place in Eleventy's navigation. */
export function hasEleventyNavigation(pages: readonly NavigationPageInput[]): boolean {
  return pages.some((page) => typeof page.frontmatter[ELEVENTY_NAVIGATION_FIELD] === 'object' && page.frontmatter[ELEVENTY_NAVIGATION_FIELD] !== null)
}

/** The navigation the pages declare. */
export function readEleventyNavigation(pages: readonly NavigationPageInput[]): NavigationRead {
  const diagnostics: Diagnostic[] = []
  const declared: Declared[] = []
  for (const page of [...pages].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))) {
    const field = page.frontmatter[ELEVENTY_NAVIGATION_FIELD]
    if (field === undefined || field === null) continue
    const group = typeof field === 'object' && !Array.isArray(field) ? (field as Record<string, unknown>) : undefined
    const key = group ? textOf(group.key) : undefined
    if (!group || key === undefined) {
      diagnostics.push(
        warning(
          'navigation-entry',
          page.sourcePath,
          `${ELEVENTY_NAVIGATION_FIELD} has no "key", so the page is in no navigation entry of its own. Give it one: ${ELEVENTY_NAVIGATION_FIELD}: {key: ${page.title}}`,
          frontmatterLine(page.text, ELEVENTY_NAVIGATION_FIELD),
        ),
      )
      continue
    }
    const parent = textOf(group.parent)
    const title = textOf(group.title)
    const url = textOf(group.url)
    declared.push({
      page,
      key,
      ...(parent !== undefined ? { parent } : {}),
      ...(typeof group.order === 'number' && Number.isFinite(group.order) ? { order: group.order } : {}),
      pinned: group.pinned === true,
      ...(title !== undefined ? { title } : {}),
      ...(url !== undefined ? { url } : {}),
    })
  }
  const keys = new Set(declared.map((entry) => entry.key))
  for (const entry of declared) {
    if (entry.parent === undefined || keys.has(entry.parent)) continue
    diagnostics.push(
      warning(
        'navigation-missing-parent',
        entry.page.sourcePath,
        `${ELEVENTY_NAVIGATION_FIELD} parent "${entry.parent}" is the key of no page, so Eleventy showed this page in no navigation; here it is listed under its folder. Write the key of the page it belongs under`,
        frontmatterLine(entry.page.text, `${ELEVENTY_NAVIGATION_FIELD}.parent`),
      ),
    )
  }
  const lookup = createAddressLookup(pages)
  const byOrder = (a: Declared, b: Declared): number => {
    if (a.pinned !== b.pinned) return a.pinned ? -1 : 1
    if (a.order === undefined || b.order === undefined) return a.order === b.order ? 0 : a.order === undefined ? 1 : -1
    return a.order - b.order
  }
  // A key is placed once (a repeated key's children sit under its first page).
  const placed = new Set<string>()
  const childrenOf = (parent: string | undefined): NavEntry[] =>
    declared
      .filter((entry) => entry.parent === parent)
      .sort(byOrder)
      .map((entry): NavEntry => {
        const first = !placed.has(entry.key)
        placed.add(entry.key)
        const nav: NavEntry = {
          label: entry.title ?? entry.key,
          children: first ? childrenOf(entry.key) : [],
          file: entry.page.sourcePath,
          line: frontmatterLine(entry.page.text, ELEVENTY_NAVIGATION_FIELD) ?? 1,
        }
        if (entry.url === undefined) return { ...nav, page: entry.page }
        // A link of its own: another site's address, or another page's.
        const found = EXTERNAL_ADDRESS.test(entry.url) ? undefined : lookup.find(entry.url)
        return found && !found.rest ? { ...nav, page: found.page } : { ...nav, href: found ? `${found.page.url}${found.rest}` : entry.url }
      })
  return { from: `${ELEVENTY_NAVIGATION_FIELD} frontmatter`, main: { entries: childrenOf(undefined) }, lists: [], excluded: new Set(), diagnostics }
}
