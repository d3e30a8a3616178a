/**
 * The page fields of ownership (`owner`, `reviewed`, `review_every`) as
 * frontmatter: coercions, every error at its line with the accepted forms,
 * TOML dates as written; and the settings: HANDBOOK_TODAY and reviewEvery.
 */
import { describe, expect, it } from 'vitest'
import { parseSource } from '../../../../src/content/frontmatter'
import { resolveSettings, SettingsError } from '../../../../src/content/settings'

describe('ownership frontmatter', () => {
  it('reads one owner as a list of one, dates and intervals as written', () => {
    const parsed = parseSource('p.md', '---\ntitle: T\nowner: infra\nreviewed: 2026-05-01\nreview_every: 6 months\n---\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ owner: ['infra'], reviewed: '2026-05-01', review_every: '6 months' })
    expect(parseSource('p.md', '---\nowner: [infra, rosa_marek]\n---\n').frontmatter.owner).toEqual(['infra', 'rosa_marek'])
    expect(parseSource('p.md', '---\nowner:\nreviewed:\n---\n').frontmatter).not.toHaveProperty('owner')
  })

  it('reads a TOML date as the day typed, with no time zone shift', () => {
    const parsed = parseSource('p.md', '+++\nreviewed = 2026-05-01\nowner = "infra"\nreview_every = "1 year"\n+++\n')
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ reviewed: '2026-05-01', owner: ['infra'], review_every: '1 year' })
  })

  it('reports each wrong field at its line with the accepted forms', () => {
    const parsed = parseSource('p.md', '---\ntitle: T\nowner: {team: infra}\nreviewed: May 2026\nreview_every: quarterly\n---\n')
    expect(parsed.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'frontmatter-type',
        file: 'p.md',
        line: 3,
        message: '"owner" must be a team slug or person id, or a list of them, but it is a group of fields. Write owner: platform or owner: [platform, jane_doe]',
      },
      { severity: 'error', code: 'frontmatter-type', file: 'p.md', line: 4, message: '"reviewed" must be a date written YYYY-MM-DD, but it is the text "May 2026". Write e.g. reviewed: 2026-05-01' },
      {
        severity: 'error',
        code: 'frontmatter-type',
        file: 'p.md',
        line: 5,
        message: '"review_every" must be a time such as 2 weeks, 3 months, 6 months or 1 year (N days, weeks, months or years), but it is the text "quarterly". Write e.g. review_every: 6 months',
      },
    ])
    expect(parsed.frontmatter).toMatchObject({ title: 'T' })
    expect(parsed.frontmatter).not.toHaveProperty('reviewed')
  })

  it('says when a date has the right form but is not a day', () => {
    expect(parseSource('p.md', '---\nreviewed: 2026-02-30\n---\n').diagnostics).toEqual([
      { severity: 'error', code: 'frontmatter-type', file: 'p.md', line: 2, message: '"reviewed" is 2026-02-30, which is not a day of the calendar. Write a real date, YYYY-MM-DD, e.g. reviewed: 2026-05-01' },
    ])
    expect(parseSource('p.md', '---\nowner: [infra, ""]\n---\n').diagnostics).toMatchObject([{ code: 'frontmatter-type', line: 2 }])
  })
})

describe('ownership settings', () => {
  const clock = new Date(2026, 11, 1, 23, 30)

  it('takes today from HANDBOOK_TODAY, else from the clock', () => {
    expect(resolveSettings({}, { HANDBOOK_TODAY: '2026-05-01' }, '/site', clock).today).toBe('2026-05-01')
    expect(resolveSettings({}, {}, '/site', clock).today).toBe('2026-12-01')
  })

  it('rejects a HANDBOOK_TODAY that is not a date with a message saying what to write', () => {
    expect(() => resolveSettings({}, { HANDBOOK_TODAY: '2026-6-1' }, '/site', clock)).toThrow(
      new SettingsError("HANDBOOK_TODAY=2026-6-1 is not a date: write it YYYY-MM-DD, e.g. HANDBOOK_TODAY=2026-05-01, or leave it unset to use today's date"),
    )
  })

  it('has no review interval and no owner requirement by default, and checks reviewEvery', () => {
    expect(resolveSettings({}, {}, '/site', clock)).toMatchObject({ requireOwner: false })
    expect(resolveSettings({}, {}, '/site', clock).reviewEvery).toBeUndefined()
    expect(resolveSettings({ reviewEvery: ' 6 months ', requireOwner: true }, {}, '/site', clock)).toMatchObject({ reviewEvery: '6 months', requireOwner: true })
    expect(() => resolveSettings({ reviewEvery: 'yearly' }, {}, '/site', clock)).toThrow(SettingsError)
  })
})
