/**
 * The one `git` of the tests: a repository made by a test must not depend on
 * the machine's git configuration (identity, signing, default branch, hooks
 * in ~/.gitconfig), and a commit's date must be the test's, not the clock's.
 */
import { spawnSync } from 'node:child_process'

export interface GitOptions {
  /** Author and committer date of what this command commits (ISO 8601). */
  date?: string
  /** Author and committer name (default "Test"); the e-mail follows unless given. */
  author?: string
  email?: string
  /** Standard input, e.g. a commit message for `commit -F -`. */
  input?: string
}

/** Runs git in `cwd` and returns its standard output; throws with git's own message when it fails. */
export function git(cwd: string, args: readonly string[], options: GitOptions = {}): string {
  const name = options.author ?? 'Test'
  const email = options.email ?? 'test@example.com'
  const dated = options.date ? { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date } : {}
  const result = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    ...(options.input !== undefined ? { input: options.input } : {}),
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...dated,
    },
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} (in ${cwd}): ${result.stderr}`)
  return result.stdout
}

/** Stages everything in `cwd` and commits it with `message` on `date`. */
export function commitAll(cwd: string, message: string, options: GitOptions = {}): void {
  git(cwd, ['add', '-A'], options)
  git(cwd, ['commit', '-q', '--cleanup=verbatim', '-F', '-'], { ...options, input: message })
}
