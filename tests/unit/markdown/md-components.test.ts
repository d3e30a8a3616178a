/**
 * Components in `.md` pages (PostHog's shape, tests/fixtures/posthog): the
 * handbook's `_components/` and imported bindings drawn into the page,
 * children as Markdown, import lines never text, imported snippets part of
 * the page (headings in the table of contents, links from the snippet's
 * folder), every other capitalised tag text; mistakes at their lines.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadHandbook, type Handbook } from '../../../src/content'
import { resolveSettings } from '../../../src/content/settings'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { parseHtml } from '../../support/html'

const FIXTURE = path.join(__dirname, '../../fixtures/posthog')
let root: string

/** The fixture copied, with `files` (path → text) added or replaced. */
function contentWith(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(root, name)
  fs.cpSync(FIXTURE, dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const load = (dir: string) => loadHandbook(resolveSettings({ title: 'PostHog' }, { HANDBOOK_CONTENT_DIR: dir, HANDBOOK_TODAY: '2026-12-01' }, root), { hrefPrefix: '', includeDrafts: false })
const errorsOf = (handbook: Handbook) => handbook.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-md-components-'))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

describe('components in .md pages', () => {
  let handbook: Handbook
  const html = (url: string) => parseHtml(handbook.pages.find((page) => page.url === url)!.html)

  beforeAll(() => {
    handbook = load(contentWith('good'))
  }, 60_000)

  it('checks clean', () => {
    expect(handbook.diagnostics.map((d) => formatDiagnostic(d))).toEqual([])
  })

  it('draws the handbook components inline and around Markdown children, as .mdx pages draw them', () => {
    const page = html('/handbook/values')
    expect(page.querySelectorAll('.team-member').map((member) => member.text)).toEqual(['AAda Quill', 'Grace Hopper'])
    expect(page.querySelector('p .emoji[role=img][aria-label=hedgehog]')!.text).toBe('🦔')
    const box = page.querySelector('aside.callout-box.callout-box-caution')!
    expect(box.querySelector('.callout-box-title')!.text).toBe('Why this matters')
    expect(box.querySelector('p strong')!.text).toBe('weekly')
    expect(box.querySelector('a')!.getAttribute('href')).toBe('#soc-2')
    expect(html('/handbook/security').querySelector('.team-member')!.text).toBe('Ada Quill')
  })

  it('never shows an import line, and keeps other capitalised tags as text', () => {
    const text = html('/handbook/values').text
    expect(text).not.toMatch(/import|_snippets|components\/Docs/)
    expect(text).toContain('type <USERNAME> and then <YourName> as the password prompt asks')
    expect(html('/handbook/values').querySelector('code')!.text).toBe('<Secret>')
    // In code, an import is code.
    expect(html('/handbook/security').querySelector('pre code')!.text).toContain("import Secret from './secret'")
  })

  it("places an imported snippet: its headings are the page's, its links resolve from its own folder", () => {
    const values = handbook.pages.find((page) => page.url === '/handbook/values')!
    expect(values.toc.map((entry) => entry.text)).toEqual(['SOC 2', 'After the audit'])
    const snippet = html('/handbook/values').querySelector('h2#soc-2')!
    expect(snippet.text).toContain('SOC 2')
    expect(html('/handbook/values').querySelector('a[href="/handbook/security"]')!.text).toBe('security')
  })
})

describe('mistakes with components in .md pages', () => {
  it('are errors at their lines, with the fix', () => {
    const handbook = load(
      contentWith('mistakes', {
        'handbook/mistakes.md': [
          '---',
          'title: Mistakes',
          '---',
          '',
          "import Chart from 'components/Chart'",
          "import Outside from '../../outside.md'",
          "import Missing from './_snippets/loop-c.md'",
          "import Loop from './_snippets/loop-a.md'",
          '',
          'Hello <TeamMember name={user.name} />.',
          '',
          '<CalloutBox title="Open">',
          '',
          'Never closed.',
          '',
          '<Loop />',
        ].join('\n'),
        'handbook/_snippets/loop-a.md': "import B from './loop-b.md'\n\nA <B />\n",
        'handbook/_snippets/loop-b.md': "import A from './loop-a.md'\n\nB <A />\n",
      }),
    )
    expect(errorsOf(handbook)).toEqual([
      'handbook/mistakes.md:5:1: error: Chart is not a component of _components/: add _components/Chart.tsx (or .jsx) or remove the import',
      'handbook/mistakes.md:6:1: error: import from "../../outside.md": the snippet is outside the content folder, which the handbook does not read. Move it into the content folder (e.g. _snippets/)',
      'handbook/mistakes.md:7:1: error: import from "./_snippets/loop-c.md": no file handbook/_snippets/loop-c.md in the content folder. Did you mean handbook/_snippets/loop-a.md?',
      'handbook/mistakes.md:10:19: error: <TeamMember> name={user.name}: a .md page runs no code. Write the value out (name="text", count={3}, flag={true}), or rename the page to .mdx',
      'handbook/mistakes.md:12:1: error: <CalloutBox> is never closed: close it with </CalloutBox>, or end the tag with /> when it has no content',
      'handbook/_snippets/loop-b.md:1:1: error: import from "./loop-a.md" makes a cycle: handbook/mistakes.md → handbook/_snippets/loop-a.md → handbook/_snippets/loop-b.md → handbook/_snippets/loop-a.md. Remove one of these imports',
    ])
  }, 60_000)

  it('a component that throws is reported at the line that threw, naming the page and line that used it', () => {
    const handbook = load(
      contentWith('throws', {
        '_components/Boom.tsx': "export default function Boom({ label }: { label?: string }) {\n  if (!label) throw new Error('Boom needs a label')\n  return <b>{label}</b>\n}\n",
        'handbook/boom.md': '---\ntitle: Boom\n---\n\nIt goes <Boom />.\n',
      }),
    )
    expect(errorsOf(handbook)).toEqual(['_components/Boom.tsx:2:21: error: <Boom> threw while rendering handbook/boom.md:5: Boom needs a label. Fix the component, or the props the page passes it'])
  }, 60_000)
})

describe('.mdx pages import the handbook components by any path', () => {
  it("a bare import of a component of _components/ is the component; one of something else that is not installed is an error at the import's line", () => {
    const handbook = load(
      contentWith('mdx-imports', {
        'handbook/charts.mdx': "---\ntitle: Charts\n---\n\nimport { CalloutBox } from 'components/Docs/CalloutBox'\nimport { Chart } from 'components/Docs/Chart'\n\nText.\n",
      }),
    )
    expect(errorsOf(handbook)).toEqual([
      'handbook/charts.mdx:6:1: error: Chart is not a component of _components/: add _components/Chart.tsx (or .jsx) or remove the import (import from "components/Docs/Chart", which is no package the project has installed)',
    ])
  }, 60_000)
})
