/**
 * `npm run check -- --stale` on fixture handbooks, with a fixed today
 * (HANDBOOK_TODAY): stale pages grouped by owner, most overdue first, in
 * text, JSON and GitHub annotations; exit 0 when only stale pages or
 * warnings are found, 1 with any error, whatever the flags.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from '../../../../scripts/lib/check-command'
import { projectRoot } from '../../../../scripts/lib/site'
import { loadHandbook, resolveSettings } from '../../../../src/content'

const TODAY = '2026-06-01'
const STALE = 'tests/fixtures/ownership/stale'

/** The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself. */
async function check(fixture: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = await runCheck(args, { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_TODAY: TODAY, ...env, HANDBOOK_CONTENT_DIR: path.join('tests', 'fixtures', 'ownership', fixture) })
  return { code: result.code, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr }
}

// The first case loads the library bundle (seconds on a busy machine).
describe('npm run check -- --stale', { timeout: 30_000 }, () => {
  it('lists stale pages by owner, most overdue first, "No owner" last, and exits 0', async () => {
    const { code, lines } = await check('stale', ['--stale'])
    expect(code).toBe(0)
    expect(lines.slice(0, -1)).toEqual([
      'Stale pages, by owner, most overdue first:',
      'Infrastructure (team infra):',
      `  ${STALE}/ops/deploys.md:3: Deploys: reviewed 2026-01-31, every 3 months, due 2026-04-30, 32 days ago`,
      'People Ops (team people-ops):',
      `  ${STALE}/people-ops/leave.md:3: Leave: reviewed 2025-11-01, every 6 months, due 2026-05-01, 31 days ago`,
      'No owner:',
      `  ${STALE}/laptops.md:3: Laptops: reviewed 2025-04-01, every 1 year, due 2026-04-01, 61 days ago`,
    ])
    expect(lines.at(-1)).toMatch(/^⚠ No problems in 6 pages; 3 stale pages \(\d+\.\d s\)$/)
  })

  it('lists nothing without --stale, and nothing stale on an earlier today', async () => {
    expect((await check('stale')).lines).toEqual([expect.stringMatching(/^✔ No problems in 6 pages \(\d+\.\d s\)$/)])
    const earlier = await check('stale', ['--stale'], { HANDBOOK_TODAY: '2026-04-01' })
    expect(earlier.code).toBe(0)
    expect(earlier.lines[0]).toBe('No stale pages: every reviewed page is within its review interval')
    expect(earlier.lines.at(-1)).toMatch(/^✔ No problems in 6 pages; 0 stale pages/)
  })

  it('writes each stale page once as a GitHub warning at its reviewed: line', async () => {
    const { code, lines } = await check('stale', ['--stale', '--format', 'github'])
    expect(code).toBe(0)
    expect(lines.slice(0, -1)).toEqual([
      `::warning file=${STALE}/laptops.md,line=3,title=page-stale::this page is past its review date: reviewed 2025-04-01, every 1 year, due 2026-04-01, 61 days ago. It has no owner. Once it is reviewed, set reviewed: to that day's date`,
      `::warning file=${STALE}/ops/deploys.md,line=3,title=page-stale::this page is past its review date: reviewed 2026-01-31, every 3 months, due 2026-04-30, 32 days ago. Owned by Infrastructure. Once it is reviewed, set reviewed: to that day's date`,
      `::warning file=${STALE}/people-ops/leave.md,line=3,title=page-stale::this page is past its review date: reviewed 2025-11-01, every 6 months, due 2026-05-01, 31 days ago. Owned by People Ops. Once it is reviewed, set reviewed: to that day's date`,
    ])
  })

  it('adds the groups to the JSON', async () => {
    const { code, lines } = await check('stale', ['--stale', '--format=json'])
    expect(code).toBe(0)
    const result = JSON.parse(lines.join('\n')) as Record<string, unknown>
    expect(result).toMatchObject({ pages: 6, errors: 0, warnings: 0, stalePages: 3, diagnostics: [] })
    expect(result.stale).toEqual([
      {
        owner: { kind: 'team', id: 'infra', name: 'Infrastructure' },
        pages: [{ file: `${STALE}/ops/deploys.md`, line: 3, url: '/ops/deploys', title: 'Deploys', reviewed: '2026-01-31', due: '2026-04-30', every: '3 months', overdueDays: 32 }],
      },
      {
        owner: { kind: 'team', id: 'people-ops', name: 'People Ops' },
        pages: [{ file: `${STALE}/people-ops/leave.md`, line: 3, url: '/people-ops/leave', title: 'Leave', reviewed: '2025-11-01', due: '2026-05-01', every: '6 months', overdueDays: 31 }],
      },
      { owner: null, pages: [{ file: `${STALE}/laptops.md`, line: 3, url: '/laptops', title: 'Laptops', reviewed: '2025-04-01', due: '2026-04-01', every: '1 year', overdueDays: 61 }] },
    ])
  })

  it('exits 1 when there are errors, with --stale as without, in every format', async () => {
    for (const args of [[], ['--stale'], ['--stale', '--format', 'json'], ['--stale', '--format', 'github']]) {
      expect((await check('mistakes', args)).code, args.join(' ')).toBe(1)
    }
    const { lines } = await check('mistakes', ['--stale'])
    const M = 'tests/fixtures/ownership/mistakes'
    expect(lines).toEqual([
      `${M}/_meta.yml:2:1: warning: "reviewd" is not a folder default, so it is ignored. Did you mean reviewed? That one is written in each page's frontmatter, not in a folder's. A _meta.yml may set owner, review_every, visibility`,
      `${M}/_meta.yml:3:1: warning: "reviewed" is not a folder default: a review is of one page. Write reviewed: YYYY-MM-DD in the frontmatter of each page reviewed`,
      `${M}/index.md:3: error: owner "Rosa Marek" is not a team in teams.yml or a person in people.yml. Did you mean rosa_marek (Rosa Marek)?`,
      `${M}/index.md:4: error: "reviewed" is 2026-02-30, which is not a day of the calendar. Write a real date, YYYY-MM-DD, e.g. reviewed: 2026-05-01`,
      `${M}/index.md:5: error: "review_every" must be a time such as 2 weeks, 3 months, 6 months or 1 year (N days, weeks, months or years), but it is the text "6 moons". Write e.g. review_every: 6 months`,
      `${M}/ops/_meta.yml:1:16: error: owner "infar" is not a team in teams.yml or a person in people.yml. Did you mean infra?`,
      `${M}/ops/_meta.yml:2:15: error: "review_every" must be a time such as 2 weeks, 3 months, 6 months or 1 year (N days, weeks, months or years), but it is the text "quarterly". Write e.g. review_every: 6 months`,
      `${M}/ops/deploys.md:3: error: "owner" must be a team slug or person id, or a list of them, but it is a group of fields. Write owner: platform or owner: [platform, jane_doe]`,
      `${M}/ops/deploys.md:4: error: "reviewed" must be a date written YYYY-MM-DD, but it is the text "May 2026". Write e.g. reviewed: 2026-05-01`,
      '',
      'No stale pages: every reviewed page is within its review interval',
      expect.stringMatching(/^✖ 7 errors and 2 warnings in 2 pages; 0 stale pages \(\d+\.\d s\)$/),
    ])
  })

  it('stops with a clear message, not a stack trace, on a bad HANDBOOK_TODAY or an unknown option', async () => {
    const today = await check('stale', ['--stale'], { HANDBOOK_TODAY: 'tomorrow' })
    expect(today.code).toBe(1)
    expect(today.stderr).toBe("error: HANDBOOK_TODAY=tomorrow is not a date: write it YYYY-MM-DD, e.g. HANDBOOK_TODAY=2026-05-01, or leave it unset to use today's date\n")
    const option = await check('stale', ['--stael'])
    expect(option.code).toBe(2)
    expect(option.stderr).toBe('Unknown option --stael: use --stale, --since <git ref>, --fix, --untrusted, --verbose, --write-sidebars, --audience public or internal and --format text, github or json\n')
  })
})

describe('loadHandbook with ownership', () => {
  it('gives every page its ownership and review state, and makes no page of _meta.yml', () => {
    const settings = resolveSettings({ contentDir: STALE }, { HANDBOOK_TODAY: TODAY }, projectRoot)
    const handbook = loadHandbook(settings, { includeDrafts: false, hrefPrefix: '' })
    expect(handbook.diagnostics).toEqual([])
    expect(handbook.pages.map((page) => page.sourcePath).sort()).toEqual(['index.md', 'laptops.md', 'ops/deploys.md', 'ops/on-call.md', 'ops/runbooks/pager.md', 'people-ops/leave.md'])
    const page = (sourcePath: string) => handbook.pages.find((p) => p.sourcePath === sourcePath)!
    expect(page('ops/on-call.md')).toMatchObject({
      ownership: {
        owners: [
          { kind: 'person', id: 'rosa_marek' },
          { kind: 'team', id: 'infra' },
        ],
        ownersFrom: { kind: 'page' },
      },
      review: { reviewed: '2026-05-20', every: '2 weeks', due: '2026-06-03', overdueDays: 0, stale: false },
    })
    // Due today is not past due.
    expect(page('ops/runbooks/pager.md')).toMatchObject({
      ownership: { owners: [{ kind: 'team', id: 'infra' }], ownersFrom: { kind: 'folder', file: 'ops/_meta.yml' } },
      review: { due: '2026-06-01', stale: false },
    })
    expect(page('index.md')).toMatchObject({ ownership: { owners: [] }, review: { every: '1 year', due: '2027-01-10', stale: false } })
    expect(page('ops/deploys.md').fieldLines).toMatchObject({ reviewed: 3 })
  })
})
