/**
 * A handbook in PostHog's shape (tests/fixtures/posthog): `.md` and `.mdx`
 * pages using the handbook's components, `_snippets/` imports, a bare
 * `components/…` import, `<USERNAME>` in prose, `sidebar: Handbook` and
 * `showTitle: true`. What `npm run check` says of it, at exact lines, and
 * one Gatsby build of it: the components are in the published HTML, and the
 * bare `components/…` import of an `.mdx` page compiles (the handbook's
 * component). The rendering in detail is tests/unit/markdown/md-components.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, fixtureSite, type CheckedFixture, type FixtureSite } from '../support/fixture-site'

let good: CheckedFixture
let mistakes: CheckedFixture
let built: FixtureSite

beforeAll(async () => {
  good = await checkFixture('posthog')
  mistakes = await checkFixture('posthog', {
    label: 'posthog-mistakes',
    prepare: (content) => {
      fs.writeFileSync(
        path.join(content, 'handbook', 'values.md'),
        fs.readFileSync(path.join(content, 'handbook', 'values.md'), 'utf8').replace("import { CalloutBox } from 'components/Docs/CalloutBox'", "import { CalloutBox, Chart } from 'components/Docs/CalloutBox'"),
      )
      fs.writeFileSync(
        path.join(content, 'handbook', 'engineering.mdx'),
        fs.readFileSync(path.join(content, 'handbook', 'engineering.mdx'), 'utf8').replace("from 'components/Docs/CalloutBox'", "from 'components/Docs/CalloutBox'\nimport Hog from 'components/Hog'"),
      )
      fs.writeFileSync(
        path.join(content, 'handbook', 'security.md'),
        fs.readFileSync(path.join(content, 'handbook', 'security.md'), 'utf8').replace('<TeamMember name="Ada Quill" />', '<TeamMember name={lead} />'),
      )
    },
  })
  // A page that hides its title and has no heading of its own (the check warns of it: see posthog-nav.test.ts).
  built = await fixtureSite('posthog', {
    prepare: (content) => fs.writeFileSync(path.join(content, 'handbook', 'careers.md'), '---\ntitle: Careers\nsidebar: Handbook\nshowTitle: false\n---\n\nWe hire [slowly](values.md).\n'),
  })
}, 600_000)

describe('a PostHog-style handbook', () => {
  it('checks clean: components in .md and .mdx, snippets and bare component imports all resolve', () => {
    expect(good.code).toBe(0)
    expect(good.diagnostics()).toEqual([])
  })

  it('reports what would be lost at its file and line, with the fix', () => {
    expect(mistakes.code).not.toBe(0)
    expect(mistakes.diagnostics()).toEqual([
      'handbook/engineering.mdx:8:1: error: Hog is not a component of _components/: add _components/Hog.tsx (or .jsx) or remove the import (import from "components/Hog", which is no package the project has installed)',
      'handbook/security.md:6:33: error: <TeamMember> name={lead}: a .md page runs no code. Write the value out (name="text", count={3}, flag={true}), or rename the page to .mdx',
      'handbook/values.md:8:1: error: Chart is not a component of _components/: add _components/Chart.tsx (or .jsx) or remove the import',
    ])
  })

  it('builds: the components are static HTML in the .md and .mdx pages, the snippet and its heading too, no import line as text', () => {
    expect(built.build.code).toBe(0)
    const values = built.html('/handbook/values')
    expect(values.querySelectorAll('.markdown .team-member').map((member) => member.text)).toEqual(['AAda Quill', 'Grace Hopper'])
    expect(values.querySelector('.markdown aside.callout-box-caution strong')!.text).toBe('weekly')
    expect(values.querySelector('.markdown h2#soc-2')).not.toBeNull()
    expect(values.querySelector('.markdown')!.text).not.toMatch(/import /)
    const engineering = built.html('/handbook/engineering')
    expect(engineering.querySelector('.markdown aside.callout-box-fyi .callout-box-title')!.text).toBe('Ship it')
    expect(engineering.querySelector('.markdown aside.callout-box-fyi .team-member')!.text).toBe('Grace Hopper')
    expect(engineering.querySelector('.markdown h2')!.text).toContain('SOC 2')
  })

  it('gives a showTitle: false page its h1 for screen readers only, and a shown title one visible h1', () => {
    const careers = built.html('/handbook/careers')
    expect(careers.querySelectorAll('h1').map((h1) => [h1.classList.contains('sr-only'), h1.text.trim()])).toEqual([[true, 'Careers']])
    expect(
      built
        .html('/handbook/values')
        .querySelectorAll('h1')
        .map((h1) => h1.classList.contains('sr-only')),
    ).toEqual([false])
  })
})
