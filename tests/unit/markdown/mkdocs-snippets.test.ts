/**
 * pymdownx.snippets in an MkDocs page, as Material sites write them (from
 * the extension's documentation): a file put in place of its line, in a
 * code fence too, a line range, a section between markers, a block of
 * files, an escaped line; what later steps report maps to the snippet's
 * line; a file that is not there is a warning, as the old site showed
 * nothing there.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandSnippets, snippetTargets } from '../../../src/content/markdown/mkdocs-snippets'
import { loadHandbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'

const FILES: Record<string, string> = {
  'includes/notice.md': 'Shared notice: **read the policy**.\n',
  'includes/steps.md': 'First line.\n--8<-- "includes/notice.md"\n',
  'includes/loop.md': '--8<-- "includes/loop.md"\n',
  'examples/hello.py': 'import sys\n\ndef hello():\n    # --8<-- [start:body]\n    print("hi")\n    # --8<-- [end:body]\n',
}
const find = (file: string) => (file in FILES ? { path: file, text: FILES[file]! } : undefined)

describe('MkDocs snippets', () => {
  it("puts a file in place of its line, indented as the line was, and maps its lines to the snippet's", () => {
    const page = ['# Policy', '', '- Item', '', '    --8<-- "includes/notice.md"', '', 'After.'].join('\n')
    const out = expandSnippets(page, find)
    expect(out.text.split('\n')).toEqual(['# Policy', '', '- Item', '', '    Shared notice: **read the policy**.', '', 'After.'])
    expect(out.problems).toEqual([])
    expect([1, 5, 7].map((line) => out.lineOf!(line))).toEqual([1, 5, 7])
  })

  it('includes source code into a fence, a line range, or the section between its markers (markers never shown)', () => {
    expect(expandSnippets('```python\n--8<-- "examples/hello.py"\n```', find).text).toBe('```python\nimport sys\n\ndef hello():\n    print("hi")\n```')
    expect(expandSnippets('```python\n--8<-- "examples/hello.py:3:3"\n```', find).text).toBe('```python\ndef hello():\n```')
    expect(expandSnippets('```python\n--8<-- "examples/hello.py:body"\n```', find).text).toBe('```python\n    print("hi")\n```')
  })

  it('reads a block of files, snippets inside snippets, and an escaped line as written', () => {
    expect(expandSnippets('--8<--\nincludes/notice.md\n;includes/skipped.md\n--8<--', find).text).toBe('Shared notice: **read the policy**.')
    const nested = expandSnippets('Intro.\n--8<-- "includes/steps.md"\nEnd.', find)
    expect(nested.text).toBe('Intro.\nFirst line.\nShared notice: **read the policy**.\nEnd.')
    expect([1, 2, 3, 4].map((line) => nested.lineOf!(line))).toEqual([1, 2, 2, 3])
    expect(expandSnippets(';--8<-- "includes/notice.md"', find).text).toBe('--8<-- "includes/notice.md"')
  })

  it('warns at its line about a file that is not there, a section that is not, a cycle and an address on the web', () => {
    const out = expandSnippets('One.\n--8<-- "includes/gone.md"\n--8<-- "examples/hello.py:nope"\n--8<-- "includes/loop.md"\n--8<-- "https://example.com/x.md"', find)
    expect(out.text).toBe('One.')
    expect(out.problems.map((problem) => [problem.line, problem.severity, problem.message.split(':')[0]])).toEqual([
      [2, 'warning', '--8<-- "includes/gone.md"'],
      [3, 'warning', '--8<-- "examples/hello.py'],
      [4, 'warning', '--8<-- "includes/loop.md" includes itself through includes/loop.md → includes/loop.md'],
      [5, 'warning', '--8<-- "https'],
    ])
  })

  it('names the files a page asks for, for them to be read before rendering', () => {
    expect(snippetTargets('--8<-- "includes/notice.md"\n```\n--8<-- "examples/hello.py:body"\n```\n--8<--\na.md\n;b.md\n--8<--\n;--8<-- "c.md"')).toEqual(['includes/notice.md', 'examples/hello.py', 'a.md'])
  })
})

describe('MkDocs snippets in a handbook, loaded', () => {
  it("reads a page's snippet from the base_path folders of mkdocs.yml, in the project around the content folder", () => {
    const docs = path.resolve(__dirname, '..', '..', 'fixtures', 'mkdocs', 'docs')
    const handbook = loadHandbook(resolveSettings({}, { HANDBOOK_CONTENT_DIR: docs, HANDBOOK_TODAY: '2026-12-01' }, process.cwd()), { includeDrafts: false, hrefPrefix: '' })
    const page = handbook.pages.find((candidate) => candidate.url === '/about/contributing')!
    expect(page.html).toContain('<p>Questions about these docs? Ask in <strong>#docs-help</strong>, or open an issue.</p>')
    expect(handbook.diagnostics.filter((d) => d.file === 'about/contributing.md')).toEqual([])
  })
})
