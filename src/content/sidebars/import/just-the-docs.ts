/**
 * Just the Docs (a Jekyll theme): every page with a `title` is in the main
 * navigation, placed by its own frontmatter,
 *
 * ```yaml
 * title: Buttons
 * parent: UI Components     # the title of the page it sits under (none: the top level)
 * grand_parent: Components  # that page's parent, when two pages share its title
 * nav_order: 2              # among its siblings
 * nav_exclude: true         # in no navigation (nor are the pages under it)
 * has_children: true        # needed before v0.10, read from `parent` since
 * ```
 *
 * ordered as the theme orders: numeric `nav_order` first, then text ones,
 * then pages without one by title (capitals first, unless `_config.yml`
 * has `nav_sort: case_insensitive`). A `parent` that is no page's title is
 * a warning at its line; the page goes where unlisted pages go (to-spec.ts).
 */
import { warning, type Diagnostic } from '../../common/diagnostics'
import type { NavEntry, NavigationRead } from './entry'
import { frontmatterLine, type NavigationPageInput } from './input'

/** The fields only Just the Docs gives a page: any of them says the handbook uses its navigation. */
export const JUST_THE_DOCS_FIELDS = ['nav_order', 'parent', 'grand_parent', 'nav_exclude', 'has_children'] as const

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined)

/** Whether the pages place themselves in Just the Docs' navigation. */
export function hasJustTheDocsNavigation(pages: readonly NavigationPageInput[]): boolean {
  return pages.some((page) => JUST_THE_DOCS_FIELDS.some((field) => page.frontmatter[field] !== undefined))
}

interface Node {
  page: NavigationPageInput
  title: string
  parent?: string
  grandParent?: string
}

/** `site`: `_config.yml` as read, for `nav_sort`. */
export function readJustTheDocs(pages: readonly NavigationPageInput[], site: unknown): NavigationRead {
  const diagnostics: Diagnostic[] = []
  const caseInsensitive = typeof site === 'object' && site !== null && (site as Record<string, unknown>).nav_sort === 'case_insensitive'
  const excluded = new Set<string>()
  const nodes: Node[] = []
  for (const page of [...pages].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))) {
    const title = textOf(page.frontmatter.title)
    if (page.frontmatter.nav_exclude === true) excluded.add(page.sourcePath)
    if (title === undefined) continue
    const parent = textOf(page.frontmatter.parent)
    const grandParent = textOf(page.frontmatter.grand_parent)
    nodes.push({ page, title, ...(parent !== undefined ? { parent } : {}), ...(grandParent !== undefined ? { grandParent } : {}) })
  }
  const isChild = (child: Node, parent: Node): boolean => child.parent === parent.title && (child.grandParent === undefined || child.grandParent === parent.parent)
  for (const node of nodes) {
    if (node.parent === undefined || nodes.some((other) => other !== node && isChild(node, other))) continue
    diagnostics.push(
      warning(
        'navigation-missing-parent',
        node.page.sourcePath,
        `parent "${node.parent}"${node.grandParent !== undefined ? ` (grand_parent "${node.grandParent}")` : ''} is the title of no page, so Just the Docs showed this page in no navigation; here it is listed under its folder. Write the title of the page it belongs under`,
        frontmatterLine(node.page.text, 'parent'),
      ),
    )
  }
  const compareText = (a: string, b: string): number => {
    const [x, y] = caseInsensitive ? [a.toLowerCase(), b.toLowerCase()] : [a, b]
    return x < y ? -1 : x > y ? 1 : 0
  }
  // Numbers, then text, then no nav_order (by title).
  const rank = (node: Node): [number, number | string] => {
    const order = node.page.frontmatter.nav_order
    if (typeof order === 'number' && Number.isFinite(order)) return [0, order]
    if (typeof order === 'string' && order.trim() !== '') return [1, order]
    return [2, node.title]
  }
  const byOrder = (a: Node, b: Node): number => {
    const [ra, va] = rank(a)
    const [rb, vb] = rank(b)
    if (ra !== rb) return ra - rb
    return typeof va === 'number' && typeof vb === 'number' ? va - vb : compareText(String(va), String(vb))
  }
  const visited = new Set<Node>()
  const entriesUnder = (parent: Node | undefined): NavEntry[] =>
    nodes
      .filter((node) => !visited.has(node) && (parent ? isChild(node, parent) : node.parent === undefined))
      .sort(byOrder)
      .flatMap((node): NavEntry[] => {
        visited.add(node)
        // An excluded page takes the pages under it out with it.
        if (excluded.has(node.page.sourcePath)) {
          for (const below of descendants(node)) excluded.add(below.page.sourcePath)
          return []
        }
        return [{ label: node.title, page: node.page, children: entriesUnder(node), file: node.page.sourcePath, line: frontmatterLine(node.page.text, 'title') ?? 1 }]
      })
  const descendants = (node: Node, seen = new Set<Node>([node])): Node[] =>
    nodes
      .filter((child) => !seen.has(child) && isChild(child, node))
      .flatMap((child) => {
        seen.add(child)
        return [child, ...descendants(child, seen)]
      })
  return { from: 'Just the Docs frontmatter (parent, nav_order)', main: { entries: entriesUnder(undefined) }, lists: [], excluded, diagnostics }
}
