/**
 * `npm run check` as a function of its arguments and environment: what it
 * prints on stdout and stderr, and its exit code (see scripts/check.ts for
 * the flags). Nothing here reads process.argv or process.env or exits the
 * process, so tests run the check's own code path in process, with the
 * environment they choose; scripts/check.ts is the command around it.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CheckFormat, Diagnostic, Handbook } from '../../src/content'
import { SettingsError } from '../../src/content/settings'
import { ContentFolderError, contentFileLabel, loadAndCheck } from '../../src/node/check-handbook'
import { contentLibrary } from '../../src/node/library'
import { projectRoot } from '../../src/node/project-root'
import { resolveSiteSettings, type Env } from '../../src/node/site-settings'
import { staticFiles } from '../../src/node/static-files'

export interface CheckIo {
  stdout(text: string): void
  stderr(text: string): void
}

export interface CheckResult {
  /** 1 when there is an error, else 0; 2 when the command itself is used wrong. */
  code: number
  /** Everything written to stdout and stderr, also when `io` wrote it as it came. */
  stdout: string
  stderr: string
}

/** Stops the check with `code` and one line on stderr, as a mistake in the command or the settings does (no stack trace). */
class CheckStop extends Error {
  constructor(
    readonly code: number,
    readonly line: string,
  ) {
    super(line)
  }
}

function parseFormat(args: readonly string[], env: Env): CheckFormat {
  const inline = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length)
  const index = args.indexOf('--format')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined) ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')
  if (value !== 'text' && value !== 'github' && value !== 'json') throw new CheckStop(2, `Unknown format "${value}": use --format text, github or json`)
  return value
}

const FLAGS = ['--stale', '--format', '--since', '--fix', '--untrusted', '--verbose', '--write-sidebars', '--audience']
/** Flags followed by their value. */
const VALUED = ['--format', '--since', '--audience']

/** Flags other than these are a mistake in the command, not in the content: say so rather than ignore them. */
function checkFlags(args: readonly string[]): void {
  const unknown = args.filter((arg, i) => arg.startsWith('--') && !FLAGS.includes(arg) && !VALUED.some((flag) => arg.startsWith(`${flag}=`)) && !VALUED.includes(args[i - 1] ?? ''))
  if (unknown.length > 0)
    throw new CheckStop(
      2,
      `Unknown option ${unknown.join(', ')}: use --stale, --since <git ref>, --fix, --untrusted, --verbose, --write-sidebars, --audience public or internal and --format text, github or json`,
    )
}

/** `--audience public|internal` (or `=`): checks the site that audience gets, as HANDBOOK_AUDIENCE would. */
function parseAudience(args: readonly string[]): string | undefined {
  const inline = args.find((arg) => arg.startsWith('--audience='))?.slice('--audience='.length)
  const index = args.indexOf('--audience')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined)
  if (value === undefined) return undefined
  if (value !== 'public' && value !== 'internal') throw new CheckStop(2, `Unknown audience "${value}": use --audience public or --audience internal`)
  return value
}

/** `--since <ref>` or `--since=<ref>`; stops (2) when the ref is missing or `--fix` comes without it. */
function parseSince(args: readonly string[]): string | undefined {
  const inline = args.find((arg) => arg.startsWith('--since='))?.slice('--since='.length)
  const index = args.indexOf('--since')
  const value = inline ?? (index >= 0 ? args[index + 1] : undefined)
  if ((index >= 0 || inline !== undefined) && (!value || value.startsWith('--'))) throw new CheckStop(2, '--since needs a git ref: e.g. npm run check -- --since origin/main')
  if (args.includes('--fix') && value === undefined) {
    throw new CheckStop(2, '--fix adds redirects for the pages moved since a git ref: use it with --since, e.g. npm run check -- --since origin/main --fix')
  }
  return value
}

/** A ref the clone lacks (a shallow clone) is a usage error; the bundle's own class is compared by name, as the library is loaded apart from this module. */
function gitBaseStop(since: string | undefined, cause: unknown): CheckStop {
  if (!(cause instanceof Error) || cause.name !== 'GitBaseError') throw cause
  return new CheckStop(2, `error: --since ${since}: ${cause.message}`)
}

/**
 * Published URLs the changes since `ref` break, as errors; with `fix`, the moved pages get their
 * redirect_from entries written (or, for TOML and JSON frontmatter, the line to add printed) and
 * only what is still broken is returned.
 */
function brokenSince(contentDir: string, ref: string, handbook: Handbook, fix: boolean, label: (file: string) => string, notes: string[]): Diagnostic[] {
  const library = contentLibrary()
  const base = (() => {
    try {
      return library.contentAtBase(contentDir, ref)
    } catch (cause) {
      throw gitBaseStop(ref, cause)
    }
  })()
  const current = { pages: handbook.pages, redirects: library.redirectsOf(handbook) }
  const broken = library.brokenUrls(library.pageUrlsOf(base.files), current, base.renames)
  if (!fix) return library.brokenUrlDiagnostics(broken)
  const fixed = new Set<string>()
  for (const [sourcePath, urls] of library.redirectsToAdd(broken)) {
    const file = path.join(contentDir, sourcePath)
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

/** The sidebars file the content folder has, if any: `--write-sidebars` writes none over it. */
function existingSidebarsFile(contentDir: string): string | undefined {
  return contentLibrary().SIDEBARS_FILE_NAMES.find((name) => fs.existsSync(path.join(contentDir, name)))
}

/**
 * `--write-sidebars`: the navigation imported from the old tool, written as
 * sidebars.yml in the content folder (it then is the navigation); what was
 * done goes to `notes`.
 */
function writeSidebars(contentDir: string, handbook: Handbook, notes: string[]): void {
  const imported = handbook.importedNavigation
  if (!imported) {
    throw new CheckStop(
      1,
      'error: --write-sidebars: this handbook has no navigation of an old tool to write (no _data/navigation.yml, eleventyNavigation or Just the Docs fields around it), so its sidebars come from its folders. Write sidebars.yml by hand to order them',
    )
  }
  const text = contentLibrary().sidebarsFileText(imported.sidebars, [
    `The handbook's navigation, written by npm run check -- --write-sidebars from ${imported.from}.`,
    `It is the navigation now (${imported.from} is no longer read for it): edit it here.`,
    'See "Editing this handbook" → "Navigation" for what an item can be.',
  ])
  fs.writeFileSync(path.join(contentDir, 'sidebars.yml'), text, { flag: 'wx' })
  const sections = imported.sections ? `, ${imported.sections} sections in ${imported.sidebars[0]!.name}` : ''
  notes.push(`sidebars.yml: written from ${imported.from} (${imported.sidebars.length} sidebar${imported.sidebars.length === 1 ? '' : 's'}${sections}); it is now the handbook's navigation`)
}

/** `--untrusted`'s refusals of new code, computed from the texts alone; its note on the base compared with goes to `notes`. */
function untrustedCode(contentDir: string, since: string | undefined, notes: string[]): Diagnostic[] {
  try {
    const checked = contentLibrary().checkUntrustedCode(contentDir, since)
    notes.push(checked.note)
    return checked.diagnostics
  } catch (cause) {
    throw gitBaseStop(since, cause)
  }
}

async function check(args: readonly string[], given: Env, out: CheckIo): Promise<number> {
  // The audience is a setting: the flag wins as HANDBOOK_AUDIENCE would.
  const audience = parseAudience(args)
  const env = audience ? { ...given, HANDBOOK_AUDIENCE: audience } : given
  // Settings first, as the command has always resolved them before reading its flags.
  const site = resolveSiteSettings(env, projectRoot)
  const { contentDir } = site.settings
  checkFlags(args)
  const format = parseFormat(args, env)
  const stale = args.includes('--stale')
  const since = parseSince(args)
  const untrusted = args.includes('--untrusted')
  const verbose = args.includes('--verbose')
  const write = args.includes('--write-sidebars')
  const existing = write ? existingSidebarsFile(contentDir) : undefined
  if (existing) {
    throw new CheckStop(
      1,
      `error: --write-sidebars: ${existing} already exists in the content folder and is the handbook's navigation; nothing was written. To write the old tool's navigation instead, move ${existing} away first`,
    )
  }
  const started = performance.now()
  const notes: string[] = []
  // Before anything of the content is compiled: with --untrusted nothing is, and new code is refused here.
  // (A missing content folder is loadAndCheck's to report.)
  const refused = untrusted && !contentLibrary().contentFolderProblem(contentDir) ? untrustedCode(contentDir, since, notes) : []
  const checked = await loadAndCheck(
    {
      includeDrafts: false,
      hrefPrefix: '',
      // What the site serves from static/, as the build knows it: a link to /favicon.svg is not broken.
      staticFiles: staticFiles(),
      ...(untrusted ? { untrusted: true } : {}),
      // Pages rendered by earlier checks (apart from the build's), so checking again after an edit renders only what changed.
      renderCacheFolder: path.join(projectRoot, 'node_modules', '.cache', 'handbook', 'check-rendered'),
    },
    site,
    env,
  )
  const { handbook } = checked
  let diagnostics = refused.length > 0 ? contentLibrary().sortDiagnostics([...checked.diagnostics, ...refused]) : checked.diagnostics
  const label = contentFileLabel(contentDir)
  if (untrusted && handbook.pages.some((page) => page.format === 'mdx')) notes.push('--untrusted: .mdx pages were parsed and checked, not rendered: their components and expressions did not run')
  if (since !== undefined) diagnostics = contentLibrary().sortDiagnostics([...diagnostics, ...brokenSince(contentDir, since, handbook, args.includes('--fix'), label, notes)])
  if (write) writeSidebars(contentDir, handbook, notes)
  // What --fix did: on stderr when stdout is JSON, so it stays one document.
  if (notes.length > 0) (format === 'json' ? out.stderr : out.stdout)(notes.map((note) => `${contentLibrary().escapeControls(note)}\n`).join(''))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const library = contentLibrary()
  const staleGroups = stale
    ? library.staleGroups(
        handbook.pages.map((page) => ({ ...page, ...(page.fieldLines.reviewed ? { reviewedLine: page.fieldLines.reviewed } : {}) })),
        handbook.directory,
      )
    : undefined
  const source = handbook.source.tool !== 'none' ? { source: library.sourceSummary(handbook) } : {}
  out.stdout(library.checkOutput({ diagnostics, pages: handbook.pages.length, seconds, ...source, ...(staleGroups ? { stale: staleGroups } : {}) }, format, label, { verbose }))
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

/**
 * Runs the check on `args` (the flags, without `node scripts/check.ts`) in the environment `env`, from the
 * project folder. `io` receives the output as it is written (the command passes the process's streams); the
 * result holds it too. An unexpected failure (a bug, not the content's or the command's mistake) rejects.
 */
export async function runCheck(args: readonly string[], env: Env, io?: CheckIo): Promise<CheckResult> {
  let stdout = ''
  let stderr = ''
  const out: CheckIo = {
    stdout: (text) => {
      stdout += text
      io?.stdout(text)
    },
    stderr: (text) => {
      stderr += text
      io?.stderr(text)
    },
  }
  const stop = (code: number, line: string): CheckResult => {
    out.stderr(`${line}\n`)
    return { code, stdout, stderr }
  }
  try {
    const code = await check(args, env, out)
    return { code, stdout, stderr }
  } catch (cause) {
    if (cause instanceof CheckStop) return stop(cause.code, cause.line)
    // A setting written wrong (HANDBOOK_TODAY=tomorrow) is the editor's to fix: say what to write, not where in the code it was found.
    if (cause instanceof SettingsError) return stop(1, `error: ${cause.message}`)
    // A missing or empty content folder: its one line, exit 1, no stack trace.
    if (cause instanceof ContentFolderError) return stop(1, `error: ${contentLibrary().escapeControls(cause.message)}`)
    throw cause
  }
}
