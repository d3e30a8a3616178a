/**
 * How the problems found in a handbook are shown: in a build's log, and as
 * the output of `npm run check` (text for people, GitHub annotations, or
 * JSON for tools). Both take the diagnostics already sorted (see
 * src/node/check-handbook.ts, which loads and checks for both).
 */
import { assertNever } from '../../shared/assert-never'
import { escapeControls, formatDiagnostic, formatGithubAnnotation, type Diagnostic } from '../common/diagnostics'
import { staleCount, staleGithubLines, staleJson, staleTextLines, type StaleGroup } from '../features/ownership/stale-pages'

/** Warnings a build prints before the rest are only counted (`npm run check` lists them all). */
export const BUILD_LOG_WARNINGS = 10

/** The diagnostics of each severity, in the order given: both reports below say where each severity goes. */
function bySeverity(diagnostics: readonly Diagnostic[]): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = []
  const warnings: Diagnostic[] = []
  for (const d of diagnostics) {
    switch (d.severity) {
      case 'error':
        errors.push(d)
        break
      case 'warning':
        warnings.push(d)
        break
      default:
        assertNever(d.severity)
    }
  }
  return { errors, warnings }
}

/** A build's log: every error, then the first warnings, then how many more there are. */
export function buildLogLines(diagnostics: readonly Diagnostic[], label: (file: string) => string): string[] {
  const { errors, warnings } = bySeverity(diagnostics)
  const lines = [...errors, ...warnings.slice(0, BUILD_LOG_WARNINGS)].map((d) => formatDiagnostic(d, label))
  if (warnings.length > BUILD_LOG_WARNINGS) lines.push(`… and ${warnings.length - BUILD_LOG_WARNINGS} more warnings`)
  return lines
}

export type CheckFormat = 'text' | 'github' | 'json'

export interface CheckRun {
  diagnostics: readonly Diagnostic[]
  /** Pages checked. */
  pages: number
  /** Time taken, as printed ("1.2"). */
  seconds: string
  /** Pages past their review date (`--stale`): listed after the problems; warnings, never errors, so they never change the exit code. */
  stale?: readonly StaleGroup[]
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** What `npm run check` prints: every problem in file order (then the stale pages, when asked) and a summary, or the JSON of both. */
export function checkOutput(run: CheckRun, format: CheckFormat, label: (file: string) => string): string {
  const { diagnostics, pages, seconds, stale } = run
  const severities = bySeverity(diagnostics)
  const errors = severities.errors.length
  const warnings = severities.warnings.length
  if (format === 'json') {
    const results = diagnostics.map((d) => ({ file: label(d.file), line: d.line ?? null, column: d.column ?? null, severity: d.severity, code: d.code, message: d.message }))
    const staleResults = stale ? { stalePages: staleCount(stale), stale: staleJson(stale, label) } : {}
    return `${JSON.stringify({ pages, errors, warnings, ...staleResults, seconds: Number(seconds), diagnostics: results }, null, 2)}\n`
  }
  const staleSummary = stale ? `; ${plural(staleCount(stale), 'stale page')}` : ''
  const summary =
    diagnostics.length === 0
      ? `${stale && staleCount(stale) > 0 ? '⚠' : '✔'} No problems in ${plural(pages, 'page')}${staleSummary} (${seconds} s)`
      : `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(pages, 'page')}${staleSummary} (${seconds} s)`
  const lines = diagnostics.map((d) => (format === 'github' ? formatGithubAnnotation(d, label) : formatDiagnostic(d, label)))
  const staleLines = !stale ? [] : format === 'github' ? staleGithubLines(stale, label) : [...(lines.length > 0 ? [''] : []), ...staleTextLines(stale, label).map(escapeControls)]
  return [...lines, ...staleLines, summary].join('\n') + '\n'
}
