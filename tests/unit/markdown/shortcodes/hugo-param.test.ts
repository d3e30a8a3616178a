/**
 * Hugo's `{{< param "name" >}}`, as its `.Param` reads a value: the page's
 * own fields, then its `params:`, then the site's params; keys
 * case-insensitive, `a.b` inside a table; a name set nowhere is a warning
 * that shows the name.
 */
import { describe, expect, it } from 'vitest'
import { paramValues } from '../../../../src/content/markdown/shortcodes/hugo-param'
import { linkIndexOf, runRenderJob } from '../../../../src/content/pipeline/render-jobs'
import { renderContext } from '../../../support/render-context'

const SITE = { company: 'Larkspur', support: { email: 'help@example.org' }, since: 2019 }

describe('{{< param >}}', () => {
  it("reads the page's fields, then its params:, then the site's, keys as Hugo keeps them", () => {
    const body = '{{< param "company" >}} {{< param "Support.Email" >}} {{% param "since" %}} {{< param "team" >}} {{< param "owner" >}} {{< param "missing" >}}'
    expect(paramValues(body, { team: 'Ops', params: { owner: 'Ana', company: 'not this' }, company: 'Acme' }, SITE)).toEqual({
      company: 'Acme',
      'Support.Email': 'help@example.org',
      since: '2019',
      team: 'Ops',
      owner: 'Ana',
    })
    expect(paramValues('No params here.', {}, SITE)).toBeUndefined()
  })

  it('draws the value as text, and warns at its line of a name set nowhere, showing the name', () => {
    const context = renderContext({ routes: [{ sourcePath: 'docs/index.md', url: '/docs' }], sourceTool: 'hugo' })
    const body = 'Welcome to {{< param "company" >}}.\n\nAsk {{< param "missing" >}}.'
    const out = runRenderJob({ sourcePath: 'docs/index.md', route: 0, format: 'md', body, params: { company: 'Larkspur' } }, context, linkIndexOf(context))
    expect(out.rendered.html).toBe('<p>Welcome to Larkspur.</p>\n<p>Ask missing.</p>')
    expect(out.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [3, 'warning', `{{< param >}}: "missing" is set neither in this page's frontmatter nor in the site's params (hugo.toml), so its name is shown. Set it in one of them, or write the text in the page`],
    ])
  })
})
