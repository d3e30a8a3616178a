/** Warnings counted once per kind: the code and what the warning is about; errors never grouped. */
import { describe, expect, it } from 'vitest'
import { error, sortDiagnostics, warning, type Diagnostic } from '../../../src/content/common/diagnostics'
import { countsByKind, hiddenWarningsNote, shownDiagnostics, WARNINGS_SHOWN_PER_KIND, warningKind } from '../../../src/content/checks/warning-kinds'

const SLACK = '{% slack_channel %} is a Jekyll/Liquid tag; it is shown as a marked placeholder'

/** An unknown tag's warning as the renderer makes it (render-call.ts, render-jobs.ts): the tag is its kind. */
function unknownTag(tag: string, file: string, line: number): Diagnostic {
  return { ...warning('shortcode-unknown', file, `{% ${tag} %} is a Jekyll/Liquid tag; it is shown as a marked placeholder`, line, 5), kind: `{% ${tag} %}` }
}

/** 292 uses of {% slack_channel %} over 120 pages, as in the 18F handbook: pages 1–52 three each, 53–120 two each. */
function slackChannels(): Diagnostic[] {
  return Array.from({ length: 120 }, (_, i) => {
    const file = `tools/page-${String(i + 1).padStart(3, '0')}.md`
    return Array.from({ length: i < 52 ? 3 : 2 }, (_, use) => unknownTag('slack_channel', file, 10 + use))
  }).flat()
}

describe('warningKind', () => {
  it('is the code, and what the warning is about when it says', () => {
    expect(warningKind(warning('page-unlinked', 'a.md', 'no other page links to this page', 1))).toBe('page-unlinked')
    expect(warningKind(unknownTag('slack_channel', 'a.md', 1))).toBe('shortcode-unknown {% slack_channel %}')
    expect(warningKind(unknownTag('uswds_icon', 'a.md', 1))).not.toBe(warningKind(unknownTag('slack_channel', 'a.md', 1)))
  })
})

describe('shownDiagnostics', () => {
  it('shows 292 warnings of one tag over 120 pages as the first and a count of the rest', () => {
    const uses = slackChannels()
    expect(uses).toHaveLength(292)
    const shown = shownDiagnostics(uses)
    expect(shown).toEqual([{ diagnostic: uses[0], hidden: { count: 291, files: 120, allPages: true } }])
    expect(hiddenWarningsNote(shown[0]!.hidden!)).toBe('… and 291 more on 120 pages (npm run check -- --verbose lists them)')
    expect(shown[0]!.diagnostic.message).toBe(SLACK)
  })

  it('keeps each kind apart, shows a kind with few in full, and every error where it stands', () => {
    const icons = [unknownTag('uswds_icon', 'b.md', 3), unknownTag('uswds_icon', 'c.md', 8)]
    const unlinked = ['a.md', 'b.md', 'c.md', 'd.md'].map((file) => warning('page-unlinked', file, 'no other page links to this page', 1))
    const broken = [
      error('link-broken', 'b.md', 'broken link "x.md"', 4, 2),
      error('link-broken', 'c.md', 'broken link "x.md"', 4, 2),
      error('link-broken', 'd.md', 'broken link "x.md"', 4, 2),
      error('link-broken', 'e.md', 'broken link "x.md"', 4, 2),
    ]
    const all = sortDiagnostics([...slackChannels(), ...icons, ...unlinked, ...broken])
    const shown = shownDiagnostics(all)
    expect(shown.map(({ diagnostic, hidden }) => [diagnostic.file, diagnostic.code, diagnostic.kind ?? null, hidden ?? null])).toEqual([
      ['a.md', 'page-unlinked', null, { count: 3, files: 3, allPages: true }],
      ['b.md', 'shortcode-unknown', '{% uswds_icon %}', null],
      ['b.md', 'link-broken', null, null],
      ['c.md', 'link-broken', null, null],
      ['c.md', 'shortcode-unknown', '{% uswds_icon %}', null],
      ['d.md', 'link-broken', null, null],
      ['e.md', 'link-broken', null, null],
      ['tools/page-001.md', 'shortcode-unknown', '{% slack_channel %}', { count: 291, files: 120, allPages: true }],
    ])
  })

  it('counts the errors one fix mends (given a kind where they are found) like warnings, apart from the warnings of that kind', () => {
    const unmapped = ['a.md', 'b.md', 'b.md', 'c.md', 'd.md'].map((file, i) => ({
      ...error('shortcode', file, "{% page %} cannot stand in a link's address unless it is mapped", i + 1, 3),
      kind: "{% page %} in a link's address",
    }))
    const warned = { ...warning('shortcode', 'a.md', 'x', 9), kind: "{% page %} in a link's address" }
    const shown = shownDiagnostics(sortDiagnostics([...unmapped, warned]))
    expect(shown.map(({ diagnostic, hidden }) => [diagnostic.file, diagnostic.line, diagnostic.severity, hidden ?? null])).toEqual([
      ['a.md', 1, 'error', { count: 4, files: 3, allPages: true }],
      ['a.md', 9, 'warning', null],
    ])
  })

  it(`shows ${WARNINGS_SHOWN_PER_KIND} of a kind in full, and counts from one more`, () => {
    const empty = (n: number) => Array.from({ length: n }, (_, i) => warning('page-empty', `p${i}.md`, 'this page is empty', 1))
    expect(shownDiagnostics(empty(WARNINGS_SHOWN_PER_KIND))).toEqual(empty(WARNINGS_SHOWN_PER_KIND).map((diagnostic) => ({ diagnostic })))
    expect(shownDiagnostics(empty(WARNINGS_SHOWN_PER_KIND + 1))).toEqual([{ diagnostic: empty(1)[0], hidden: { count: WARNINGS_SHOWN_PER_KIND, files: WARNINGS_SHOWN_PER_KIND, allPages: true } }])
    expect(shownDiagnostics([])).toEqual([])
  })
})

describe('hiddenWarningsNote', () => {
  it('counts pages, or files when some are not pages, one or many', () => {
    expect(hiddenWarningsNote({ count: 1, files: 1, allPages: true })).toBe('… and 1 more on 1 page (npm run check -- --verbose lists them)')
    const settings = shownDiagnostics([2, 3, 4, 5].map((line) => ({ ...warning('settings-unknown-field', 'handbook.yml', '"colour" is not a setting', line), kind: 'colour' })))
    expect(hiddenWarningsNote(settings[0]!.hidden!)).toBe('… and 3 more on 1 file (npm run check -- --verbose lists them)')
  })
})

describe('countsByKind', () => {
  it('counts every problem by severity and kind: errors first, then most first, then by kind', () => {
    const diagnostics = sortDiagnostics([
      ...slackChannels(),
      unknownTag('uswds_icon', 'a.md', 3),
      warning('link-http', 'a.md', 'uses http', 4),
      warning('link-http', 'b.md', 'uses http', 4),
      error('link-broken', 'a.md', 'broken link', 2),
      { ...error('shortcode', 'b.md', "{% page %} cannot stand in a link's address", 5), kind: "{% page %} in a link's address" },
      { ...error('shortcode', 'c.md', "{% page %} cannot stand in a link's address", 5), kind: "{% page %} in a link's address" },
    ])
    expect(countsByKind(diagnostics)).toEqual([
      { severity: 'error', kind: "shortcode {% page %} in a link's address", count: 2 },
      { severity: 'error', kind: 'link-broken', count: 1 },
      { severity: 'warning', kind: 'shortcode-unknown {% slack_channel %}', count: 292 },
      { severity: 'warning', kind: 'link-http', count: 2 },
      { severity: 'warning', kind: 'shortcode-unknown {% uswds_icon %}', count: 1 },
    ])
    expect(countsByKind([])).toEqual([])
  })
})
