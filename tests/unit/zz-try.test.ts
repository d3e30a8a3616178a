import { it } from 'vitest'
import { runRenderJob, linkIndexOf, type RenderContext } from '../../src/content/render-jobs'
import { NO_PEOPLE } from '../../tests/support/people'
const routes = [
  { sourcePath: 'index.md', url: '/' },
  { sourcePath: 'docs/guide.md', url: '/docs/guide' },
  { sourcePath: 'docs/_index.md', url: '/docs' },
  { sourcePath: 'docs/page.md', url: '/docs/page' },
]
const context: RenderContext = { routes, files: ['docs/x.png'], site: { siteUrl: 'https://x.test', pathPrefix: '' }, hrefPrefix: '', iframeHosts: [], people: NO_PEOPLE, shortcodes: { 'engineering/header': { block: 'none' } } }
const body = process.env.BODY!
it('x', () => {
  const out = runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md', includes: { 'docs/_inc/a.md': 'Included **text** {{< label "In" >}}\n', 'docs/_inc/c.yaml': 'a: 1\n' } }, context, linkIndexOf(context))
  console.log(out.rendered.html)
  for (const d of out.diagnostics) console.log(d.severity, d.file, d.line, d.column, d.message)
})
