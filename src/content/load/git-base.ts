/**
 * The content folder at the merge base of a git ref and HEAD, for
 * `npm run check -- --since <ref>`: its files (`git ls-tree`, then every
 * page's text through ONE `git cat-file --batch`) and git's renames from
 * there to the working tree, uncommitted changes included
 * (`git diff -M --name-status <base>`). The edge: url-changes.ts is the logic.
 */
import { spawnSync } from 'node:child_process'
import type { FileText, Rename } from '../checks/url-changes'
import { pageFormatOf } from './content-files'

/** Why the comparison cannot run: shown as it is, on one line. */
export class GitBaseError extends Error {
  override name = 'GitBaseError'
}

export interface ContentAtBase {
  /** The merge base's commit id. */
  base: string
  /** Every page file of the content folder at the base, relative to it. */
  files: FileText[]
  renames: Rename[]
}

const FETCH_FIX = 'Fetch the full history: `git fetch --unshallow` locally, or `fetch-depth: 0` in actions/checkout on GitHub Actions'

function git(cwd: string, args: readonly string[], input?: Buffer): { ok: boolean; out: Buffer; err: string } {
  const result = spawnSync('git', args, { cwd, maxBuffer: 1024 * 1024 * 1024, ...(input ? { input } : {}) })
  return { ok: result.status === 0 && !result.error, out: result.stdout ?? Buffer.alloc(0), err: result.stderr?.toString('utf8').trim() ?? String(result.error) }
}

const text = (out: Buffer) => out.toString('utf8').trim()

/** Whether `ref` names a commit of the repository that holds the content folder (false outside a repository). */
export function hasCommit(contentDir: string, ref: string): boolean {
  return !ref.startsWith('-') && git(contentDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok
}

/** The merge base of `ref` and HEAD, or a GitBaseError that says how to make it available. */
export function mergeBase(contentDir: string, ref: string): string {
  if (ref.startsWith('-') || ref.trim() === '') throw new GitBaseError(`"${ref}" is not a git ref: use --since <branch, tag or commit>, e.g. --since origin/main`)
  if (!git(contentDir, ['rev-parse', '--is-inside-work-tree']).ok) {
    throw new GitBaseError(`the content folder ${contentDir} is not in a git repository, so --since has no history to compare with`)
  }
  const shallow = text(git(contentDir, ['rev-parse', '--is-shallow-repository']).out) === 'true'
  if (!git(contentDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) {
    throw new GitBaseError(
      `git ref "${ref}" is not in this ${shallow ? 'shallow clone' : 'repository'}. ${shallow ? FETCH_FIX : `Fetch it first (git fetch origin), or check its name; on GitHub Actions use \`fetch-depth: 0\` in actions/checkout`}`,
    )
  }
  const base = git(contentDir, ['merge-base', ref, 'HEAD'])
  if (!base.ok) throw new GitBaseError(`"${ref}" and HEAD have no common commit${shallow ? ' in this shallow clone' : ''}. ${FETCH_FIX}`)
  return text(base.out)
}

/** Paths git prints (`-z`, so unquoted) as the content folder names them. */
const contentPath = (raw: string) => raw.normalize('NFC')

/** The page files under the content folder at `commit`, with their text. */
export function filesAt(contentDir: string, commit: string): FileText[] {
  return textsAt(contentDir, commit, (sourcePath) => pageFormatOf(sourcePath) !== undefined)
}

/** The files under the content folder at `commit` that `keep` picks (by path relative to it), with their text. */
export function textsAt(contentDir: string, commit: string, keep: (sourcePath: string) => boolean): FileText[] {
  const prefix = text(git(contentDir, ['rev-parse', '--show-prefix']).out)
  const tree = git(contentDir, ['ls-tree', '-r', '-z', '--full-name', commit, '--', '.'])
  if (!tree.ok) throw new GitBaseError(`git ls-tree failed: ${tree.err}`)
  const entries: { path: string; object: string }[] = []
  for (const record of tree.out.toString('utf8').split('\0')) {
    // `<mode> <type> <object>\t<path>`; symbolic links (120000) hold a path, not a page.
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(record)
    if (!match || match[1] === '120000' || !match[3]!.startsWith(prefix)) continue
    const sourcePath = contentPath(match[3]!.slice(prefix.length))
    if (keep(sourcePath)) entries.push({ path: sourcePath, object: match[2]! })
  }
  if (entries.length === 0) return []
  const batch = git(contentDir, ['cat-file', '--batch'], Buffer.from(entries.map((e) => e.object).join('\n') + '\n'))
  if (!batch.ok) throw new GitBaseError(`git cat-file failed: ${batch.err}`)
  // Each answer: `<object> blob <size>\n<size bytes>\n`, in the order asked.
  const files: FileText[] = []
  let offset = 0
  for (const entry of entries) {
    const headerEnd = batch.out.indexOf(0x0a, offset)
    const header = batch.out.subarray(offset, headerEnd).toString('utf8').split(' ')
    const size = Number(header[2])
    if (header[1] !== 'blob' || !Number.isFinite(size)) throw new GitBaseError(`git cat-file: unexpected answer for ${entry.path}`)
    files.push({ path: entry.path, text: batch.out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8') })
    offset = headerEnd + 1 + size + 1
  }
  return files
}

/** Files git pairs as renamed from `commit` to the working tree (tracked changes, committed or not). */
export function renamesSince(contentDir: string, commit: string): Rename[] {
  const diff = git(contentDir, ['diff', '-M', '--name-status', '-z', '--relative', commit, '--', '.'])
  if (!diff.ok) throw new GitBaseError(`git diff failed: ${diff.err}`)
  const fields = diff.out.toString('utf8').split('\0')
  const renames: Rename[] = []
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]!
    if (status === '') continue
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!
      const to = fields[i++]!
      if (status.startsWith('R')) renames.push({ from: contentPath(from), to: contentPath(to) })
    } else i++
  }
  return renames
}

export function contentAtBase(contentDir: string, ref: string): ContentAtBase {
  const base = mergeBase(contentDir, ref)
  return { base, files: filesAt(contentDir, base), renames: renamesSince(contentDir, base) }
}
