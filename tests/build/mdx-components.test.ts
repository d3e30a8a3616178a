/**
 * A content mistake in an .mdx page never ends the build in a webpack stack
 * trace: an unknown component (PostHog's <CalloutBox>, <TeamMember>) is found
 * by the build's load step, from the MDX tree, and reported as
 * `file:line:col: error: …` before webpack runs; the build exits non-zero.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSite, type BuildResult } from '../support/fixture-site'

let build: BuildResult
let diagnosticLines: () => string[]

beforeAll(async () => {
  const site = await fixtureSite('mdx-components')
  build = site.build
  diagnosticLines = () => site.diagnostics()
})

describe('unknown MDX components', () => {
  it('stop the build with file:line:col messages, before webpack', () => {
    expect(build.code).not.toBe(0)
    const components = 'Components: Callout, Note, OrgChart, People, Person, Team, Tip, Warning.'
    expect(diagnosticLines()).toEqual([
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
