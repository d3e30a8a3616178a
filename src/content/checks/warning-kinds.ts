/**
 * Warnings counted once per kind: a handbook imported from another tool can
 * hold hundreds of warnings of one kind (292 uses of one unknown tag, a
 * page-unlinked warning on most pages), and a report that prints each on its
 * line hides everything else. A kind is a warning's code and, where that code
 * covers many different things, what it is about (Diagnostic.kind). Errors
 * are shown each where it is, unless the code that found them gave them a
 * kind because one fix in one place mends them all (a tag to map in
 * handbook.yml, used in 631 link addresses): then they are counted like warnings.
 */
import type { Diagnostic } from '../common/diagnostics'
import { pageExtension } from '../links/url'

/** Warnings of one kind shown in full; of a kind with more, the first is shown and the rest counted. */
export const WARNINGS_SHOWN_PER_KIND = 3

/** The flag that lists every warning, which the counts name. */
export const VERBOSE_FLAG = '--verbose'

/** The warnings of one kind a report does not show. */
export interface HiddenWarnings {
  count: number
  /** The files they are in. */
  files: number
  /** Every one of those files is a page (else the count says "files"). */
  allPages: boolean
}

/** A diagnostic a report shows; the first warning of a kind with many also counts the rest. */
export interface ShownDiagnostic {
  diagnostic: Diagnostic
  hidden?: HiddenWarnings
}

/** The key warnings are grouped by: the code, and what the warning is about when it says (`shortcode-unknown {% slack_channel %}`). */
export function warningKind(d: Diagnostic): string {
  return d.kind === undefined ? d.code : `${d.code} ${d.kind}`
}

/** Whether a diagnostic is counted with others of its kind: every warning, and an error with a kind. */
function grouped(d: Diagnostic): boolean {
  return d.severity === 'warning' || d.kind !== undefined
}

/** The diagnostics counted together, by severity and kind (`warning shortcode-unknown {% page %}`), in the order given; errors without a kind are left out. */
function groupsByKind(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byKind = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    if (!grouped(d)) continue
    const key = `${d.severity} ${warningKind(d)}`
    const same = byKind.get(key)
    if (same) same.push(d)
    else byKind.set(key, [d])
  }
  return byKind
}

/**
 * What a report shows of `diagnostics`, in the order given: every error, every
 * warning of a kind with at most `perKind`, and of a kind with more only its
 * first, where it stands, with the count of the others and their files.
 */
export function shownDiagnostics(diagnostics: readonly Diagnostic[], perKind: number = WARNINGS_SHOWN_PER_KIND): ShownDiagnostic[] {
  const byKind = groupsByKind(diagnostics)
  const shown: ShownDiagnostic[] = []
  for (const d of diagnostics) {
    const same = grouped(d) ? byKind.get(`${d.severity} ${warningKind(d)}`)! : undefined
    if (!same || same.length <= perKind) shown.push({ diagnostic: d })
    else if (same[0] === d) shown.push({ diagnostic: d, hidden: hiddenOf(same.slice(1)) })
  }
  return shown
}

/** How many problems of one severity and kind a handbook has. */
export interface KindCount {
  severity: Diagnostic['severity']
  /** warningKind: the code, and what it is about when the code says. */
  kind: string
  count: number
}

/** The problems counted by severity and kind (every error counts, with a kind or not): errors first, then most first, then by kind. */
export function countsByKind(diagnostics: readonly Diagnostic[]): KindCount[] {
  const counts = new Map<string, KindCount>()
  for (const d of diagnostics) {
    const kind = warningKind(d)
    const key = `${d.severity} ${kind}`
    const count = counts.get(key)
    if (count) count.count++
    else counts.set(key, { severity: d.severity, kind, count: 1 })
  }
  const rank = (c: KindCount) => (c.severity === 'error' ? 0 : 1)
  return [...counts.values()].sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.kind.localeCompare(b.kind))
}

function hiddenOf(rest: readonly Diagnostic[]): HiddenWarnings {
  const files = new Set(rest.map((d) => d.file))
  return { count: rest.length, files: files.size, allPages: [...files].every((file) => pageExtension(file) !== undefined) }
}

/** `… and 291 more on 120 pages (npm run check -- --verbose lists them)`: said under the warning shown for them. */
export function hiddenWarningsNote(hidden: HiddenWarnings): string {
  const where = `${hidden.files} ${hidden.allPages ? 'page' : 'file'}${hidden.files === 1 ? '' : 's'}`
  return `… and ${hidden.count} more on ${where} (npm run check -- ${VERBOSE_FLAG} lists them)`
}
