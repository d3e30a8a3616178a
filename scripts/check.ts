/**
 * `npm run check`: validates the whole content folder without building the
 * site, loading and checking it as the build does (src/node/check-handbook.ts,
 * with the same library bundle). Prints one line per problem as
 * `path:line:col: error|warning: message`, then a summary. Exit code, the
 * same whatever the flags: 1 when there is an error, else 0 (warnings and
 * stale pages never fail the check); 2 when the command itself is used wrong.
 *
 *   npm run check                      # text, for people
 *   npm run check -- --format github   # GitHub Actions annotations (default when GITHUB_ACTIONS=true)
 *   npm run check -- --format json     # for tools
 *   npm run check -- --stale           # also list pages past their review date, by owner (any --format)
 */
import path from 'node:path'
import type { CheckFormat } from '../src/content'
import { contentFileLabel, exitOnContentFolderError, loadAndCheck } from '../src/node/check-handbook'
import { contentLibrary } from '../src/node/library'
import { projectRoot } from '../src/node/settings'

function parseFormat(args: readonly string[]): CheckFormat {
  const inline = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length)
  const index = args.indexOf('--format')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined) ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')
  if (value !== 'text' && value !== 'github' && value !== 'json') {
    process.stderr.write(`Unknown format "${value}": use --format text, github or json\n`)
    process.exit(2)
  }
  return value
}

const FLAGS = ['--stale', '--format']

/** Flags other than these are a mistake in the command, not in the content: say so rather than ignore them. */
function checkFlags(args: readonly string[]): void {
  const unknown = args.filter((arg, i) => arg.startsWith('--') && !FLAGS.includes(arg) && !arg.startsWith('--format=') && args[i - 1] !== '--format')
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}: use --stale and --format text, github or json\n`)
    process.exit(2)
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  checkFlags(args)
  const format = parseFormat(args)
  const stale = args.includes('--stale')
  const started = performance.now()
  const { handbook, diagnostics } = await loadAndCheck({
    includeDrafts: false,
    hrefPrefix: '',
    // Pages rendered by earlier checks (apart from the build's), so checking again after an edit renders only what changed.
    renderCacheFolder: path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'check-rendered'),
  }).catch(exitOnContentFolderError)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const library = contentLibrary()
  const staleGroups = stale
    ? library.staleGroups(handbook.pages.map((page) => ({ ...page, ...(page.fieldLines.reviewed ? { reviewedLine: page.fieldLines.reviewed } : {}) })), handbook.directory)
    : undefined
  process.stdout.write(library.checkOutput({ diagnostics, pages: handbook.pages.length, seconds, ...(staleGroups ? { stale: staleGroups } : {}) }, format, contentFileLabel()))
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

main().catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(2)
})
