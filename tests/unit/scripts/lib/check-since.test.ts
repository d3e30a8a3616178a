/**
 * `npm run check -- --since <ref>` on a git repository made by the test:
 * a rename (committed, and one left uncommitted), a `slug:` change, an
 * `index.md` → `README.md` move, deletions (one covered by a redirect added
 * elsewhere), TOML frontmatter; exact messages and exit codes, `--fix`
 * output compared byte for byte, and a shallow clone's error.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCheck } from '../../../../scripts/lib/check-command'
import { commitAll, git } from '../../../support/git'

/** Every commit's date: the repository is the same on every run. */
const AT = { date: '2026-01-01T00:00:00Z' }

/** The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself. */
async function check(contentDir: string, args: string[]) {
  const result = await runCheck(args, { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_SITE_URL: 'https://handbook.check.test', HANDBOOK_CONTENT_DIR: contentDir })
  // Only this check's lines: the fixture's pages also get the other checks' warnings (no links between them).
  const lines = result.stdout.split('\n').filter((line) => line.includes('would break') || line.includes('fixed') || line.includes('add this line'))
  return { code: result.code, lines: lines.map((line) => line.replaceAll(`${contentDir}/`, '')), stdout: result.stdout, stderr: result.stderr }
}

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
}

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8')

let temp: string
/** The repository; the handbook is its `contents/` folder, as in this project. */
let repo: string
let contents: string

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-since-'))
  repo = path.join(temp, 'repo')
  contents = path.join(repo, 'contents')
  fs.mkdirSync(contents, { recursive: true })
  git(repo, ['init', '-q', '-b', 'main'], AT)
  write(contents, {
    'index.md': '---\ntitle: Home\n---\n\nWelcome to the handbook of the fixture company.\n',
    'handbook/old.md': '# Old page\n\nThe old page explains how expenses were filed before the new tool.\n',
    'handbook/policy.md': '---\ntitle: Policy\n---\n\nThe policy page lists the rules about working hours.\n',
    'team/guide.md': '---\ntitle: Guide\nredirect_from:\n  - /guide-old\n---\n\nThe team guide covers onboarding, first weeks and buddies.\n',
    'people/pay.md': "---\ntitle: Pay\naliases: ['/pay'] # Hugo's name\n---\n\nPay is reviewed every year in March, for everyone.\n",
    'hugo/page.md': '+++\ntitle = "Hugo page"\n+++\n\nA page moved from Hugo, with TOML frontmatter, about travel.\n',
    'ops/index.md': '# Operations\n\nOperations runs the office, the laptops and the accounts.\n',
    'retired.md': '# Retired\n\nThis page described a benefit we no longer offer.\n',
    'legacy.md': '# Legacy\n\nThis page described the legacy intranet.\n',
    'drafts.md': '---\ndraft: true\n---\n\nA draft was never published, so deleting it breaks nothing.\n',
    '_includes/note.md': 'An include is not a page.\n',
  })
  commitAll(repo, 'Handbook', AT)
  git(repo, ['checkout', '-q', '-b', 'change'], AT)
  git(repo, ['mv', 'contents/team/guide.md', 'contents/team/howto.md'], AT)
  git(repo, ['mv', 'contents/people/pay.md', 'contents/people/salary.md'], AT)
  git(repo, ['mv', 'contents/hugo/page.md', 'contents/hugo/moved.md'], AT)
  git(repo, ['mv', 'contents/ops/index.md', 'contents/ops/README.md'], AT)
  git(repo, ['rm', '-q', 'contents/retired.md', 'contents/legacy.md', 'contents/drafts.md', 'contents/_includes/note.md'], AT)
  write(contents, {
    'handbook/policy.md': '---\ntitle: Policy\nslug: rules\n---\n\nThe policy page lists the rules about working hours.\n',
    'index.md': '---\ntitle: Home\nredirect_from: [/legacy]\n---\n\nWelcome to the handbook of the fixture company.\n',
    'retire.md': '# Retirement\n\nHow the pension plan works, with the contributions table.\n',
  })
  commitAll(repo, 'Reorganise', AT)
  // Uncommitted, as while editing: still compared.
  git(repo, ['mv', 'contents/handbook/old.md', 'contents/handbook/new.md'], AT)
}, 60_000)

afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true })
})

const BROKEN = [
  'handbook/new.md:1: error: moved from handbook/old.md: its old URL /handbook/old would break; add redirect_from: /handbook/old (or run with --fix)',
  'handbook/policy.md:1: error: its URL changed from /handbook/policy to /handbook/rules: the old URL would break; add redirect_from: /handbook/policy (or run with --fix)',
  'hugo/moved.md:1: error: moved from hugo/page.md: its old URL /hugo/page would break; add redirect_from: /hugo/page (or run with --fix)',
  'people/salary.md:1: error: moved from people/pay.md: its old URL /people/pay would break; add redirect_from: /people/pay (or run with --fix)',
  'retired.md: error: this page was removed: its URL /retired would break. Add redirect_from: /retired to the page that replaces it, e.g. to retire.md (/retire), the closest remaining page',
  'team/howto.md:1: error: moved from team/guide.md: its old URL /team/guide would break; add redirect_from: /team/guide (or run with --fix)',
]

describe('npm run check -- --since', () => {
  it('reports every published URL that would break, at the page to fix, and exits 1', async () => {
    const { code, lines } = await check(contents, ['--since', 'main'])
    expect(lines).toEqual(BROKEN)
    expect(code).toBe(1)
  }, 60_000)

  it('reports them as annotations and JSON too', async () => {
    const github = await check(contents, ['--since=main', '--format', 'github'])
    expect(github.stdout).toContain(`::error file=${contents}/handbook/new.md,line=1,title=url-broken::moved from handbook/old.md: its old URL /handbook/old would break`)
    const json = JSON.parse((await check(contents, ['--since', 'main', '--format=json'])).stdout) as { diagnostics: { code: string; file: string }[] }
    expect(json.diagnostics.filter((d) => d.code === 'url-broken').map((d) => d.file)).toEqual(
      ['handbook/new.md', 'handbook/policy.md', 'hugo/moved.md', 'people/salary.md', 'retired.md', 'team/howto.md'].map((f) => `${contents}/${f}`),
    )
  }, 60_000)

  it('says how to fix a ref that is not in the clone (a shallow clone), exit 2', async () => {
    const shallow = path.join(temp, 'shallow')
    git(temp, ['clone', '-q', '--depth', '1', '--branch', 'change', `file://${repo}`, shallow], AT)
    const { code, stderr } = await check(path.join(shallow, 'contents'), ['--since', 'origin/main'])
    expect(stderr.trim()).toBe(
      'error: --since origin/main: git ref "origin/main" is not in this shallow clone. Fetch the full history: `git fetch --unshallow` locally, or `fetch-depth: 0` in actions/checkout on GitHub Actions',
    )
    expect(code).toBe(2)
  }, 60_000)

  it('rejects unknown options and --fix without --since, exit 2', async () => {
    expect((await check(contents, ['--since', 'main', '--fixx'])).code).toBe(2)
    const fix = await check(contents, ['--fix'])
    expect(fix.code).toBe(2)
    expect(fix.stderr).toContain('use it with --since')
    expect((await check(contents, ['--since'])).code).toBe(2)
  }, 60_000)

  it('--fix writes the redirects into the moved pages, byte for byte, and prints the line for TOML', async () => {
    const { code, lines } = await check(contents, ['--since', 'main', '--fix'])
    expect(lines).toEqual([
      'handbook/new.md: fixed: added redirect_from: /handbook/old',
      'handbook/policy.md: fixed: added redirect_from: /handbook/policy',
      'hugo/moved.md: not fixed (its frontmatter is not YAML): add this line to its frontmatter: redirect_from = ["/hugo/page"]',
      'people/salary.md: fixed: added redirect_from: /people/pay',
      'team/howto.md: fixed: added redirect_from: /team/guide',
      BROKEN[2],
      BROKEN[4],
    ])
    expect(code).toBe(1)
    expect(read(contents, 'handbook/new.md')).toBe('---\nredirect_from:\n  - /handbook/old\n---\n# Old page\n\nThe old page explains how expenses were filed before the new tool.\n')
    expect(read(contents, 'handbook/policy.md')).toBe('---\ntitle: Policy\nslug: rules\nredirect_from:\n  - /handbook/policy\n---\n\nThe policy page lists the rules about working hours.\n')
    expect(read(contents, 'people/salary.md')).toBe("---\ntitle: Pay\naliases: ['/pay', /people/pay] # Hugo's name\n---\n\nPay is reviewed every year in March, for everyone.\n")
    expect(read(contents, 'team/howto.md')).toBe('---\ntitle: Guide\nredirect_from:\n  - /guide-old\n  - /team/guide\n---\n\nThe team guide covers onboarding, first weeks and buddies.\n')
    expect(read(contents, 'hugo/moved.md')).toBe('+++\ntitle = "Hugo page"\n+++\n\nA page moved from Hugo, with TOML frontmatter, about travel.\n')

    // Fixed: only what --fix could not do is left.
    const again = await check(contents, ['--since', 'main'])
    expect(again.lines).toEqual([BROKEN[2], BROKEN[4]])
    expect(again.code).toBe(1)
  }, 120_000)
})
