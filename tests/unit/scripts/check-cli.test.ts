/**
 * The `npm run check` command itself (scripts/check.ts, started as the
 * README and CI start it), once per exit code it promises: 1 with
 * `file:line` lines, 0 on a clean handbook, 2 when the command is used
 * wrong; and what it prints is what runCheck, which the other check tests
 * run in process, returns. (Each case starts a process: about a second.)
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../../scripts/lib/check-command'
import { projectRoot } from '../../../scripts/lib/site'

function env(fixture: string): NodeJS.ProcessEnv {
  return { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_SITE_URL: 'https://handbook.check.test', HANDBOOK_CONTENT_DIR: path.join('tests', 'fixtures', fixture) }
}

function command(fixture: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { cwd: projectRoot, encoding: 'utf8', env: env(fixture) })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The summary's time differs from run to run. */
const timeless = (text: string) => text.replace(/\(\d+\.\d s\)/g, '(… s)')

describe('the npm run check command', { timeout: 30_000 }, () => {
  it('exits 1 with a file:line line per problem, as runCheck reports them', async () => {
    const result = command('check-mistakes')
    expect(result.code).toBe(1)
    expect(result.stdout.split('\n')).toContain(
      'tests/fixtures/check-mistakes/guide/links.md:5:3: error: broken link "missing.md": no page file guide/missing.md. Check the path: it starts from this file\'s folder',
    )
    expect(result.stdout).toMatch(/\n✖ 12 errors and 8 warnings in 11 pages \(\d+\.\d s\)\n$/)
    const inProcess = await runCheck([], env('check-mistakes'))
    expect({ ...result, stdout: timeless(result.stdout) }).toEqual({ ...inProcess, stdout: timeless(inProcess.stdout) })
  })

  it('exits 0 on a clean handbook, printing only the summary', () => {
    const result = command('check-clean')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^✔ No problems in 4 pages \(\d+\.\d s\)\n$/)
    expect(result.stderr).toBe('')
  })

  it('takes --verbose, which lists every warning (counted once per kind without it)', () => {
    const result = command('check-clean', ['--verbose'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^✔ No problems in 4 pages \(\d+\.\d s\)\n$/)
  })

  it('exits 2 on an unknown option, with one line on stderr, as runCheck', async () => {
    const result = command('check-clean', ['--stael'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unknown option --stael: use --stale, --since <git ref>, --fix, --untrusted, --verbose, --write-sidebars, --audience public or internal and --format text, github or json\n',
    })
    expect(await runCheck(['--stael'], env('check-clean'))).toEqual(result)
  })
})
