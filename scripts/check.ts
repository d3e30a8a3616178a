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
 *   npm run check -- --since origin/main        # also: every page URL published at the merge base still works
 *   npm run check -- --since origin/main --fix  # and add the moved pages' redirect_from entries
 *   npm run check -- --untrusted --since origin/main  # a pull request's check: runs no code of the content
 *
 * `--since` with a ref that is not in the clone (a shallow clone) is a usage error (2), with the fix.
 *
 * `--untrusted` (what the pull-request workflow runs) refuses, before anything
 * of the content is compiled, code that is new since the git base (`--since`,
 * else origin/main's merge base, else everything counts as new): expressions,
 * imports and exports in `.mdx` files, `_components/` files and handbook.yml's
 * code-like settings, each an `untrusted-code` error saying a maintainer must
 * approve it. Then the check runs as usual, but `_components/` are never
 * compiled and `.mdx` pages are parsed, never rendered.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CheckFormat, Diagnostic, Handbook } from '../src/content'
import { contentFileLabel, exitOnContentFolderError, loadAndCheck } from '../src/node/check-handbook'
import { contentLibrary } from '../src/node/library'
import { projectRoot, settings } from '../src/node/settings'

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

const FLAGS = ['--stale', '--format', '--since', '--fix', '--untrusted']
/** Flags followed by their value. */
const VALUED = ['--format', '--since']

/** Flags other than these are a mistake in the command, not in the content: say so rather than ignore them. */
function checkFlags(args: readonly string[]): void {
  const unknown = args.filter(
    (arg, i) => arg.startsWith('--') && !FLAGS.includes(arg) && !VALUED.some((flag) => arg.startsWith(`${flag}=`)) && !VALUED.includes(args[i - 1] ?? ''),
  )
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(', ')}: use --stale, --since <git ref>, --fix, --untrusted and --format text, github or json\n`)
    process.exit(2)
  }
}

/** `--since <ref>` or `--since=<ref>`; exits 2 when the ref is missing or `--fix` comes without it. */
function parseSince(args: readonly string[]): string | undefined {
  const inline = args.find((arg) => arg.startsWith('--since='))?.slice('--since='.length)
  const index = args.indexOf('--since')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined)
  if ((index >= 0 || inline !== undefined) && (!value || value.startsWith('--'))) {
    process.stderr.write('--since needs a git ref: e.g. npm run check -- --since origin/main\n')
    process.exit(2)
  }
  if (args.includes('--fix') && value === undefined) {
    process.stderr.write('--fix adds redirects for the pages moved since a git ref: use it with --since, e.g. npm run check -- --since origin/main --fix\n')
    process.exit(2)
  }
  return value
}

/**
 * Published URLs the changes since `ref` break, as errors; with `fix`, the moved pages get their
 * redirect_from entries written (or, for TOML and JSON frontmatter, the line to add printed) and
 * only what is still broken is returned.
 */
function brokenSince(ref: string, handbook: Handbook, fix: boolean, label: (file: string) => string, notes: string[]): Diagnostic[] {
  const library = contentLibrary()
  const base = (() => {
    try {
      return library.contentAtBase(settings.contentDir, ref)
    } catch (cause) {
      // The bundle's own class: compared by name, as the library is loaded apart from this script.
      if (!(cause instanceof Error) || cause.name !== 'GitBaseError') throw cause
      process.stderr.write(`error: --since ${ref}: ${cause.message}\n`)
      process.exit(2)
    }
  })()
  const current = { pages: handbook.pages, redirects: library.redirectsOf(handbook) }
  const broken = library.brokenUrls(library.pageUrlsOf(base.files), current, base.renames)
  if (!fix) return library.brokenUrlDiagnostics(broken)
  const fixed = new Set<string>()
  for (const [sourcePath, urls] of library.redirectsToAdd(broken)) {
    const file = path.join(settings.contentDir, sourcePath)
    const edit = library.addRedirects(fs.readFileSync(file, 'utf8'), urls)
    if ('text' in edit) {
      fs.writeFileSync(file, edit.text)
      for (const url of urls) fixed.add(url)
      notes.push(`${label(sourcePath)}: fixed: added redirect_from: ${urls.join(', ')}`)
    } else {
      notes.push(`${label(sourcePath)}: not fixed (its frontmatter is not YAML): add this line to its frontmatter: ${edit.manual}`)
    }
  }
  return library.brokenUrlDiagnostics(broken.filter((b) => !fixed.has(b.url)))
}

/** `--untrusted`'s refusals of new code, computed from the texts alone; its note on the base compared with goes to `notes`. */
function untrustedCode(since: string | undefined, notes: string[]): Diagnostic[] {
  try {
    const checked = contentLibrary().checkUntrustedCode(settings.contentDir, since)
    notes.push(checked.note)
    return checked.diagnostics
  } catch (cause) {
    if (!(cause instanceof Error) || cause.name !== 'GitBaseError') throw cause
    process.stderr.write(`error: --since ${since}: ${cause.message}\n`)
    process.exit(2)
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  checkFlags(args)
  const format = parseFormat(args)
  const stale = args.includes('--stale')
  const since = parseSince(args)
  const untrusted = args.includes('--untrusted')
  const started = performance.now()
  const notes: string[] = []
  // Before anything of the content is compiled: with --untrusted nothing is, and new code is refused here.
  // (A missing content folder is loadAndCheck's to report.)
  const refused = untrusted && !contentLibrary().contentFolderProblem(settings.contentDir) ? untrustedCode(since, notes) : []
  const checked = await loadAndCheck({
    includeDrafts: false,
    hrefPrefix: '',
    ...(untrusted ? { untrusted: true } : {}),
    // Pages rendered by earlier checks (apart from the build's), so checking again after an edit renders only what changed.
    renderCacheFolder: path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'check-rendered'),
  }).catch(exitOnContentFolderError)
  const { handbook } = checked
  let diagnostics = refused.length > 0 ? contentLibrary().sortDiagnostics([...checked.diagnostics, ...refused]) : checked.diagnostics
  const label = contentFileLabel()
  if (untrusted && handbook.pages.some((page) => page.format === 'mdx')) notes.push('--untrusted: .mdx pages were parsed and checked, not rendered: their components and expressions did not run')
  if (since !== undefined) diagnostics = contentLibrary().sortDiagnostics([...diagnostics, ...brokenSince(since, handbook, args.includes('--fix'), label, notes)])
  // What --fix did: on stderr when stdout is JSON, so it stays one document.
  if (notes.length > 0) (format === 'json' ? process.stderr : process.stdout).write(notes.map((note) => `${contentLibrary().escapeControls(note)}\n`).join(''))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const library = contentLibrary()
  const staleGroups = stale
    ? library.staleGroups(handbook.pages.map((page) => ({ ...page, ...(page.fieldLines.reviewed ? { reviewedLine: page.fieldLines.reviewed } : {}) })), handbook.directory)
    : undefined
  process.stdout.write(library.checkOutput({ diagnostics, pages: handbook.pages.length, seconds, ...(staleGroups ? { stale: staleGroups } : {}) }, format, label))
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

main().catch((cause: unknown) => {
  process.stderr.write(`${cause instanceof Error ? cause.stack : String(cause)}\n`)
  process.exit(2)
})
