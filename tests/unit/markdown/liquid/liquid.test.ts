/**
 * Liquid as Jekyll and Eleventy run it before Markdown, through the whole
 * page pipeline: includes with data (the 18F handbook's step indicator),
 * the old site's own tags kept with their arguments evaluated and then
 * mapped, `{% comment %}` never shown, `{% raw %}` as written, lines of
 * what is reported mapped back to the file, and Liquid's own errors at
 * their line.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import { linkIndexOf, runRenderJob, type RenderContext, type RenderOutcome } from '../../../../src/content/pipeline/render-jobs'
import { renderContext } from '../../../support/render-context'
import { keptTagNames, runLiquid } from '../../../../src/content/markdown/liquid/run-liquid'
import type { LiquidSetting } from '../../../../src/content/markdown/liquid/setting'

const routes = [
  { sourcePath: 'index.md', url: '/' },
  { sourcePath: 'travel/step-1.md', url: '/travel/step-1' },
  { sourcePath: 'travel/step-2.md', url: '/travel/step-2' },
  { sourcePath: 'docs/page.md', url: '/docs/page' },
]

// As in the 18F handbook: _data/travel-steps.yml, and an include that loops over it and calls the site's own {% page %} tag.
const STEPS = `<ol>{% for step in steps %}<li>{% if forloop.index == current_step %}<b>{{ step.text }}</b>{% else %}<a href="{% page step.href %}">{{ step.text }}</a>{% endif %}</li>{% endfor %}</ol>`
const liquid: LiquidSetting = {
  tool: 'eleventy',
  data: {
    'travel-steps': {
      steps: [
        { text: 'First', href: '/travel/step-1/' },
        { text: 'Second', href: 'travel/step-2/' },
      ],
    },
    site: { title: 'TTS Handbook' },
  },
  includes: { 'steps.html': STEPS, 'note.html': '<div class="note">{{ include.content }}</div>', 'warning.html': '{% alert "Careful", "warning" %}\nRead [this]({{ "/docs/page/" | url }}).\n{% endalert %}' },
  includesPath: '../_includes',
  siteUrl: 'https://handbook.example.gov',
}
const PAGE_MAPPINGS: RenderContext['shortcodes'] = {
  page: { template: '/{0}' },
  slack_channel: { template: ['[{1}](https://example.slack.com/messages/{0})', '[#{0}](https://example.slack.com/messages/{0})'] },
}

function render(body: string, options: { shortcodes?: RenderContext['shortcodes']; frontmatter?: Record<string, unknown>; tool?: LiquidSetting['tool'] } = {}): RenderOutcome {
  const context = { ...renderContext({ routes, files: [], shortcodes: options.shortcodes ?? PAGE_MAPPINGS }), liquid: { ...liquid, tool: options.tool ?? 'eleventy' } }
  const liquidPage = { url: '/docs/page', sourcePath: 'docs/page.md', frontmatter: options.frontmatter ?? { title: 'Page' } }
  return runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md', liquidPage }, context, linkIndexOf(context))
}
const html = (body: string, options?: Parameters<typeof render>[1]) => render(body, options).rendered.html
const messages = (body: string, options?: Parameters<typeof render>[1]) => render(body, options).diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`)

describe('Liquid on a page', () => {
  it('turns a tag in a link address into the link, through the mapping', () => {
    const out = render('See [the guide]({% page "/travel/step-1/" %}) and [step 2]({% page "travel/step-2" %}).')
    expect(out.rendered.html).toBe('<p>See <a href="/travel/step-1">the guide</a> and <a href="/travel/step-2">step 2</a>.</p>')
    expect(out.diagnostics).toEqual([])
  })

  it('runs an include with data and the page frontmatter as variables, evaluating the kept tags it calls', () => {
    const out = html('{% include "steps.html" steps: travel-steps.steps current_step: step_indicator.current %}', { frontmatter: { step_indicator: { current: 2 } } })
    expect(out).toContain('<li><a href="/travel/step-1">First</a></li>')
    expect(out).toContain('<li><b>Second</b></li>')
    expect(out).not.toContain('{%')
  })

  it('keeps the arguments of an unmapped tag in its placeholder, and says once how to map it', () => {
    const out = render('Ask in {% slack_room "tts-handbook" "Handbook" %}.')
    expect(out.rendered.html).toContain('slack_room tts-handbook Handbook')
    expect(out.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'shortcode-unknown', 1]])
    expect(out.diagnostics[0]!.message).toMatch(/shortcodes: \{ slack_room: \{ template: "…" \} \}/)
  })

  it('fills a list template with the first whose arguments are given, escaping each argument for where it lands', () => {
    expect(html('{% slack_channel "tts-handbook" %} or {% slack_channel "vets" "Veterans <3" %}')).toBe(
      '<p><a href="https://example.slack.com/messages/tts-handbook">#tts-handbook</a> or <a href="https://example.slack.com/messages/vets">Veterans &#x3C;3</a></p>',
    )
    // An argument cannot end the address or add markup.
    expect(html('[x]({% page "a) [y](javascript:alert(1)" %})')).toBe('<p><a href="/a%29%20%5By%5D%28javascript:alert%281%29">x</a></p>')
  })

  it("draws the old site's {% alert %} as our callout, its inner Liquid run", () => {
    expect(html('{% include "warning.html" %}')).toBe('<div class="callout callout-warning"><p class="callout-title">Careful</p><p>Read <a href="/docs/page">this</a>.</p></div>')
  })

  it('never shows a comment, and shows raw content as written (in code and in text)', () => {
    expect(html('Before\n{% comment %}\nTODO: rewrite\n{% endcomment %}\nafter')).toBe('<p>Before</p>\n<p>after</p>')
    expect(html('```\n{% raw %}{% page "x" %}{% endraw %}\n```\n\n{% raw %}Write {{ site.title }}{% endraw %}, the {{ site.title }}.')).toBe(
      '<pre class="" tabindex="0"><code>{% page "x" %}\n</code></pre>\n<p>Write {{ site.title }}, the TTS Handbook.</p>',
    )
    expect(messages('{% raw %}{{ x }}{% endraw %}')).toEqual([])
  })

  it('gives Jekyll its site and page variables', () => {
    expect(html('{{ page.title }} of {{ site.title }}: {{ site.data.travel-steps.steps[0].text }}', { tool: 'jekyll', frontmatter: { title: 'Travel' } })).toBe('<p>Travel of TTS Handbook: First</p>')
  })

  it("runs Jekyll's includes as Jekyll writes them: the file name unquoted, its parameters as include.*, a variable name in {{ }}", () => {
    const jekyll = { tool: 'jekyll' as const, frontmatter: { title: 'Travel', note: 'note.html' } }
    expect(html('{% include note.html content="Ask in #help" %}', jekyll)).toBe('<div>Ask in #help</div>')
    expect(html('{% include {{ page.note }} content="By name" %}', jekyll)).toBe('<div>By name</div>')
    expect(messages('{% include note.html content="x" %}', jekyll)).toEqual([])
  })

  it('reports what later steps find at the line of the file, after lines Liquid removed', () => {
    const out = render('{% comment %}\none\ntwo\n{% endcomment %}\nLine five {% unknown_tag %}\n\n{% include "steps.html" steps: travel-steps.steps %}\n\nLine nine {% other_tag %}')
    expect(out.diagnostics.map((d) => [d.message.slice(0, 16), d.line])).toEqual([
      ['{% unknown_tag %', 5],
      ['{% other_tag %} ', 9],
    ])
  })

  it("reports Liquid's own errors at their line, in the page or in the include, and shows the page as written", () => {
    expect(messages('Fine\n\n{% if x %}\nnever closed')).toEqual([expect.stringMatching(/^docs\/page\.md:3: error: Liquid: tag \{% if x %\} not closed\. The page is shown without running Liquid/)])
    const context = { ...renderContext({ routes, files: [], shortcodes: PAGE_MAPPINGS }), liquid: { ...liquid, includes: { 'bad.html': 'ok\n{% for x in y %}' } } }
    const out = runRenderJob(
      { sourcePath: 'docs/page.md', route: 3, body: '{% include "bad.html" %}', format: 'md', liquidPage: { url: '/docs/page', sourcePath: 'docs/page.md', frontmatter: {} } },
      context,
      linkIndexOf(context),
    )
    expect(out.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([['../_includes/bad.html', 2, 'error']])
  })

  it('reads no file but the includes it was given, and publishes no script a page makes', () => {
    const out = render('{% include "../../../../etc/passwd" %}')
    expect(out.rendered.html).not.toMatch(/root:/)
    expect(out.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'liquid']])
    expect(out.diagnostics[0]!.message).toMatch(/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd/)
    const made = parseHtml(html('{% assign x = "<script>alert(1)</script><img src=x onerror=alert(2)>" %}{{ x }} and {{ "<a href=\'javascript:alert(3)\'>y</a>" }}'))
    expect(made.querySelectorAll('script')).toHaveLength(0)
    expect(made.querySelectorAll('[onerror]')).toHaveLength(0)
    expect(made.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')).not.toContain('javascript:alert(3)')
  })

  it('stops a page whose Liquid would not end', () => {
    const result = runLiquid('{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}', liquid, { url: '/', sourcePath: 'a.md', frontmatter: {} }, () => false)
    expect(result.text).toBeUndefined()
    expect(result.problems[0]!.message).toMatch(/limit/i)
  })

  it('leaves a page without Liquid outside code as it is', () => {
    expect(html('`{{ x }}` and\n\n```\n{% page "a" %}\n```')).toBe('<p><code>{{ x }}</code> and</p>\n<pre class="" tabindex="0"><code>{% page "a" %}\n</code></pre>')
  })
})

describe('the tags kept for the shortcode step', () => {
  it('are the names Liquid does not define, each a block when its end tag is written', () => {
    expect([...keptTagNames(['{% page "a" %}{% alert %}x{% endalert %}{% if a %}{% endif %}{%- raw -%}{% endraw %}{% include "x" %}'])]).toEqual([
      ['page', false],
      ['alert', true],
    ])
  })
})

describe('the pages of one handbook, rendered one after another with its Liquid', () => {
  // One context for every page, as a build has: the pages share its Liquid engines, never their variables.
  const context: RenderContext = { ...renderContext({ routes, files: [], shortcodes: PAGE_MAPPINGS }), liquid }
  const index = linkIndexOf(context)
  const page = (body: string, frontmatter: Record<string, unknown> = {}) =>
    runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md', liquidPage: { url: '/docs/page', sourcePath: 'docs/page.md', frontmatter } }, context, index)

  it("see none of the page before's variables, assignments, captures, counters or frontmatter", () => {
    const first = page('{% assign secret = "first-secret" %}{% capture note %}first-note{% endcapture %}{% increment counter %}{% increment counter %}{% cycle "a", "b" %} {{ secret }} {{ note }} {{ owner }}', {
      owner: 'first-owner',
    })
    expect(first.rendered.html).toBe('<p>01a first-secret first-note first-owner</p>')
    for (let i = 0; i < 2; i++) {
      const next = page('[{{ secret }}][{{ note }}][{{ owner }}]{% increment counter %}{% cycle "a", "b" %}')
      expect(next.rendered.html).toBe('<p>[][][]0a</p>')
      expect(next.diagnostics).toEqual([])
    }
  })

  it('each render as they do alone: their own kept tags (a block or not), their own code for {% raw %}, their includes', () => {
    const alone = (body: string) => {
      const own: RenderContext = { ...context, liquid: { ...liquid } }
      return runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md', liquidPage: { url: '/docs/page', sourcePath: 'docs/page.md', frontmatter: {} } }, own, linkIndexOf(own))
    }
    const bodies = [
      '{% widget "a" %}\ninside\n{% endwidget %}',
      // The same name without its end tag, after a page where it was a block.
      '{% widget "b" %} then text\n\n{% slack_channel "x" %}',
      '{% widget "c" %}\nagain\n{% endwidget %}',
      '`{% raw %}{{ a }}{% endraw %}` and {% raw %}{{ b }}{% endraw %}',
      '{% raw %}{{ b }}{% endraw %} and `{% raw %}{{ a }}{% endraw %}`',
      '{% include "steps.html" steps: travel-steps.steps current_step: 2 %}',
      '{% include "warning.html" %}',
      'Fine\n\n{% if x %}\nnever closed',
      '{% include "steps.html" steps: travel-steps.steps current_step: 1 %}',
    ]
    const shared = bodies.map((body) => page(body))
    expect(shared.map((outcome) => outcome.rendered.html)).toEqual(bodies.map((body) => alone(body).rendered.html))
    expect(shared.map((outcome) => outcome.diagnostics)).toEqual(bodies.map((body) => alone(body).diagnostics))
    // The block and the lone tag of one name came out differently: each page parsed with its own.
    expect(shared[0]!.rendered.html).toContain('inside')
    expect(shared[1]!.rendered.html).toContain('then text')
    expect(shared[3]!.rendered.html).toBe('<p><code>{{ a }}</code> and {{ b }}</p>')
    expect(shared[4]!.rendered.html).toBe('<p>{{ b }} and <code>{{ a }}</code></p>')
  })
})

describe('an alert title written with HTML', () => {
  it('is shown as HTML, sanitized like the page', () => {
    expect(html('{% alert "This is a <a href=\\"https://example.org/low\\">Low</a> system <script>x</script>" %}\nBody\n{% endalert %}')).toBe(
      '<div class="callout callout-note"><p class="callout-title">This is a <a href="https://example.org/low">Low</a> system </p><p>Body</p></div>',
    )
  })
})
