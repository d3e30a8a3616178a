/**
 * Components of .mdx pages, checked before webpack compiles them: an unknown
 * component is an error at its element, with the list of components and a
 * "Did you mean"; the page's own imports and exports count as components.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../src/content/markdown/parse'
import { declaredNames, unknownComponents } from '../../../src/content/markdown/mdx-components'
import { runCheck } from '../../../scripts/lib/check-command'

const KNOWN = ['Callout', 'Note', 'Tip', 'Warning']
const problems = (source: string) => unknownComponents(parseMarkdown(source, 'mdx', { directives: true }), KNOWN)

describe('unknownComponents', () => {
  it('reports an inline and a block component at their line and column, with the components there are', () => {
    expect(problems('Hi <TeamMember name="Jane" photo /> there.\n\n<CalloutBox icon="Info" title="Note" type="fyi">\n\nText.\n\n</CalloutBox>\n')).toEqual([
      {
        code: 'mdx-component-unknown',
        message: '<TeamMember> is not a component of this handbook. Components: Callout, Note, Tip, Warning. To make it one, define it in _components/TeamMember.tsx at the root of the content folder',
        line: 1,
        column: 4,
      },
      { code: 'mdx-component-unknown', message: '<CalloutBox> is not a component of this handbook. Components: Callout, Note, Tip, Warning. Did you mean <Callout>?', line: 3, column: 1 },
    ])
  })

  it('suggests the known component a typo is close to', () => {
    expect(problems('<Calout>x</Calout>')[0]?.message).toMatch(/Did you mean <Callout>\?$/)
    expect(problems('<Warn>x</Warn>')[0]?.message).toMatch(/Did you mean <Warning>\?$/)
  })

  it('accepts known components, HTML elements, fragments and what the page imports or exports', () => {
    const source = [
      "import { Chart, Table as Grid } from './charts'",
      "import Icons from './icons'",
      'export const Badge = () => null',
      'export function Pill() { return null }',
      'export const { Left, Right: Other } = { Left: null, Right: null }',
      '',
      '<Callout><Note>x</Note></Callout> <div>html</div> <>fragment</> <Chart /> <Grid /> <Icons.Star /> <Badge /> <Pill /> <Left /> <Other /> <svg:rect />',
    ].join('\n')
    expect(problems(source)).toEqual([])
    expect([...declaredNames(parseMarkdown(source, 'mdx'))].sort()).toEqual(['Badge', 'Chart', 'Grid', 'Icons', 'Left', 'Other', 'Pill'])
  })

  it('reports a member of an unknown object by the object', () => {
    expect(problems('<Icons.Star />')[0]?.message).toMatch(/^<Icons\.Star> is not a component of this handbook/)
  })
})

describe('npm run check on a PostHog-style MDX handbook', () => {
  // The check's code path in process (runCheck); tests/unit/scripts/check-cli.test.ts runs the command itself.
  it('reports each unknown component at file:line:col, and exits 1', async () => {
    const result = await runCheck([], { ...process.env, GITHUB_ACTIONS: '', HANDBOOK_CONTENT_DIR: path.join('tests', 'fixtures', 'mdx-components') })
    const lines = result.stdout.trimEnd().split('\n')
    expect(result.code).toBe(1)
    const components = 'Components: Callout, Note, OrgChart, People, Person, Team, Tip, Warning.'
    expect(lines.filter((line) => line.includes(': error: '))).toEqual([
      `tests/fixtures/mdx-components/team/callouts.mdx:7:1: error: <CalloutBox> is not a component of this handbook. ${components} Did you mean <Callout>?`,
      `tests/fixtures/mdx-components/team/callouts.mdx:13:1: error: <Calout> is not a component of this handbook. ${components} Did you mean <Callout>?`,
      'tests/fixtures/mdx-components/team/callouts.mdx:17:10: error: {firstName} uses firstName, which this page does not define, so the page would fail to render. For literal braces write \\{firstName\\}; for a value, define it first, e.g. export const firstName = …',
      `tests/fixtures/mdx-components/team/index.mdx:7:13: error: <TeamMember> is not a component of this handbook. ${components} To make it one, define it in _components/TeamMember.tsx at the root of the content folder`,
    ])
    expect(result.stderr).toBe('')
  })
})
