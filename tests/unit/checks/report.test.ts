/** How problems are shown: a build's log (errors, the first warnings, a count of the rest) and `npm run check`'s formats. */
import { describe, expect, it } from 'vitest'
import { error, escapeControls, formatDiagnostic, formatGithubAnnotation, warning } from '../../../src/content/common/diagnostics'
import { BUILD_LOG_WARNINGS, buildLogLines, checkOutput } from '../../../src/content/checks/report'

const label = (file: string) => `contents/${file}`

describe('buildLogLines', () => {
  it('lists every error, then the first warnings, then counts the rest', () => {
    const warnings = Array.from({ length: BUILD_LOG_WARNINGS + 3 }, (_, i) => warning('page-empty', `w${String(i).padStart(2, '0')}.md`, 'this page is empty', 1))
    const errors = [error('link-broken', 'z.md', 'broken link "x.md"', 4, 2), error('redirect', 'a.md', 'redirect collides', 3)]
    const lines = buildLogLines([warnings[0]!, errors[0]!, ...warnings.slice(1), errors[1]!], label)
    expect(lines.slice(0, 3)).toEqual(['contents/z.md:4:2: error: broken link "x.md"', 'contents/a.md:3: error: redirect collides', 'contents/w00.md:1: warning: this page is empty'])
    expect(lines).toHaveLength(2 + BUILD_LOG_WARNINGS + 1)
    expect(lines.at(-2)).toBe('contents/w09.md:1: warning: this page is empty')
    expect(lines.at(-1)).toBe('… and 3 more warnings')
  })

  it('adds no count when every warning is shown, and nothing for a clean handbook', () => {
    expect(buildLogLines([warning('title-missing', 'a.md', 'no title', 1)], label)).toEqual(['contents/a.md:1: warning: no title'])
    expect(buildLogLines([], label)).toEqual([])
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
