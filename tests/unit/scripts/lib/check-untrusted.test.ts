/**
 * `npm run check -- --untrusted`, the pull-request check, on a git
 * repository made by the test: a branch adds MDX expressions, an export, an
 * import from outside the handbook and of a package, script-running HTML,
 * a changed `_components/` file whose top level writes a marker file, and a
 * changed `iframeHosts`. Each is an `untrusted-code` error at its line;
 * nothing ran (no marker, no SECRET_TOKEN in the output); code the base
 * already had, and a .md edit, are not errors. The same repository checked
 * without --untrusted runs the code: the marker and the token appear, so
 * the assertions above can fail. In process: the base found without --since
 * (origin/main's merge base, or none), and the code an .mdx text carries.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runCheck } from '../../../../scripts/lib/check-command'
import { checkUntrustedCode } from '../../../../src/content/checks/untrusted-base'
import { codeInMdx } from '../../../../src/content/markdown/mdx-code'
import { untrustedCode } from '../../../../src/content/checks/untrusted-code'
import { commitAll, git } from '../../../support/git'

const SECRET = 'sk-untrusted-4b1d9e'
/** Every commit's date: the repository is the same on every run. */
const AT = { date: '2026-01-01T00:00:00Z' }

/**
 * The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself. The
 * content's code, were it run, would run in this process and read this process's environment: the token and
 * the marker's path are set there too while the check runs, so "nothing ran" can fail (the check without
 * --untrusted below shows it does).
 */
async function check(contentDir: string, args: string[], marker: string) {
  vi.stubEnv('SECRET_TOKEN', SECRET)
  vi.stubEnv('MARKER', marker)
  try {
    const result = await runCheck(args, { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_SITE_URL: 'https://handbook.check.test', HANDBOOK_CONTENT_DIR: contentDir, SECRET_TOKEN: SECRET, MARKER: marker })
    const lines = result.stdout.split('\n').map((line) => line.replaceAll(`${contentDir}/`, ''))
    return { code: result.code, lines, output: result.stdout + result.stderr }
  } finally {
    vi.unstubAllEnvs()
  }
}

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
}

/** A component whose top level writes the file $MARKER names: run, it leaves a trace. */
const WRITES_MARKER = [
  'const env = (globalThis as any).process.env',
  "if (env.MARKER) (globalThis as any).process.getBuiltinModule('fs').writeFileSync(env.MARKER, 'ran')",
  'export default function Foo() {',
  '  return <b>foo</b>',
  '}',
  '',
].join('\n')

let temp: string
let repo: string
let contents: string

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-untrusted-'))
  repo = path.join(temp, 'repo')
  contents = path.join(repo, 'contents')
  fs.mkdirSync(contents, { recursive: true })
  git(repo, ['init', '-q', '-b', 'main'], AT)
  write(contents, {
    'index.md': '---\ntitle: Home\n---\n\nWelcome. See [year](year.mdx), [plain](plain.md) and [edited](edited.mdx).\n',
    'plain.md': '# Plain\n\nA plain page about holidays.\n',
    'year.mdx': '---\ntitle: Year\n---\n\nThe year is {new Date().getFullYear()}.\n\n<Foo />\n',
    'edited.mdx': '---\ntitle: Edited\n---\n\nApproved: {Math.max(1, 2)}.\n',
    '_components/Foo.tsx': 'export default function Foo() {\n  return <b>foo</b>\n}\n',
    'handbook.yml': 'title: Fixture\niframeHosts: [www.youtube.com]\n',
  })
  commitAll(repo, 'Handbook', AT)
  git(repo, ['checkout', '-q', '-b', 'change'], AT)
  write(contents, {
    'index.md': '---\ntitle: Home\n---\n\nWelcome. See [year](year.mdx), [plain](plain.md), [edited](edited.mdx), [a](a.mdx), [b](b.mdx), [c](c.mdx) and [leak](leak.mdx).\n',
    'plain.md': '# Plain\n\nA plain page about holidays, {braces} and all.\n',
    // (a) expressions and script-running HTML; values written out and comments run nothing.
    'a.mdx': [
      '---',
      'title: A',
      '---',
      '',
      'Token: {process.env.SECRET_TOKEN}',
      '',
      '{/* a comment */} <Foo count={3} items={["a", { b: -1 }]} />',
      '',
      '<a href="javascript:alert(1)">x</a> <script>alert(1)</script>',
      '',
    ].join('\n'),
    // Would print the token in the error it throws, if run.
    'leak.mdx': "---\ntitle: Leak\n---\n\n{(() => { throw new Error('leaked ' + globalThis.process.env.SECRET_TOKEN) })()}\n",
    // (b) an export that would write a file.
    'b.mdx': "---\ntitle: B\n---\n\nexport const x = require('fs').writeFileSync('/tmp/pwned', 'x')\n\nB.\n",
    // (c) imports from outside the content folder and of a package; the component and a snippet are fine.
    'c.mdx': "import secrets from '../../etc/x'\nimport pad from 'left-pad'\nimport Foo2 from './_components/Foo'\nimport Snip from './_snip.mdx'\n\n# C\n\n<Foo2 /> <Snip />\n",
    '_snip.mdx': 'A snippet.\n',
    // The approved expression kept, one added.
    'edited.mdx': '---\ntitle: Edited\n---\n\nApproved: {Math.max(1, 2)}. New: {Math.min(1, 2)}.\n',
    // (d) a component whose top level writes the marker.
    '_components/Foo.tsx': WRITES_MARKER,
    // (e) a code-like setting.
    'handbook.yml': 'title: Fixture\niframeHosts: [www.youtube.com, evil.example]\n',
  })
  commitAll(repo, 'Change', AT)
}, 60_000)

afterAll(() => {
  fs.rmSync(temp, { recursive: true, force: true })
})

const APPROVAL = 'a maintainer must approve it (CODEOWNERS; this check ran with --untrusted, as on pull requests, and ran none of it)'
const EXPRESSION = `code that runs at build time with the build's rights, so ${APPROVAL}`

describe('npm run check -- --untrusted', () => {
  it('refuses each piece of new code at its line, runs none of it, and exits 1', async () => {
    const marker = path.join(temp, 'marker-untrusted')
    const { code, lines, output } = await check(contents, ['--untrusted', '--since', 'main'], marker)
    expect(lines.filter((line) => line.includes('CODEOWNERS'))).toEqual([
      `_components/Foo.tsx:1:1: error: this file of the handbook's components changed: _components/ is ${EXPRESSION}`,
      `a.mdx:5:8: error: {process.env.SECRET_TOKEN} is an MDX expression: ${EXPRESSION}. For literal braces write \\{ and \\}, or make the page .md`,
      `a.mdx:9:1: error: href="javascript:alert(1)" runs script in readers' browsers (the HTML of an .mdx page is not cleaned as a .md page's is), so ${APPROVAL}. Or move the content to a .md page`,
      `a.mdx:9:37: error: <script> runs script in readers' browsers (the HTML of an .mdx page is not cleaned as a .md page's is), so ${APPROVAL}. Or move the content to a .md page`,
      `b.mdx:5:1: error: export const x = require('fs').writeFileSync('/tmp/pwned', 'x') is JavaScript in an MDX page: ${EXPRESSION}. Remove it, or make the page .md`,
      `c.mdx:1:1: error: import secrets from '../../etc/x': an .mdx page may import only the handbook's components (_components/) and .md or .mdx snippets of the content folder without review; other code runs at build time with the build's rights, so ${APPROVAL}`,
      `c.mdx:2:1: error: import pad from 'left-pad': an .mdx page may import only the handbook's components (_components/) and .md or .mdx snippets of the content folder without review; other code runs at build time with the build's rights, so ${APPROVAL}`,
      `edited.mdx:5:34: error: {Math.min(1, 2)} is an MDX expression: ${EXPRESSION}. For literal braces write \\{ and \\}, or make the page .md`,
      `handbook.yml:2:1: error: "iframeHosts" changed: it decides which other sites' pages, and their script, the handbook's pages may embed, so ${APPROVAL}`,
      `leak.mdx:5:1: error: {(() => { throw new Error('leaked ' + globalThis.process.env.SECRET_TOKEN) })()} is an MDX expression: ${EXPRESSION}. For literal braces write \\{ and \\}, or make the page .md`,
    ])
    expect(lines).toContain('--untrusted: .mdx pages were parsed and checked, not rendered: their components and expressions did not run')
    expect(lines.find((line) => line.startsWith('--untrusted: code in the content compared with main'))).toBeDefined()
    expect(fs.existsSync(marker)).toBe(false)
    expect(output).not.toContain(SECRET)
    // Nothing about year.mdx (unchanged, with its expression) or plain.md (edited, with braces).
    expect(lines.filter((line) => /^(year\.mdx|plain\.md):/.test(line) && line.includes('error'))).toEqual([])
    expect(code).toBe(1)
  }, 60_000)

  it('without --untrusted, the same content runs: the component writes its marker and the token reaches the output', async () => {
    const marker = path.join(temp, 'marker-trusted')
    const { output } = await check(contents, [], marker)
    expect(fs.readFileSync(marker, 'utf8')).toBe('ran')
    expect(output).toContain(SECRET)
  }, 60_000)
})

describe('the base --untrusted compares with', () => {
  it("is origin/main's merge base without --since, in a clone that has it", () => {
    const clone = path.join(temp, 'clone')
    git(temp, ['clone', '-q', '--branch', 'change', `file://${repo}`, clone], AT)
    const checked = checkUntrustedCode(path.join(clone, 'contents'), undefined)
    expect(checked.note).toMatch(/^--untrusted: code in the content compared with origin\/main \(merge base [0-9a-f]{12}\)$/)
    expect(checked.diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual([
      '_components/Foo.tsx:1',
      'a.mdx:5',
      'a.mdx:9',
      'a.mdx:9',
      'b.mdx:5',
      'c.mdx:1',
      'c.mdx:2',
      'edited.mdx:5',
      'leak.mdx:5',
      'handbook.yml:2',
    ])
  })

  it('is none without origin/main: everything is new, and the note says so', () => {
    const checked = checkUntrustedCode(contents, undefined)
    expect(checked.note).toBe(
      '--untrusted: no git base to compare with (no --since, and no origin/main in this clone), so every .mdx page, _components/ file and code-like setting counts as new. Give one with --since <ref>',
    )
    const found = checked.diagnostics.map((d) => `${d.file}:${d.line}`)
    expect(found).toContain('year.mdx:5')
    expect(found).toContain('edited.mdx:5')
    expect(found).toContain('handbook.yml:2')
    expect(found).not.toContain('plain.md:3')
  })
})

describe('the code an .mdx text carries', () => {
  it('finds expressions, spreads, exports and foreign imports, not comments, written-out values or content imports', () => {
    const body = [
      'import Foo from "./_components/Foo"',
      'import Page from "../other.mdx"',
      'import x from "../_components/Foo"',
      '',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: MDX that holds a template literal, the code under test
      '{/* note */} {"text"} {-1} {`plain`} {[1, {a: true}]} {a} {`${a}`} {{a}}',
      '',
      '<Foo {...props} on="x" title={"t"} data={f()} />',
      '',
      '<iframe src="https://example.org" />',
    ].join('\n')
    expect(codeInMdx(body, 'guide/page.mdx').map((c) => `${c.line}:${c.column} ${c.kind} ${c.text}`)).toEqual([
      // guide/_components/ is not the handbook's components folder; ../_components/ is.
      '1:1 import import Foo from "./_components/Foo"',
      '5:55 expression {a}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the expression found, as written in the MDX above
      '5:59 expression {`${a}`}',
      '5:68 expression {{a}}',
      '7:1 html on="x"',
      // Attribute expressions at their code, after the brace.
      '7:7 spread {...props}',
      '7:42 attribute data={f()}',
      '9:1 html <iframe>',
    ])
  })

  it('takes no approval from a .md page renamed to .mdx, whose braces were text', () => {
    const found = untrustedCode({ current: new Map([['x.mdx', 'Hi {name}\n']]), base: new Map([['x.md', 'Hi {name}\n']]), renames: [{ from: 'x.md', to: 'x.mdx' }] })
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['x.mdx:1:4 untrusted-code'])
    const kept = untrustedCode({ current: new Map([['y.mdx', 'Hi {name}, again\n']]), base: new Map([['x.mdx', 'Hi {name}\n']]), renames: [{ from: 'x.mdx', to: 'y.mdx' }] })
    expect(kept).toEqual([])
  })
})
