/**
 * Docsy's page blocks, iframe, imgproc, swaggerui and redoc (docsy-blocks.ts),
 * written as Docsy's "Docsy Shortcodes" page shows them, rendered through the
 * whole page pipeline.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import { linkIndexOf, runRenderJob, type RenderOutcome } from '../../../../src/content/pipeline/render-jobs'
import { bundleImage } from '../../../../src/content/markdown/shortcodes/docsy-blocks'
import { renderContext } from '../../../support/render-context'

const routes = [
  { sourcePath: '_index.md', url: '/' },
  { sourcePath: 'docs/landing/index.md', url: '/docs/landing' },
]
const files = ['docs/landing/images/spruce-tree.jpg', 'docs/landing/spruce-notes.txt', 'docs/other/pine.png', 'openapi/petstore.yaml']

function render(body: string): RenderOutcome {
  const context = renderContext({ routes, files, iframeHosts: ['docs.google.com'] })
  return runRenderJob({ sourcePath: 'docs/landing/index.md', route: 1, body, format: 'md' }, context, linkIndexOf(context))
}
const messages = (body: string) => render(body).diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`)

describe('page blocks', () => {
  it('are sections of their Markdown under their title, linked when they have a url; colours, heights and icons left out', () => {
    const body = [
      '{{< blocks/cover title="Welcome to **TechOS**!" image_anchor="center" height="full" color="primary" >}}',
      '<div class="mx-auto">',
      '<a class="btn btn-lg btn-primary" href="https://example.org">Download</a>',
      '{{< blocks/link-down color="info" >}}',
      '</div>',
      '{{< /blocks/cover >}}',
      '',
      '{{% blocks/lead color="dark" %}}',
      'TechOS is the OS of the future.',
      '',
      'Runs on **bare metal** in the **cloud**!',
      '{{% /blocks/lead %}}',
      '',
      '{{< blocks/section color="dark" type="row" >}}',
      '{{% blocks/feature icon="fa-lightbulb" title="Fastest OS **on the planet**!" %}}',
      'The new **TechOS** operating system is an open source project.',
      '{{% /blocks/feature %}}',
      '{{% blocks/feature icon="fa-brands fa-github" title="Contributions welcome!" url="https://github.com/gohugoio/hugo" %}}',
      'We do a [Pull Request](https://github.com/gohugoio/hugo/pulls) contributions workflow on **GitHub**.',
      '{{% /blocks/feature %}}',
      '{{< /blocks/section >}}',
    ].join('\n')
    const outcome = render(body)
    expect(outcome.diagnostics).toEqual([])
    const root = parseHtml(outcome.rendered.html)
    const [cover, lead, section] = root.childNodes.filter((node) => 'tagName' in node && (node as { tagName: string }).tagName === 'SECTION') as ReturnType<typeof parseHtml>[]
    expect(cover!.querySelector('h2')?.innerHTML).toBe('Welcome to <strong>TechOS</strong>!')
    expect(cover!.querySelector('a[href="https://example.org"]')?.text).toBe('Download')
    expect(lead!.querySelectorAll('p').map((p) => p.text)).toEqual(['TechOS is the OS of the future.', 'Runs on bare metal in the cloud!'])
    expect(section!.querySelectorAll('section h3').map((h) => h.text)).toEqual(['Fastest OS on the planet!', 'Contributions welcome!'])
    expect(section!.querySelector('section h3 a')?.getAttribute('href')).toBe('https://github.com/gohugoio/hugo')
    expect(outcome.rendered.html).not.toMatch(/blocks\/|shortcode-unknown|fa-lightbulb/)
  })
})

describe('iframe', () => {
  it('embeds an allowed host, links any other, and makes a video click-to-load', () => {
    const root = parseHtml(
      render('{{< iframe src="https://docs.google.com/document/d/e/x/pub" >}}\n\n{{< iframe src="https://example.org/dashboard" >}}\n\n{{< iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" >}}').rendered
        .html,
    )
    expect(root.querySelector('iframe')?.getAttribute('src')).toBe('https://docs.google.com/document/d/e/x/pub')
    expect(root.querySelectorAll('iframe').length).toBe(1)
    expect(root.querySelector('.embed-fallback a')?.getAttribute('href')).toBe('https://example.org/dashboard')
    expect(root.querySelector('.video-youtube a')?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    expect(messages('{{< iframe >}}')).toEqual([expect.stringMatching(/^1: error: \{\{< iframe >\}\} needs the address it shows/)])
  })
})

describe('imgproc', () => {
  it("shows the page bundle's image whose name holds the argument, with its caption; the processing is not done", () => {
    const outcome = render('{{< imgproc spruce Fill "400x450" >}}\nNorway Spruce <i>Picea abies</i> shoot with foliage buds.\n{{< /imgproc >}}')
    expect(outcome.diagnostics).toEqual([])
    const figure = parseHtml(outcome.rendered.html).querySelector('figure')!
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('/docs/landing/images/spruce-tree.jpg')
    expect(figure.querySelector('img')?.getAttribute('alt')).toBe('Norway Spruce Picea abies shoot with foliage buds.')
    expect(figure.querySelector('figcaption')?.innerHTML).toBe('Norway Spruce <i>Picea abies</i> shoot with foliage buds.')
  })

  it('finds images only, in the page’s folder, and says so when none matches', () => {
    expect(bundleImage('spruce', 'docs/landing/index.md', files)).toBe('images/spruce-tree.jpg')
    expect(bundleImage('notes', 'docs/landing/index.md', files)).toBeUndefined()
    expect(bundleImage('pine', 'docs/landing/index.md', files)).toBeUndefined()
    expect(messages('{{< imgproc pine Fit "10x10" >}}\nA pine.\n{{< /imgproc >}}')).toEqual([
      expect.stringMatching(/^1: error: \{\{< imgproc >\}\} "pine": no image in this page's folder has "pine" in its name/),
    ])
  })
})

describe('swaggerui and redoc', () => {
  it('are a marked placeholder with their arguments and a link to the specification, one warning kind each', () => {
    const outcome = render('{{< swaggerui src="https://petstore3.swagger.io/api/v3/openapi.json" >}}\n\n{{< redoc "https://example.org/petstore.yaml" >}}\n\n{{< swaggerui src="/openapi/petstore.yaml" >}}')
    const root = parseHtml(outcome.rendered.html)
    expect(root.querySelectorAll('.shortcode-unknown-name').map((p) => p.text)).toEqual([
      'API reference: swaggerui src="https://petstore3.swagger.io/api/v3/openapi.json"',
      'API reference: redoc "https://example.org/petstore.yaml"',
      'API reference: swaggerui src="/openapi/petstore.yaml"',
    ])
    expect(outcome.diagnostics.map((d) => [d.severity, d.code, d.kind])).toEqual([
      ['warning', 'shortcode-unknown', '{{< swaggerui >}}'],
      ['warning', 'shortcode-unknown', '{{< redoc >}}'],
      ['warning', 'shortcode-unknown', '{{< swaggerui >}}'],
    ])
    // The site's own .yaml is not a type it publishes: named in the warning, not linked (a link to it would be an error).
    expect(root.querySelectorAll('.shortcode-unknown a').map((a) => a.getAttribute('href'))).toEqual(['https://petstore3.swagger.io/api/v3/openapi.json', 'https://example.org/petstore.yaml'])
    expect(outcome.diagnostics[2]!.message).toMatch(/Its specification \/openapi\/petstore\.yaml is not a type the site publishes: list it in publishFiles in handbook\.config\.ts/)
    expect(outcome.diagnostics[0]!.message).not.toMatch(/publishFiles/)
  })
})
