/**
 * A problem found in the content, pointing at the file and line an editor
 * must change. Every part of the pipeline reports through this one shape so
 * the build and `npm run check` print the same thing.
 */
import path from 'node:path'

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  severity: Severity
  /** Path relative to the content folder, with forward slashes. */
  file: string
  /** 1-based; omitted when the problem is about the whole file. */
  line?: number
  column?: number
  message: string
  /** Stable identifier of the kind of problem, e.g. "frontmatter-type". */
  code: string
  /**
   * What the problem is about, when one code covers many different things
   * (the tag of an unknown shortcode, `{% slack_channel %}`; the name of an
   * unknown field): reports count the warnings of one code and kind as one
   * (src/content/checks/warning-kinds.ts). Without it, the code alone is the kind.
   */
  kind?: string
}

/** A problem of the given severity; error() and warning() name theirs. */
export function diagnostic(severity: Severity, code: string, file: string, message: string, line?: number, column?: number): Diagnostic {
  return { severity, code, file, message, ...(line ? { line } : {}), ...(column ? { column } : {}) }
}

export function error(code: string, file: string, message: string, line?: number, column?: number): Diagnostic {
  return diagnostic('error', code, file, message, line, column)
}

export function warning(code: string, file: string, message: string, line?: number, column?: number): Diagnostic {
  return diagnostic('warning', code, file, message, line, column)
}

/**
 * Control characters (C0 but tab and line feed, DEL, C1) and the bidi
 * overrides, written as `\x1b` / `\u202e`: messages quote content (titles,
 * links, file names), and a terminal would obey an escape sequence in it,
 * enough to clear the screen and print a fake "No problems".
 */
export function escapeControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0)
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
  })
}

/** `path:line:col: error: message`, the form editors' tools and editors understand. */
export function formatDiagnostic(d: Diagnostic, fileLabel: (file: string) => string = (f) => f): string {
  const location = [escapeControls(fileLabel(d.file)), d.line, d.line ? d.column : undefined].filter((part) => part !== undefined).join(':')
  return `${location}: ${d.severity}: ${escapeControls(d.message)}`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** Sorted by file, then line, so output is stable and easy to scan. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** GitHub Actions escapes: data loses %, CR and LF; properties also : and ,. Other control characters are shown as written (escapeControls). */
function escapeData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub's workflow command for each severity (it has error, warning and notice). */
const GITHUB_COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning' }

/** `::error file=…,line=…,col=…,title=…::message`: shown by GitHub on the pull request's diff. */
export function formatGithubAnnotation(d: Diagnostic, fileLabel: (file: string) => string = (f) => f): string {
  const properties = [`file=${escapeProperty(fileLabel(d.file))}`]
  if (d.line) properties.push(`line=${d.line}`)
  if (d.line && d.column) properties.push(`col=${d.column}`)
  properties.push(`title=${escapeProperty(d.code)}`)
  return `::${GITHUB_COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`
}

/**
 * How messages name a content file: relative to where the command runs when
 * the content lives there (`contents/values.md`), so terminals, editors and
 * GitHub can open it; absolute for a content folder elsewhere.
 */
export function contentFileLabel(contentDir: string, cwd: string): (file: string) => string {
  return (file) => {
    const absolute = path.join(contentDir, file)
    const relative = path.relative(cwd, absolute)
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/')
  }
}
