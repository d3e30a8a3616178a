/**
 * A content mistake in an .mdx page never ends the build in a webpack stack
 * trace: an unknown component (PostHog's <CalloutBox>, <TeamMember>) is found
 * by the build's load step, from the MDX tree, and reported as
 * `file:line:col: error: …` before webpack runs; the build exits non-zero.
 */
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite, copyFixture, createSiteCopy, removeSite, type BuildResult, type SiteCopy } from '../../scripts/lib/site'

let site: SiteCopy
let content: string
let build: BuildResult

beforeAll(async () => {
  site = createSiteCopy('mdx-components')
  content = copyFixture('mdx-components')
  build = await buildSite(site, { HANDBOOK_CONTENT_DIR: content })
})

afterAll(() => {
  removeSite(site)
  fs.rmSync(content, { recursive: true, force: true })
})

describe('unknown MDX components', () => {
  it('stop the build with file:line:col messages, before webpack', () => {
    expect(build.code).not.toBe(0)
    const components = 'Components: Callout, Note, OrgChart, People, Person, Team, Tip, Warning.'
    const lines = build.output.split('\n').filter((line) => line.startsWith(content))
    expect(lines.map((line) => line.slice(content.length + 1))).toEqual([
      `team/callouts.mdx:7:1: error: <CalloutBox> is not a component of this handbook. ${components} Did you mean <Callout>?`,
      `team/callouts.mdx:13:1: error: <Calout> is not a component of this handbook. ${components} Did you mean <Callout>?`,
      'team/callouts.mdx:17:10: error: {firstName} uses firstName, which this page does not define, so the page would fail to render. For literal braces write \\{firstName\\}; for a value, define it first, e.g. export const firstName = …',
      `team/index.mdx:7:13: error: <TeamMember> is not a component of this handbook. ${components} To make it one, define it in _components/TeamMember.tsx at the root of the content folder`,
    ])
    expect(build.output).not.toContain('Expected component')
    expect(build.output).not.toMatch(/^\s+at /m)
    expect(build.output).not.toContain('Building static HTML')
  })
})
