/** How problems are shown: a build's log (every error, the warnings once per kind) and `npm run check`'s formats. */
import { describe, expect, it } from 'vitest'
import { error, escapeControls, formatDiagnostic, formatGithubAnnotation, warning, type Diagnostic } from '../../../src/content/common/diagnostics'
import { buildLogLines, buildLogSummary, checkOutput } from '../../../src/content/checks/report'
import { WARNINGS_SHOWN_PER_KIND } from '../../../src/content/checks/warning-kinds'

const label = (file: string) => `contents/${file}`

/** An unknown tag's warning as the renderer makes it: the tag is its kind. */
function unknownTag(tag: string, file: string, line: number): Diagnostic {
  return { ...warning('shortcode-unknown', file, `{% ${tag} %} is a Jekyll/Liquid tag; it is shown as a marked placeholder`, line, 1), kind: `{% ${tag} %}` }
}

/** 292 uses of {% slack_channel %} on 120 pages (three on each of the first 52, two on the others), and two of {% uswds_icon %}. */
const tags = [
  ...Array.from({ length: 120 }, (_, i) => Array.from({ length: i < 52 ? 3 : 2 }, (_, use) => unknownTag('slack_channel', `p${String(i).padStart(3, '0')}.md`, 5 + use))).flat(),
  unknownTag('uswds_icon', 'p000.md', 2),
  unknownTag('uswds_icon', 'p007.md', 9),
].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))

describe('buildLogLines', () => {
  it('lists every error, then the warnings: a kind with many as its first and a count of the rest', () => {
    const warnings = Array.from({ length: WARNINGS_SHOWN_PER_KIND + 10 }, (_, i) => warning('page-empty', `w${String(i).padStart(2, '0')}.md`, 'this page is empty', 1))
    const errors = [error('link-broken', 'z.md', 'broken link "x.md"', 4, 2), error('redirect', 'a.md', 'redirect collides', 3)]
    const lines = buildLogLines([warnings[0]!, errors[0]!, ...warnings.slice(1), errors[1]!], label)
    expect(lines).toEqual([
      'contents/z.md:4:2: error: broken link "x.md"',
      'contents/a.md:3: error: redirect collides',
      'contents/w00.md:1: warning: this page is empty',
      `  … and ${WARNINGS_SHOWN_PER_KIND + 9} more on ${WARNINGS_SHOWN_PER_KIND + 9} pages (npm run check -- --verbose lists them)`,
    ])
  })

  it('prints 294 unknown-tag warnings as one line and its count per tag', () => {
    expect(buildLogLines(tags, label)).toEqual([
      'contents/p000.md:2:1: warning: {% uswds_icon %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      'contents/p000.md:5:1: warning: {% slack_channel %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      '  … and 291 more on 120 pages (npm run check -- --verbose lists them)',
      'contents/p007.md:9:1: warning: {% uswds_icon %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
    ])
  })

  it('adds no count when every warning is shown, and nothing for a clean handbook', () => {
    expect(buildLogLines([warning('title-missing', 'a.md', 'no title', 1)], label)).toEqual(['contents/a.md:1: warning: no title'])
    expect(buildLogLines([], label)).toEqual([])
  })
  it('folds the errors one fix mends (a kind) as the check does, and still lists every other error', () => {
    const tagInLink = (file: string, line: number): Diagnostic => ({ ...error('shortcode', file, "{% page %} cannot stand in a link's address", line, 3), kind: "{% page %} in a link's address" })
    const diagnostics = [error('link-broken', 'a.md', 'broken link "x.md"', 1), ...Array.from({ length: 5 }, (_, i) => tagInLink(`t${i}.md`, 2)), error('link-broken', 'z.md', 'broken link "y.md"', 1)]
    expect(buildLogLines(diagnostics, label)).toEqual([
      'contents/a.md:1: error: broken link "x.md"',
      "contents/t0.md:2:3: error: {% page %} cannot stand in a link's address",
      '  … and 4 more on 4 pages (npm run check -- --verbose lists them)',
      'contents/z.md:1: error: broken link "y.md"',
    ])
  })
})

describe('buildLogSummary', () => {
  const stopping = [
    error('frontmatter-yaml', 'a.md', 'malformed frontmatter', 2),
    error('url-duplicate', 'b.md', 'two pages at /b', 1),
    error('frontmatter-yaml', 'c.md', 'malformed frontmatter', 3),
    warning('title-missing', 'a.md', 'no title', 1),
    ...tags,
  ]

  it('ends a stopped build with the problems counted, one line per kind (errors first, most first), and what to do', () => {
    expect(buildLogSummary(stopping, 130, 'stopped')).toEqual([
      '✖ The handbook has 3 errors and 295 warnings in 130 pages, so the site was not built:',
      '    2 errors   frontmatter-yaml',
      '    1 error    url-duplicate',
      '  292 warnings shortcode-unknown {% slack_channel %}',
      '    2 warnings shortcode-unknown {% uswds_icon %}',
      '    1 warning  title-missing',
      'Fix the errors listed above (file:line: message, with the fix) and build again; `npm run check` checks without building, and `npm run check -- --verbose` lists every one of a kind shown once above. HANDBOOK_BROKEN_LINKS=warn lets broken links through while migrating.',
    ])
  })

  it('counts a build that goes on (develop) without saying it stopped, and a warnings-only build by kind', () => {
    expect(buildLogSummary(stopping, 130, 'continues')[0]).toBe('✖ The handbook has 3 errors and 295 warnings in 130 pages:')
    expect(buildLogSummary(stopping, 130, 'continues').at(-1)).toMatch(/^Fix the errors listed above \(file:line: message, with the fix\) and save: the site reloads;/)
    expect(buildLogSummary(tags, 120, 'continues')).toEqual([
      '⚠ The handbook has 294 warnings in 120 pages:',
      '  292 warnings shortcode-unknown {% slack_channel %}',
      '    2 warnings shortcode-unknown {% uswds_icon %}',
      '`npm run check -- --verbose` lists every one of a kind shown once above.',
    ])
  })

  it('says nothing of a handbook without problems', () => {
    expect(buildLogSummary([], 4, 'stopped')).toEqual([])
  })

  it('writes a kind quoting content with its control characters escaped', () => {
    const hostile = { ...warning('shortcode-unknown', 'a.md', 'unknown tag', 1), kind: '{% x\u001b[2J %}' }
    expect(buildLogSummary([hostile], 1, 'continues')[1]).toBe('  1 warning  shortcode-unknown {% x\\x1b[2J %}')
  })
})

describe('checkOutput', () => {
  const diagnostics = [error('link-broken', 'a.md', 'broken link "x.md"', 2, 5), warning('page-empty', 'b.md', 'this page is empty', 1)]

  it('prints the problems in the order given and a summary', () => {
    expect(checkOutput({ diagnostics, pages: 3, seconds: '1.2' }, 'text', label)).toBe(
      'contents/a.md:2:5: error: broken link "x.md"\ncontents/b.md:1: warning: this page is empty\n✖ 1 error and 1 warning in 3 pages (1.2 s)\n',
    )
    expect(checkOutput({ diagnostics: diagnostics.slice(1), pages: 1, seconds: '0.4' }, 'text', label)).toBe('contents/b.md:1: warning: this page is empty\n⚠ 0 errors and 1 warning in 1 page (0.4 s)\n')
    expect(checkOutput({ diagnostics: [], pages: 4, seconds: '0.3' }, 'text', label)).toBe('✔ No problems in 4 pages (0.3 s)\n')
  })

  it('prints GitHub annotations', () => {
    expect(checkOutput({ diagnostics, pages: 3, seconds: '1.2' }, 'github', label).split('\n')).toEqual([
      '::error file=contents/a.md,line=2,col=5,title=link-broken::broken link "x.md"',
      '::warning file=contents/b.md,line=1,title=page-empty::this page is empty',
      '✖ 1 error and 1 warning in 3 pages (1.2 s)',
      '',
    ])
  })

  it('counts the warnings of a kind with many under its first, all of them with --verbose, the summary exact', () => {
    const all = [error('link-broken', 'p000.md', 'broken link "x.md"', 3, 1), ...tags].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    const text = checkOutput({ diagnostics: all, pages: 120, seconds: '2.0' }, 'text', label)
    expect(text.split('\n')).toEqual([
      'contents/p000.md:2:1: warning: {% uswds_icon %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      'contents/p000.md:3:1: error: broken link "x.md"',
      'contents/p000.md:5:1: warning: {% slack_channel %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      '  … and 291 more on 120 pages (npm run check -- --verbose lists them)',
      'contents/p007.md:9:1: warning: {% uswds_icon %} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      '✖ 1 error and 294 warnings in 120 pages (2.0 s)',
      '',
    ])
    const verbose = checkOutput({ diagnostics: all, pages: 120, seconds: '2.0' }, 'text', label, { verbose: true })
    expect(verbose.split('\n')).toEqual([...all.map((d) => formatDiagnostic(d, label)), '✖ 1 error and 294 warnings in 120 pages (2.0 s)', ''])
  })

  it('gives GitHub one annotation per kind with many, the count on its second line, and every one with --verbose', () => {
    const github = checkOutput({ diagnostics: tags, pages: 120, seconds: '2.0' }, 'github', label).split('\n')
    expect(github).toEqual([
      '::warning file=contents/p000.md,line=2,col=1,title=shortcode-unknown::{%25 uswds_icon %25} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      '::warning file=contents/p000.md,line=5,col=1,title=shortcode-unknown::{%25 slack_channel %25} is a Jekyll/Liquid tag; it is shown as a marked placeholder%0A… and 291 more on 120 pages (npm run check -- --verbose lists them)',
      '::warning file=contents/p007.md,line=9,col=1,title=shortcode-unknown::{%25 uswds_icon %25} is a Jekyll/Liquid tag; it is shown as a marked placeholder',
      '⚠ 0 errors and 294 warnings in 120 pages (2.0 s)',
      '',
    ])
    expect(
      checkOutput({ diagnostics: tags, pages: 120, seconds: '2.0' }, 'github', label, { verbose: true })
        .split('\n')
        .filter((line) => line.startsWith('::warning')),
    ).toHaveLength(294)
  })

  it('gives tools every warning in JSON, with its kind, whatever the flags', () => {
    for (const verbose of [false, true]) {
      const json = JSON.parse(checkOutput({ diagnostics: tags, pages: 120, seconds: '2.0' }, 'json', label, { verbose }))
      expect(json).toMatchObject({ errors: 0, warnings: 294 })
      expect(json.diagnostics).toHaveLength(294)
      expect(json.diagnostics.filter((d: { kind?: string }) => d.kind === '{% slack_channel %}')).toHaveLength(292)
    }
  })

  it('prints JSON for tools', () => {
    expect(JSON.parse(checkOutput({ diagnostics, pages: 3, seconds: '1.2' }, 'json', label))).toEqual({
      pages: 3,
      errors: 1,
      warnings: 1,
      seconds: 1.2,
      diagnostics: [
        { file: 'contents/a.md', line: 2, column: 5, severity: 'error', code: 'link-broken', message: 'broken link "x.md"' },
        { file: 'contents/b.md', line: 1, column: null, severity: 'warning', code: 'page-empty', message: 'this page is empty' },
      ],
    })
  })
})

describe('control characters from content', () => {
  const d = error('link-broken', 'a\x1b[2J.md', 'broken link "\x1b[32mNo problems\r\u009b\u202e": fix it\tnow', 2, 1)

  it('are written as escapes in text and GitHub output, tab and line feed kept', () => {
    expect(formatDiagnostic(d)).toBe('a\\x1b[2J.md:2:1: error: broken link "\\x1b[32mNo problems\\x0d\\x9b\\u202e": fix it\tnow')
    expect(formatGithubAnnotation(d)).toBe('::error file=a\\x1b[2J.md,line=2,col=1,title=link-broken::broken link "\\x1b[32mNo problems%0D\\x9b\\u202e": fix it\tnow')
    expect(escapeControls('line\nnext\x00\x7f')).toBe('line\nnext\\x00\\x7f')
  })

  it('are left to JSON, which escapes them', () => {
    const json = checkOutput({ diagnostics: [d], pages: 1, seconds: '0.1' }, 'json', (f) => f)
    expect(json).not.toContain('\x1b')
    expect(JSON.parse(json).diagnostics[0].file).toBe('a\x1b[2J.md')
  })
})
