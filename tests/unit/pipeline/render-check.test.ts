/**
 * The check's render of an `.mdx` page places what goes wrong at the
 * element that caused it: an element React throws on, the use of a
 * handbook component that throws (not only its first use), and React's
 * warnings, which name neither file nor line.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderCheck } from '../../../src/content/pipeline/render-check'
import { compileComponents } from '../../../src/content/load/compile-components'
import { contentComponentsOf } from '../../../src/content/components/files'
import { formatDiagnostic } from '../../../src/content/common/diagnostics'
import { reactWarningOf, warningLine } from '../../../src/content/pipeline/react-warnings'
import { NO_PEOPLE } from '../../support/people'
import { projectRoot } from '../../../scripts/lib/site'

const show = (d: Parameters<typeof formatDiagnostic>[0]) => formatDiagnostic(d, (file) => file)
const fixture = path.join(projectRoot, 'tests', 'fixtures', 'posthog-errors')
const { components } = contentComponentsOf(['_components/Boom.tsx'])
const { compiled } = compileComponents(fixture, components, path.join(projectRoot, 'node_modules'))

function check(body: string): string[] {
  return renderCheck({
    sourcePath: 'handbook/values.mdx',
    url: '/handbook/values',
    body,
    manifest: { site: { siteUrl: 'https://x.test', pathPrefix: '' }, hrefPrefix: '', routes: [{ sourcePath: 'handbook/values.mdx', url: '/handbook/values' }], files: [], people: NO_PEOPLE },
    directives: new Map(),
    ...(compiled ? { compiled } : {}),
  }).map(show)
}

describe('the render check places its problems at their element', () => {
  it('an element React throws on, at its line and column', () => {
    expect(check('# Values\n\nText.\n\n  <div style={"float: right"}>Float</div>\n')).toEqual([
      "handbook/values.mdx:5:3: error: <div> threw while rendering: The `style` prop expects a mapping from style properties to values, not a string. For example, style={{marginRight: spacing + 'em'}} when using JSX. Fix this element's attributes, or the props it is given",
    ])
  })

  it('a component that throws, at its own line, naming the use of it that threw (not its first use)', () => {
    expect(check('# Values\n\n<Boom label="fine" />\n\nText.\n\n<Boom />\n')).toEqual([
      '_components/Boom.tsx:3:21: error: <Boom> threw while rendering handbook/values.mdx:7: Boom needs a label. Fix the component, or the props the page passes it',
    ])
  })

  it("React's warnings, at the element's line, as warnings", () => {
    expect(check('# Values\n\nText.\n\n<input type="text" value="Ada" />\n')).toEqual([
      'handbook/values.mdx:5: warning: <input>: React warns: You provided a `value` prop to a form field without an `onChange` handler. This will render a read-only field. If the field should be mutable use `defaultValue`. Otherwise, set either `onChange` or `readOnly`.',
    ])
  })
})

describe('a React warning read apart', () => {
  const warning = reactWarningOf(['Warning: Invalid DOM property `%s`. Did you mean `%s`?%s', 'class', 'className', '\n    at img\n    at MDXContent (eval at runSync, <anonymous>:42:9)'])

  it('has its message, its element and the property it names', () => {
    expect(warning).toEqual({
      format: 'Invalid DOM property `%s`. Did you mean `%s`?',
      message: 'Invalid DOM property `class`. Did you mean `className`?',
      stack: '\n    at img\n    at MDXContent (eval at runSync, <anonymous>:42:9)',
      element: 'img',
      property: 'class',
    })
  })

  it("is at the line of the page where that element has that property, else the element's first line", () => {
    expect(warningLine('# A\n\n<img src="a.png" alt="" />\n\n<img src="b.png" class="x" alt="" />\n', warning)).toBe(5)
    expect(warningLine('# A\n\n<img src="a.png" alt="" />\n', warning)).toBe(3)
    expect(warningLine('# A\n', warning)).toBeUndefined()
  })
})
