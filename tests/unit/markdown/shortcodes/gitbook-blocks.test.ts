/**
 * GitBook's blocks as its Markdown export writes them (from GitBook's docs:
 * embed, content-ref, tabs, code, file, stepper, columns, swagger), drawn with our blocks; a
 * block missing its argument is an error with the fix.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import { linkIndexOf, runRenderJob, type RenderOutcome } from '../../../../src/content/pipeline/render-jobs'
import { videoWatchUrl } from '../../../../src/content/markdown/shortcodes/gitbook-blocks'
import { renderContext } from '../../../support/render-context'

const routes = [
  { sourcePath: 'docs/index.md', url: '/docs' },
  { sourcePath: 'docs/start.md', url: '/docs/start' },
]

function render(body: string): RenderOutcome {
  const context = renderContext({ routes, files: ['docs/form.pdf'], shortcodes: {} })
  return runRenderJob({ sourcePath: 'docs/index.md', route: 0, format: 'md', body }, context, linkIndexOf(context))
}
const html = (body: string) => render(body).rendered.html
const problems = (body: string) => render(body).diagnostics.map((d) => [d.line, d.severity, d.code, d.message])

describe("GitBook's blocks", () => {
  it('embed: a YouTube or Vimeo address is a click-to-load video, another a link card', () => {
    const video = parseHtml(html('{% embed url="https://youtu.be/dQw4w9WgXcQ" %}\nThe tour\n{% endembed %}'))
    expect(video.querySelector('.video-embed.video-youtube > a.video-link')?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    expect(video.querySelector('a.video-link')?.text).toBe('The tour')
    expect(html('{% embed url="https://vimeo.com/76979871" %}')).toContain('href="https://vimeo.com/76979871"')
    const card = parseHtml(html('{% embed url="https://status.example.org/x" %}'))
    expect(card.querySelector('.link-card a')?.getAttribute('href')).toBe('https://status.example.org/x')
    expect(problems('{% embed url="https://status.example.org/x" %}')).toEqual([])
    expect(problems('{% embed %}')).toEqual([[1, 'error', 'shortcode', expect.stringMatching(/needs the address it shows: write it as \{% embed url=/)]])
  })

  it('stepper: its steps a numbered list, each step an item with its heading and text; columns side by side', () => {
    const body = '{% stepper %}\n{% step %}\n### Get a laptop\n\nAsk IT.\n{% endstep %}\n{% step %}\n### Sign in\n\nWith your badge.\n{% endstep %}\n{% endstepper %}'
    const items = parseHtml(html(body)).querySelectorAll('ol.steps > *')
    expect(items.map((item) => [item.tagName, item.querySelector('h3')?.text, item.querySelector('p')?.text])).toEqual([
      ['LI', 'Get a laptop', 'Ask IT.'],
      ['LI', 'Sign in', 'With your badge.'],
    ])
    expect(problems(body)).toEqual([])
    const columns = '{% columns %}\n{% column width="50%" %}\nLeft.\n{% endcolumn %}\n{% column %}\nRight.\n{% endcolumn %}\n{% endcolumns %}'
    expect(html(columns)).toBe('<div class="columns"><div class="column"><p>Left.</p></div><div class="column"><p>Right.</p></div></div>')
    expect(problems(columns)).toEqual([])
  })

  it("names a GitBook block it does not draw as GitBook's in a GitBook handbook, and keeps what it holds", () => {
    const body = '{% updates format="full" %}\n{% update date="2025-01-01" %}\nThings changed.\n{% endupdate %}\n{% endupdates %}'
    const context = renderContext({ routes, files: [], shortcodes: {}, sourceTool: 'gitbook' })
    const out = runRenderJob({ sourcePath: 'docs/index.md', route: 0, format: 'md', body }, context, linkIndexOf(context))
    expect(out.rendered.html).toContain('Things changed.')
    expect(out.diagnostics.map((d) => [d.line, d.severity, d.message.split(';')[0]]).sort()).toEqual([
      [1, 'warning', '{% updates %} is a GitBook block this handbook does not draw'],
      [2, 'warning', '{% update %} is a GitBook block this handbook does not draw'],
    ])
  })

  it('reads the video of every address form', () => {
    expect(videoWatchUrl('https://www.youtube.com/embed/dQw4w9WgXcQ')?.watch).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ')
    expect(videoWatchUrl('https://player.vimeo.com/video/76979871')).toEqual({ host: 'vimeo', watch: 'https://vimeo.com/76979871' })
    expect(videoWatchUrl('https://example.org/watch?v=dQw4w9WgXcQ')).toBeUndefined()
    expect(videoWatchUrl('not a url')).toBeUndefined()
  })

  it('content-ref: a card linking the page, the link resolved like any other', () => {
    const card = parseHtml(html('{% content-ref url="start.md" %}\n[start.md](start.md)\n{% endcontent-ref %}'))
    expect(card.querySelector('.link-card.content-ref a')?.getAttribute('href')).toMatch(/\/docs\/start\/?$/)
    expect(render('{% content-ref url="gone.md" %}\n[gone.md](gone.md)\n{% endcontent-ref %}').rendered.links).toMatchObject([{ href: 'gone.md', line: 2, target: { kind: 'broken' } }])
  })

  it('tabs: each tab a panel with its title', () => {
    const tabs = parseHtml(html('{% tabs %}\n{% tab title="Windows" %}\nRun it.\n{% endtab %}\n\n{% tab title="macOS" %}\nOpen it.\n{% endtab %}\n{% endtabs %}'))
    expect(tabs.querySelectorAll('.tabs > .tab-panel > .tab-label').map((label) => label.text)).toEqual(['Windows', 'macOS'])
  })

  it('code: the title over its fenced block', () => {
    const figure = parseHtml(html('{% code title="connect.sh" lineNumbers="true" %}\n```bash\nlarkspur connect\n```\n{% endcode %}'))
    expect(figure.querySelector('figure.code-block > .code-title')?.text).toBe('connect.sh')
    expect(figure.querySelector('figure.code-block > pre')?.text).toContain('larkspur connect')
  })

  it('file: a download link to the file, checked as any linked file', () => {
    const link = parseHtml(html('{% file src="form.pdf" %}\nThe consent form\n{% endfile %}')).querySelector('.file-download a')
    expect(link?.text).toBe('The consent form')
    expect(render('{% file src="form.pdf" %}').rendered.links.map((use) => use.target.kind)).toEqual(['file'])
    expect(render('{% file src="missing.pdf" %}').rendered.links).toMatchObject([{ href: 'missing.pdf', target: { kind: 'broken' } }])
  })

  it('swagger: a marked placeholder with its arguments and text, one warning kind', () => {
    const body = '{% swagger method="get" path="/clinics/{id}" summary="Get a clinic" %}\n{% swagger-description %}\nReturns one clinic.\n{% endswagger-description %}\n{% endswagger %}'
    const root = parseHtml(html(body))
    expect(root.querySelector('.shortcode-unknown .shortcode-unknown-name')?.text).toBe("API method (GitBook's swagger block): GET /clinics/{id} Get a clinic")
    expect(root.text).toContain('Returns one clinic.')
    expect(render(body).diagnostics.map((d) => [d.code, d.kind])).toEqual([['shortcode-unknown', '{% swagger %}']])
  })
})
