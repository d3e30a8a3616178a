/**
 * Every content mistake of a PostHog-style page has a place (issue 29): a
 * style string and `class=` in `.mdx` are converted (no problem), a style
 * that is not CSS, an element React throws on, a component that throws and
 * React's warnings are at their element's line; site-absolute images and
 * files are checked against the content folder and static/, with the file
 * meant when one is near. What the check reports is all this asserts: no
 * Gatsby build (the conversion's HTML is asserted by the unit tests, through
 * the same MDX plugins the build compiles with).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { checkFixture, type CheckedFixture } from '../support/fixture-site'

let checked: CheckedFixture

beforeAll(async () => {
  checked = await checkFixture('posthog-errors')
}, 120_000)

describe('a PostHog-style handbook checked', () => {
  it('reports each mistake at its file and line, with the fix, and stops the build', () => {
    expect(checked.code).toBe(1)
    expect(checked.diagnostics()).toEqual([
      '_components/Boom.tsx:3:21: error: <Boom> threw while rendering handbook/values.mdx:19: Boom needs a label. Fix the component, or the props the page passes it',
      'handbook/form.mdx:9: warning: <input>: React warns: You provided a `value` prop to a form field without an `onChange` handler. This will render a read-only field. If the field should be mutable use `defaultValue`. Otherwise, set either `onChange` or `readOnly`.',
      `handbook/style.mdx:9:1: error: style="float right" on <div> is not CSS React can read (each declaration is "property: value", separated by ";"). In .mdx, write the style as an object, e.g. style={{float: 'right', marginLeft: '10px'}}`,
      "handbook/throws.mdx:7:1: error: <p> threw while rendering: The `style` prop expects a mapping from style properties to values, not a string. For example, style={{marginRight: spacing + 'em'}} when using JSX. Fix this element's attributes, or the props it is given",
      'handbook/values.mdx:9:1: error: missing image or file "/images/explorer-hogs.png": no file at /images/explorer-hogs.png in the content folder or static/. Did you mean /images/explorer-hog.png?',
      'index.md:11:1: error: missing image or file "/images/explorer-hogg.png": no file at /images/explorer-hogg.png in the content folder or static/. Did you mean /images/explorer-hog.png?',
      'index.md:15:1: error: missing image or file "/images/missing-hog.png": no file at /images/missing-hog.png in the content folder or static/. Check the address',
      'index.md:17:1: error: broken link "/files/deck.pdf": no file at /files/deck.pdf in the content folder or static/. Check the address',
    ])
  })

  it("says nothing of the style strings, class=, for=, tabindex= and colspan= it converts, nor of images that exist in the content folder or the project's static/", () => {
    // handbook/values.mdx lines 7, 11, 13 and 15; index.md's /images/explorer-hog.png (line 9) and /favicon.svg (static/, line 13).
    const quiet = ['handbook/values.mdx:7:', 'handbook/values.mdx:11:', 'handbook/values.mdx:13:', 'handbook/values.mdx:15:', 'index.md:9:', 'index.md:13:']
    expect(checked.diagnostics().filter((line) => quiet.some((place) => line.startsWith(place)))).toEqual([])
    expect(checked.output).not.toContain('Invalid DOM property')
  })
})
