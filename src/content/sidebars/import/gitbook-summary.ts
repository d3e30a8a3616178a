/**
 * GitBook's navigation: `SUMMARY.md` (or the file `.gitbook.yaml` names in
 * `structure.summary`), never a page. Its nested lists of links are the
 * sidebar, `## Group` headings its groups, and the label of each link is
 * the title of a page that gives none:
 *
 * ```markdown
 * # Table of contents
 *
 * * [Introduction](README.md)
 *
 * ## Guides
 *
 * * [Getting started](guides/start.md)
 *   * [Install](guides/install.md)
 * ```
 *
 * Links are files relative to the summary's folder; one that names no page
 * is a warning at its line, with the fix, and is left out.
 */
import path from 'node:path'
import { warning, type Diagnostic } from '../../common/diagnostics'
import type { DataText } from '../../common/yaml'
import type { NavEntry, NavigationRead } from './entry'
import type { NavigationPageInput } from './input'

/** One line of the summary: a link (or a bare label) and the items nested under it. */
export interface SummaryItem {
  label: string
  /** The link as written (`guides/start.md#install`); undefined for a bare label or a `## Group`. */
  href?: string
  line: number
  children: SummaryItem[]
}

const ITEM = /^(\s*)[*+-]\s+(.*)$/
const LINK = /^\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>]*>|[^)\s]*)(?:\s+"[^"]*")?\s*\)\s*$/
const GROUP = /^##\s+(.+?)\s*#*\s*$/

/** The items of a summary's text: `## Group` headings hold the items below them. */
export function parseSummary(text: string): SummaryItem[] {
  const top: SummaryItem[] = []
  let group: SummaryItem | undefined
  // Open items by indentation, innermost last.
  let open: { indent: number; item: SummaryItem }[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    const heading = GROUP.exec(raw)
    if (heading) {
      group = { label: heading[1]!.trim(), line, children: [] }
      top.push(group)
      open = []
      return
    }
    const item = ITEM.exec(raw)
    if (!item) return
    const indent = item[1]!.replace(/\t/g, '    ').length
    const body = item[2]!.trim()
    const link = LINK.exec(body)
    const entry: SummaryItem = link ? { label: link[1]!.replace(/\\(.)/g, '$1').trim(), href: link[2]!.replace(/^<|>$/g, ''), line, children: [] } : { label: body, line, children: [] }
    while (open.length && open[open.length - 1]!.indent >= indent) open.pop()
    const parent = open[open.length - 1]?.item
    ;(parent ? parent.children : group ? group.children : top).push(entry)
    open.push({ indent, item: entry })
  })
  return top
}

/** The content file a summary link names (`../a%20b.md#x` from `SUMMARY.md` in `docs/`), from the content folder. */
function linkedFile(href: string, summaryPath: string): string | undefined {
  const file = href.split('#')[0]!
  if (!file || /^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('//')) return undefined
  let decoded = file
  try {
    decoded = decodeURI(file)
  } catch {}
  return path.posix.normalize(path.posix.join(path.posix.dirname(summaryPath), decoded.replace(/^\/+/, ''))).replace(/^\.\//, '')
}

/** Each page's label in the summary, by its source path (the first entry that names it wins). */
export function summaryLabels(summary: DataText): Map<string, string> {
  const labels = new Map<string, string>()
  const visit = (items: readonly SummaryItem[]) => {
    for (const item of items) {
      const file = item.href !== undefined ? linkedFile(item.href, summary.path) : undefined
      if (file && item.label && !labels.has(file)) labels.set(file, item.label)
      visit(item.children)
    }
  }
  visit(parseSummary(summary.text))
  return labels
}

/** The summary as the handbook's navigation. */
export function readGitBookSummary(summary: DataText, pages: readonly NavigationPageInput[]): NavigationRead {
  const bySource = new Map(pages.map((page) => [page.sourcePath, page]))
  const diagnostics: Diagnostic[] = []
  const toEntries = (items: readonly SummaryItem[]): NavEntry[] =>
    items.flatMap((item): NavEntry[] => {
      const children = toEntries(item.children)
      const base = { label: item.label, children, file: summary.path, line: item.line }
      if (item.href === undefined || item.href === '') return [base]
      const file = linkedFile(item.href, summary.path)
      if (file === undefined) return [{ ...base, href: item.href }]
      const page = bySource.get(file)
      const anchor = item.href.includes('#') ? item.href.slice(item.href.indexOf('#')) : ''
      if (page) return [anchor ? { ...base, href: `${page.url}${anchor}` } : { ...base, page }]
      diagnostics.push(
        warning(
          'navigation-missing-page',
          summary.path,
          `"${item.href}" (${item.label}) is no page of the handbook, so the sidebar leaves it out: write the path of the page's file, from the folder of ${path.posix.basename(summary.path)}`,
          item.line,
        ),
      )
      return children.length ? [base] : []
    })
  return { from: summary.path, main: { entries: toEntries(parseSummary(summary.text)) }, lists: [], excluded: new Set(), diagnostics }
}
