/**
 * How the problems found in a handbook are shown: in a build's log, and as
 * the output of `npm run check` (text for people, GitHub annotations, or
 * JSON for tools). Both take the diagnostics already sorted (see
 * src/node/check-handbook.ts, which loads and checks for both). Every error
 * is shown; warnings are counted once per kind (warning-kinds.ts) unless
 * `npm run check -- --verbose` asks for each, and JSON always holds each.
 */
import { sourceLine, type SourceSummary } from '../source/summary'
import { assertNever } from '../../shared/assert-never'
import { escapeControls, formatDiagnostic, formatGithubAnnotation, type Diagnostic } from '../common/diagnostics'
import { staleCount, staleGithubLines, staleJson, staleTextLines, type StaleGroup } from '../features/ownership/stale-pages'
import { countsByKind, hiddenWarningsNote, shownDiagnostics, VERBOSE_FLAG, type ShownDiagnostic } from './warning-kinds'

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

/** A shown diagnostic as text: its `path:line:col` line, and under the first of a kind with many, the count of the rest (indented, so no tool reads it as a place). */
function textLines({ diagnostic, hidden }: ShownDiagnostic, label: (file: string) => string): string[] {
  const line = formatDiagnostic(diagnostic, label)
  return hidden ? [line, `  ${hiddenWarningsNote(hidden)}`] : [line]
}

/** A shown diagnostic as one GitHub annotation: the count of the rest of its kind is the message's second line (GitHub shows only the first 10 warnings of a step). */
function githubLine({ diagnostic, hidden }: ShownDiagnostic, label: (file: string) => string): string {
  return formatGithubAnnotation(hidden ? { ...diagnostic, message: `${diagnostic.message}\n${hiddenWarningsNote(hidden)}` } : diagnostic, label)
}

/**
 * A build's log: the errors, then the warnings, each shown as `npm run check` shows them (a kind with many as its
 * first and a count of the rest: of errors, only those one fix mends, which have a kind).
 */
export function buildLogLines(diagnostics: readonly Diagnostic[], label: (file: string) => string): string[] {
  const { errors, warnings } = bySeverity(diagnostics)
  return [...shownDiagnostics(errors), ...shownDiagnostics(warnings)].flatMap((shown) => textLines(shown, label))
}

/** What a build does after its problems: stops (a build with errors), goes on (develop, or only warnings). */
export type BuildOutcome = 'stopped' | 'continues'

/**
 * The block that ends a build's list of problems: the problems counted, then one line per kind
 * (`  618 errors    shortcode {% page %} in a link's address`), then what to do. Empty without problems.
 */
export function buildLogSummary(diagnostics: readonly Diagnostic[], pages: number, outcome: BuildOutcome): string[] {
  if (diagnostics.length === 0) return []
  const { errors, warnings } = bySeverity(diagnostics)
  const counted = [...(errors.length > 0 ? [plural(errors.length, 'error')] : []), ...(warnings.length > 0 ? [plural(warnings.length, 'warning')] : [])]
  const kinds = countsByKind(diagnostics)
  const width = Math.max(...kinds.map(({ count }) => String(count).length))
  const kindLines = kinds.map(({ severity, count, kind }) => `  ${String(count).padStart(width)} ${`${severity}${count === 1 ? '' : 's'}`.padEnd(8)} ${escapeControls(kind)}`)
  const stopped = outcome === 'stopped'
  const head = `${errors.length > 0 ? '✖' : '⚠'} The handbook has ${counted.join(' and ')} in ${plural(pages, 'page')}${stopped ? ', so the site was not built' : ''}:`
  const verbose = `\`npm run check -- ${VERBOSE_FLAG}\` lists every one of a kind shown once above`
  const next =
    errors.length === 0
      ? `${verbose}.`
      : `Fix the errors listed above (file:line: message, with the fix) and ${stopped ? 'build again' : 'save: the site reloads'}; \`npm run check\` checks without building, and ${verbose}. HANDBOOK_BROKEN_LINKS=warn lets broken links through while migrating.`
  return [head, ...kindLines, next]
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
  /** What was recognised around the content folder and imported (`Source: Eleventy (…): …`), when a tool was. */
  source?: SourceSummary
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** How much of the problems `npm run check` prints. */
export interface CheckOutputOptions {
  /** Every warning on its line (`--verbose`), not one per kind with a count of the rest. JSON always has every one. */
  verbose?: boolean
}

/**
 * What `npm run check` prints: in file order, every error and the warnings (each kind with many as its
 * first and a count of the rest, all of them when verbose), then the stale pages when asked, and a summary
 * counting every problem; or the JSON of all of them.
 */
export function checkOutput(run: CheckRun, format: CheckFormat, label: (file: string) => string, options: CheckOutputOptions = {}): string {
  const { diagnostics, pages, seconds, stale } = run
  const severities = bySeverity(diagnostics)
  const errors = severities.errors.length
  const warnings = severities.warnings.length
  if (format === 'json') {
    const results = diagnostics.map((d) => ({
      file: label(d.file),
      line: d.line ?? null,
      column: d.column ?? null,
      severity: d.severity,
      code: d.code,
      ...(d.kind !== undefined ? { kind: d.kind } : {}),
      message: d.message,
    }))
    const staleResults = stale ? { stalePages: staleCount(stale), stale: staleJson(stale, label) } : {}
    const source = run.source ? { source: { tool: run.source.tool, read: run.source.read, imported: run.source.imported } } : {}
    return `${JSON.stringify({ pages, errors, warnings, ...source, ...staleResults, seconds: Number(seconds), diagnostics: results }, null, 2)}\n`
  }
  const staleSummary = stale ? `; ${plural(staleCount(stale), 'stale page')}` : ''
  const summary =
    diagnostics.length === 0
      ? `${stale && staleCount(stale) > 0 ? '⚠' : '✔'} No problems in ${plural(pages, 'page')}${staleSummary} (${seconds} s)`
      : `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(pages, 'page')}${staleSummary} (${seconds} s)`
  const shown = options.verbose ? diagnostics.map((d) => ({ diagnostic: d })) : shownDiagnostics(diagnostics)
  const lines = shown.flatMap((one) => (format === 'github' ? [githubLine(one, label)] : textLines(one, label)))
  const staleLines = !stale ? [] : format === 'github' ? staleGithubLines(stale, label) : [...(lines.length > 0 ? [''] : []), ...staleTextLines(stale, label).map(escapeControls)]
  const sourceLines = run.source && format !== 'github' ? [escapeControls(sourceLine(run.source))] : []
  return [...sourceLines, ...lines, ...staleLines, summary].join('\n') + '\n'
}
