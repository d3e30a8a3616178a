/**
 * What `npm run check -- --stale` lists: the pages past their review date,
 * grouped by owner (by the owner's name; "No owner" last), most overdue first
 * in each group. A page with two owners is listed under each, so every owner
 * sees all that is theirs; its GitHub annotation is written once.
 */
import { formatGithubAnnotation, warning } from '../../common/diagnostics'
import { ownerName } from './owners'
import type { Directory } from '../people/types'
import type { OwnerRef, PageOwnership, ReviewState } from './types'

/** What the list needs of a page. */
export interface StaleCandidate {
  sourcePath: string
  url: string
  title: string
  ownership: PageOwnership
  review: ReviewState
  /** Line of the page's `reviewed:` field. */
  reviewedLine?: number
}

export interface StalePage {
  file: string
  line?: number
  url: string
  title: string
  reviewed: string
  due: string
  every: string
  overdueDays: number
}

export interface StaleGroup {
  /** Undefined for the pages nobody owns. */
  owner?: OwnerRef & { name: string }
  pages: StalePage[]
}

function stalePageOf(page: StaleCandidate): StalePage {
  return {
    file: page.sourcePath,
    ...(page.reviewedLine ? { line: page.reviewedLine } : {}),
    url: page.url,
    title: page.title,
    reviewed: page.review.reviewed!,
    due: page.review.due!,
    every: page.review.every!,
    overdueDays: page.review.overdueDays,
  }
}

const mostOverdueFirst = (a: StalePage, b: StalePage) => b.overdueDays - a.overdueDays || a.file.localeCompare(b.file)

export function staleGroups(pages: readonly StaleCandidate[], directory: Directory): StaleGroup[] {
  const groups = new Map<string, StaleGroup>()
  const unowned: StalePage[] = []
  for (const page of pages) {
    if (!page.review.stale) continue
    const stale = stalePageOf(page)
    if (page.ownership.owners.length === 0) unowned.push(stale)
    for (const owner of page.ownership.owners) {
      const key = `${owner.kind}:${owner.id}`
      if (!groups.has(key)) groups.set(key, { owner: { ...owner, name: ownerName(owner, directory) }, pages: [] })
      groups.get(key)!.pages.push(stale)
    }
  }
  const owned = [...groups.values()].sort((a, b) => a.owner!.name.localeCompare(b.owner!.name) || a.owner!.id.localeCompare(b.owner!.id))
  for (const group of owned) group.pages.sort(mostOverdueFirst)
  return [...owned, ...(unowned.length > 0 ? [{ pages: unowned.sort(mostOverdueFirst) }] : [])]
}

export function staleCount(groups: readonly StaleGroup[]): number {
  return new Set(groups.flatMap((group) => group.pages.map((page) => page.file))).size
}

/** "due 2026-03-01, 275 days ago". */
export function overdueText(page: StalePage): string {
  return `due ${page.due}, ${page.overdueDays} ${page.overdueDays === 1 ? 'day' : 'days'} ago`
}

function groupTitle(group: StaleGroup): string {
  return group.owner ? `${group.owner.name} (${group.owner.kind} ${group.owner.id})` : 'No owner'
}

/** The text section: a heading, then each owner and their pages, indented. */
export function staleTextLines(groups: readonly StaleGroup[], label: (file: string) => string): string[] {
  if (groups.length === 0) return ['No stale pages: every reviewed page is within its review interval']
  const lines = [`Stale pages, by owner, most overdue first:`]
  for (const group of groups) {
    lines.push(`${groupTitle(group)}:`)
    for (const page of group.pages) {
      lines.push(`  ${label(page.file)}${page.line ? `:${page.line}` : ''}: ${page.title}: reviewed ${page.reviewed}, every ${page.every}, ${overdueText(page)}`)
    }
  }
  return lines
}

/** One `::warning` per stale page, at its `reviewed:` line, naming who to ask. */
export function staleGithubLines(groups: readonly StaleGroup[], label: (file: string) => string): string[] {
  const owners = new Map<string, string[]>()
  const pages = new Map<string, StalePage>()
  for (const group of groups) {
    for (const page of group.pages) {
      pages.set(page.file, page)
      if (group.owner) owners.set(page.file, [...(owners.get(page.file) ?? []), group.owner.name])
    }
  }
  return [...pages.values()].sort(mostOverdueFirst).map((page) => {
    const who = owners.get(page.file)
    const message = `this page is past its review date: reviewed ${page.reviewed}, every ${page.every}, ${overdueText(page)}. ${who ? `Owned by ${who.join(', ')}` : 'It has no owner'}. Once it is reviewed, set reviewed: to that day's date`
    return formatGithubAnnotation(warning('page-stale', page.file, message, page.line), label)
  })
}

/** The JSON of the groups, files labelled as in the rest of the output. */
export function staleJson(groups: readonly StaleGroup[], label: (file: string) => string): unknown[] {
  return groups.map((group) => ({
    owner: group.owner ? { kind: group.owner.kind, id: group.owner.id, name: group.owner.name } : null,
    pages: group.pages.map((page) => ({ ...page, file: label(page.file), line: page.line ?? null })),
  }))
}
