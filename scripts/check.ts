/**
 * `npm run check`: validates the whole content folder without building the
 * site, loading and checking it as the build does (src/node/check-handbook.ts,
 * with the same library bundle). Prints one line per problem as
 * `path:line:col: error|warning: message`, then a summary; exits 1 on any
 * error.
 *
 *   npm run check                      # text, for people
 *   npm run check -- --format github   # GitHub Actions annotations (default when GITHUB_ACTIONS=true)
 *   npm run check -- --format json     # for tools
 */
import path from 'node:path'
import type { CheckFormat } from '../src/content'
import { contentFileLabel, loadAndCheck } from '../src/node/check-handbook'
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

async function main(): Promise<void> {
  const format = parseFormat(process.argv.slice(2))
  const started = performance.now()
  const { handbook, diagnostics } = await loadAndCheck({
    includeDrafts: false,
    hrefPrefix: '',
    // Pages rendered by earlier checks (apart from the build's), so checking again after an edit renders only what changed.
    renderCacheFolder: path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'check-rendered'),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(contentLibrary().checkOutput({ diagnostics, pages: handbook.pages.length, seconds }, format, contentFileLabel()))
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

main().catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(2)
})
