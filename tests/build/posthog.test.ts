/**
 * A handbook in PostHog's shape (tests/fixtures/posthog): `.md` and `.mdx`
 * pages using the handbook's components, `_snippets/` imports, a bare
 * `components/…` import, `<USERNAME>` in prose, `sidebar: Handbook` and
 * `showTitle: true`. What `npm run check` says of it, at exact lines; no
 * Gatsby build here (the rendering is tests/unit/markdown/md-components.test.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, type CheckedFixture } from '../support/fixture-site'

let good: CheckedFixture
let mistakes: CheckedFixture

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
}, 120_000)

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
})
