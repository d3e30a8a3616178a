/**
 * `npm run check`: validates the whole content folder without building the
 * site, with the same code the build uses. Prints one line per problem as
 * `path:line:col: error|warning: message`, then a summary; exits 1 on any
 * error.
 *
 *   npm run check                      # text, for people
 *   npm run check -- --format github   # GitHub Actions annotations (default when GITHUB_ACTIONS=true)
 *   npm run check -- --format json     # for tools
 */
import fs from 'node:fs'
import path from 'node:path'
import handbookConfig from '../handbook.config'
import {
  brokenLinksSetting,
  checkHandbook,
  contentFileLabel,
  formatDiagnostic,
  fileRenderCache,
  formatGithubAnnotation,
  hashOf,
  loadHandbookInParallel,
  resolveSettings,
  sortDiagnostics,
  type RenderCache,
} from '../src/content'

type Format = 'text' | 'github' | 'json'

function parseFormat(args: readonly string[]): Format {
  const inline = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length)
  const index = args.indexOf('--format')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined) ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')
  if (value !== 'text' && value !== 'github' && value !== 'json') {
    process.stderr.write(`Unknown format "${value}": use --format text, github or json\n`)
    process.exit(2)
  }
  return value
}

/**
 * Pages rendered by earlier checks, so checking again after an edit renders
 * only what changed. Its version follows the library's source files.
 */
function checkCache(): { store: RenderCache; version: string } {
  const library = path.join(__dirname, '..', 'src', 'content')
  const stamps: string[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else stamps.push(`${path.relative(library, full)}:${fs.statSync(full).mtimeMs}`)
    }
  }
  walk(library)
  const folder = path.join(__dirname, '..', 'node_modules', '.cache', 'handbook', 'check-rendered')
  return { store: fileRenderCache(folder), version: hashOf(...stamps.sort()) }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

async function main(): Promise<void> {
  const format = parseFormat(process.argv.slice(2))
  const started = performance.now()
  const cwd = process.cwd()
  const settings = resolveSettings(handbookConfig, process.env, cwd)
  const handbook = await loadHandbookInParallel(
    settings,
    { includeDrafts: false, hrefPrefix: '', ...(process.env.HANDBOOK_RENDER_CACHE === 'off' ? {} : { cache: checkCache() }) },
    { script: path.join(__dirname, 'render-worker.cjs') },
  )
  const checks = checkHandbook(handbook, { brokenLinks: brokenLinksSetting(process.env.HANDBOOK_BROKEN_LINKS) })
  const diagnostics = sortDiagnostics([...handbook.diagnostics, ...checks.diagnostics])
  const seconds = ((performance.now() - started) / 1000).toFixed(1)

  const label = contentFileLabel(settings.contentDir, cwd)

  const errors = diagnostics.filter((d) => d.severity === 'error').length
  const warnings = diagnostics.length - errors
  const summary =
    diagnostics.length === 0
      ? `✔ No problems in ${plural(handbook.pages.length, 'page')} (${seconds} s)`
      : `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(handbook.pages.length, 'page')} (${seconds} s)`

  if (format === 'json') {
    const results = diagnostics.map((d) => ({ file: label(d.file), line: d.line ?? null, column: d.column ?? null, severity: d.severity, code: d.code, message: d.message }))
    process.stdout.write(`${JSON.stringify({ pages: handbook.pages.length, errors, warnings, seconds: Number(seconds), diagnostics: results }, null, 2)}\n`)
  } else {
    const lines = diagnostics.map((d) => (format === 'github' ? formatGithubAnnotation(d, label) : formatDiagnostic(d, label)))
    process.stdout.write([...lines, summary].join('\n') + '\n')
  }
  process.exitCode = errors > 0 ? 1 : 0
}

main().catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(2)
})
