/**
 * What a pull request may not bring without a maintainer's approval, for
 * `npm run check -- --untrusted`: code, which would run with the build's
 * rights (its files, its environment, its tokens) the moment a check or a
 * build compiled it. New or changed since the git base:
 *
 * - code in an `.mdx` file (markdown/mdx-code.ts): each expression, import,
 *   export or script-running tag that the base's version of the file does
 *   not already have, at its line;
 * - any file of `_components/` (the handbook's own React components);
 * - handbook.yml's code-like settings (CODE_LIKE_SETTINGS).
 *
 * Found by reading and parsing the texts only: nothing here runs them. Pure:
 * the caller reads the files and the base (load/untrusted-base.ts).
 */
import { assertNever } from '../../shared/assert-never'
import { error, type Diagnostic } from '../common/diagnostics'
import { bodyWithoutFrontmatter } from '../frontmatter'
import { codeInMdx, type CodeInPage } from '../markdown/mdx-code'
import { markdownPlugins } from '../features'
import { COMPONENTS_FOLDER } from '../components/files'
import { SETTINGS_FILE } from '../settings'
import { readYamlMap } from '../common/yaml-map'
import type { Rename } from './url-changes'

/**
 * handbook.yml's settings that decide what code pages run. Only `iframeHosts`:
 * it lets every page frame other sites, whose script then runs inside the
 * handbook's pages. The others are text, colours, numbers, files and links
 * checked as such; `shortcodes` can only name our own blocks.
 */
export const CODE_LIKE_SETTINGS: readonly string[] = ['iframeHosts']

export const UNTRUSTED_CODE = 'untrusted-code'

/** What every message ends with: who may approve it, and why the check stops here. */
export const APPROVAL = 'a maintainer must approve it (CODEOWNERS; this check ran with --untrusted, as on pull requests, and ran none of it)'

/** The files the untrusted check reads, by path relative to the content folder. */
export function isUntrustedCheckFile(sourcePath: string): boolean {
  return /\.mdx$/i.test(sourcePath) || sourcePath.startsWith(`${COMPONENTS_FOLDER}/`) || sourcePath === SETTINGS_FILE
}

export interface UntrustedInput {
  /** The files isUntrustedCheckFile picks, as they are now. */
  current: ReadonlyMap<string, string>
  /** The same files at the git base; undefined when there is none (everything counts as new). */
  base?: ReadonlyMap<string, string>
  /** git's renames from the base: a renamed file is compared with its old self. */
  renames?: readonly Rename[]
}

const MAX_SHOWN = 80

/** Code as the message shows it: one line, shortened. */
function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text
}

function mdxMessage(code: CodeInPage): string {
  const what = shown(code.text)
  switch (code.kind) {
    case 'expression':
      return `${what} is an MDX expression: code that runs at build time with the build's rights, so ${APPROVAL}. For literal braces write \\{ and \\}, or make the page .md`
    case 'attribute':
    case 'spread':
      return `${what} is an MDX expression: code that runs at build time with the build's rights, so ${APPROVAL}. For text write the value in quotes (title="…")`
    case 'import':
      return `${what}: an .mdx page may import only the handbook's components (${COMPONENTS_FOLDER}/) and .md or .mdx snippets of the content folder without review; other code runs at build time with the build's rights, so ${APPROVAL}`
    case 'esm':
      return `${what} is JavaScript in an MDX page: code that runs at build time with the build's rights, so ${APPROVAL}. Remove it, or make the page .md`
    case 'html':
      return `${what} runs script in readers' browsers (the HTML of an .mdx page is not cleaned as a .md page's is), so ${APPROVAL}. Or move the content to a .md page`
    default:
      return assertNever(code.kind)
  }
}

/** The code of `text` that `approved` (the base's) does not have, each as many times as it appears there. */
function newCode(text: string, approved: string | undefined, sourcePath: string): CodeInPage[] {
  const code = codeInMdx(bodyWithoutFrontmatter(text), sourcePath, markdownPlugins().remark)
  if (approved === undefined) return code
  const counts = new Map<string, number>()
  for (const old of codeInMdx(bodyWithoutFrontmatter(approved), sourcePath, markdownPlugins().remark)) counts.set(old.text, (counts.get(old.text) ?? 0) + 1)
  return code.filter((c) => {
    const left = counts.get(c.text) ?? 0
    if (left > 0) counts.set(c.text, left - 1)
    return left === 0
  })
}

/** The first line where two texts differ (1-based). */
function firstChangedLine(now: string, before: string | undefined): number {
  if (before === undefined) return 1
  const a = now.split('\n')
  const b = before.split('\n')
  const index = a.findIndex((line, i) => line !== b[i])
  return index >= 0 ? index + 1 : Math.max(1, a.length)
}

function settingsDiagnostics(now: string | undefined, before: string | undefined, hasBase: boolean): Diagnostic[] {
  const ignored: Diagnostic[] = []
  const entries = (text: string | undefined) => (text === undefined ? [] : (readYamlMap(SETTINGS_FILE, text, ignored, '')?.entries ?? []))
  const current = entries(now)
  const old = entries(before)
  const diagnostics: Diagnostic[] = []
  for (const key of CODE_LIKE_SETTINGS) {
    const entry = current.find((e) => e.key === key)
    const was = old.find((e) => e.key === key)
    if (JSON.stringify(entry?.value) === JSON.stringify(was?.value) && (hasBase || entry === undefined)) continue
    const place = entry?.keyPlace
    const change = !hasBase || was === undefined ? 'is set' : entry === undefined ? 'was removed (its default hosts apply)' : 'changed'
    diagnostics.push(
      error(UNTRUSTED_CODE, SETTINGS_FILE, `"${key}" ${change}: it decides which other sites' pages, and their script, the handbook's pages may embed, so ${APPROVAL}`, place?.line ?? 1, place?.column),
    )
  }
  return diagnostics
}

export function untrustedCode(input: UntrustedInput): Diagnostic[] {
  const { current, base } = input
  const oldPath = new Map((input.renames ?? []).map((r) => [r.to, r.from]))
  const before = (sourcePath: string) => {
    const was = oldPath.get(sourcePath) ?? sourcePath
    // Only an .mdx file's code was approved: the braces of a .md page renamed to .mdx were text.
    return /\.mdx$/i.test(sourcePath) && !/\.mdx$/i.test(was) ? undefined : base?.get(was)
  }
  const diagnostics: Diagnostic[] = []
  for (const [sourcePath, text] of [...current].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const approved = before(sourcePath)
    if (approved === text) continue
    if (sourcePath.startsWith(`${COMPONENTS_FOLDER}/`)) {
      const what = approved === undefined ? 'is new' : 'changed'
      diagnostics.push(
        error(
          UNTRUSTED_CODE,
          sourcePath,
          `this file of the handbook's components ${what}: ${COMPONENTS_FOLDER}/ is code that runs at build time with the build's rights, so ${APPROVAL}`,
          firstChangedLine(text, approved),
          1,
        ),
      )
    } else if (/\.mdx$/i.test(sourcePath)) {
      for (const code of newCode(text, approved, sourcePath)) diagnostics.push(error(UNTRUSTED_CODE, sourcePath, mdxMessage(code), code.line, code.column))
    }
  }
  if (current.has(SETTINGS_FILE) || base?.has(SETTINGS_FILE)) diagnostics.push(...settingsDiagnostics(current.get(SETTINGS_FILE), before(SETTINGS_FILE), base !== undefined))
  return diagnostics
}
