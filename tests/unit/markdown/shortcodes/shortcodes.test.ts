/**
 * Shortcodes from Hugo, GitBook and Jekyll, and Docusaurus admonitions, on
 * real page text: scanning (arguments, malformed tags), the markers keeping
 * lines, pairing across blocks, code kept literal, and the HTML each block
 * renders to through the whole page pipeline.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseHtml } from 'node-html-parser'
import { sortDiagnostics } from '../../../../src/content/common/diagnostics'
import { scanShortcodes } from '../../../../src/content/markdown/shortcodes/scan'
import { inCodeRanges } from '../../../../src/content/markdown/code-ranges'
import { prepareSource } from '../../../../src/content/markdown/shortcodes/prepare-source'
import { includeCandidates, includedFiles } from '../../../../src/content/markdown/shortcodes/includes'
import { mappingProblems, mentionsPeopleShortcodes } from '../../../../src/content/markdown/shortcodes/mapping'
import { linkIndexOf, runRenderJob, type RenderContext, type RenderOutcome } from '../../../../src/content/pipeline/render-jobs'
import { NO_PEOPLE } from '../../../support/people'
import { loadDirectory, peopleUrlsOf } from '../../../../src/content/features/people'
import type { Diagnostic } from '../../../../src/content/common/diagnostics'
import { renderContext } from '../../../support/render-context'
import { compile } from '@mdx-js/mdx'
import { handbookMdxPlugins, type RouteManifest } from '../../../../src/content/markdown/mdx'
import { withAdmonitions } from '../../../../src/content/markdown/admonitions'

const routes = [
  { sourcePath: 'index.md', url: '/' },
  { sourcePath: 'docs/_index.md', url: '/docs' },
  { sourcePath: 'docs/guide.md', url: '/docs/guide' },
  { sourcePath: 'docs/page.md', url: '/docs/page' },
  { sourcePath: 'company/values.md', url: '/company/values' },
]

function render(body: string, options: { includes?: Record<string, string>; shortcodes?: RenderContext['shortcodes'] } = {}): RenderOutcome {
  const context = renderContext({ routes, files: ['docs/x.png', 'docs/_inc/a.md'], shortcodes: options.shortcodes ?? {} })
  return runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md', ...(options.includes ? { includes: options.includes } : {}) }, context, linkIndexOf(context))
}

const html = (body: string, options?: Parameters<typeof render>[1]) => render(body, options).rendered.html
const messages = (body: string, options?: Parameters<typeof render>[1]) => render(body, options).diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`)

describe('scanning', () => {
  const tags = (text: string) =>
    scanShortcodes(text, () => false).tags.map(({ name, closing, selfClosing, escaped, positional, named, form }) => ({ name, closing, selfClosing, escaped, positional, named, form }))

  it('reads positional and named arguments, quoted, raw and bare', () => {
    expect(tags('{{< figure src="a b.png" alt=`it\'s "raw"` 3 bare >}}')).toEqual([
      { name: 'figure', closing: false, selfClosing: false, escaped: false, form: 'angle', positional: ['3', 'bare'], named: { src: 'a b.png', alt: 'it\'s "raw"' } },
    ])
    expect(tags('{{% alert title="Say \\"hi\\"" %}}')[0]!.named).toEqual({ title: 'Say "hi"' })
  })

  it('reads closings, self-closing tags, names with / and -, tags without spaces and over several lines', () => {
    expect(tags('{{< /tabpane >}}{{< x />}}{{<engineering/header-v2>}}{{< a\n  b="c"\n>}}').map((t) => [t.name, t.closing, t.selfClosing, t.named])).toEqual([
      ['tabpane', true, false, {}],
      ['x', false, true, {}],
      ['engineering/header-v2', false, false, {}],
      ['a', false, false, { b: 'c' }],
    ])
  })

  it('reads Liquid tags, with end<name> as the closing', () => {
    expect(tags('{% hint style="info" %}x{% endhint %}').map((t) => [t.form, t.name, t.closing, t.named])).toEqual([
      ['liquid', 'hint', false, { style: 'info' }],
      ['liquid', 'hint', true, {}],
    ])
  })

  it('reports an unclosed quote, a missing end and mixed delimiters at the tag', () => {
    const { problems } = scanShortcodes('a\n  {{< badge text="Beta >}}\n{{< x\n\n{{< y %}}', () => false)
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      expect.stringMatching(/^2:3 .*quote is never closed/),
      expect.stringMatching(/^3:1 .*\{\{< x… is never closed: end it with >\}\}/),
      expect.stringMatching(/^5:1 .*opens with \{\{< but closes with %\}\}/),
    ])
  })

  it('leaves tags in the given code ranges alone', () => {
    const text = 'a `{{< x >}}` b {{< y >}}'
    expect(scanShortcodes(text, inCodeRanges([[2, 13]])).tags.map((t) => t.name)).toEqual(['y'])
  })
})

describe('preparing the text', () => {
  it('keeps every line where it was, and the columns after an inline tag', () => {
    const text = 'A {{< label "x" >}} z\n{{% alert\n  title="T" %}}\nBody\n{{% /alert %}}\nend'
    const prepared = prepareSource(text, { inCode: () => false })
    const lines = prepared.text.split('\n')
    expect(lines).toHaveLength(6)
    expect(lines[0]!.indexOf(' z')).toBe(text.split('\n')[0]!.indexOf(' z'))
    expect(lines[1]).toMatch(/^<!--hsc:1/)
    expect(lines[2]).toMatch(/-->$/)
    expect(lines[3]).toBe('Body')
  })

  it('puts the target URL in a link destination for ref and relref', () => {
    const prepared = prepareSource('[a]({{< ref "guide" >}}) [b]({{< relref "/company/values.md#x" >}})', {
      inCode: () => false,
      resolveRef: (target) => (target === 'guide' ? { url: '/docs/guide' } : { url: `/company/values#x` }),
    })
    expect(prepared.text).toBe('[a](/docs/guide) [b](/company/values#x)')
  })

  it('rewrites the old admonition title form outside code only', () => {
    const text = ':::tip Before [you] start\nx\n:::\n\n```\n:::note Keep\n```'
    const prepared = prepareSource(text, { inCode: inCodeRanges([[text.indexOf('```'), text.length]]) })
    expect(prepared.text).toBe(':::tip[Before \\[you\\] start]\nx\n:::\n\n```\n:::note Keep\n```')
  })
})

describe('rendering', () => {
  it('draws a Docsy alert with its title and Markdown inside, colour as callout kind', () => {
    expect(html('{{% alert title="Heads up" color="danger" %}}\nSome **bold**.\n\n- a\n{{% /alert %}}')).toBe(
      '<div class="callout callout-caution"><p class="callout-title">Heads up</p><p>Some <strong>bold</strong>.</p><ul>\n<li>a</li>\n</ul></div>',
    )
  })

  it('pairs a tag on the same line as its text, and nested tags', () => {
    expect(html('{{% alert %}}One line{{% /alert %}}')).toBe('<div class="callout callout-note"><p>One line</p></div>')
    expect(html('{{% details summary="More" %}}\n{{% tip %}}\nInside\n{{% /tip %}}\n{{% /details %}}')).toBe(
      '<details class="details"><summary>More</summary><div class="callout callout-tip"><p class="callout-title">Tip</p><p>Inside</p></div></details>',
    )
  })

  it('works inside quotes and list items', () => {
    expect(html('> {{% note %}}\n> Quoted\n> {{% /note %}}')).toBe('<blockquote>\n<div class="callout callout-note"><p class="callout-title">Note</p><p>Quoted</p></div>\n</blockquote>')
    expect(html('- item\n  {{% warning %}}\n  Careful\n  {{% /warning %}}')).toContain('<li>item\n<div class="callout callout-warning"><p class="callout-title">Warning</p><p>Careful</p></div>\n</li>')
  })

  it('keeps code literal and shows the escape as the tag', () => {
    expect(html('`{{< x >}}` and\n\n```\n{{% alert %}}\n```\n\n{{</* alert */>}}')).toBe(
      '<p><code>{{&#x3C; x >}}</code> and</p>\n<pre class="" tabindex="0"><code>{{% alert %}}\n</code></pre>\n<p>{{&#x3C; alert >}}</p>',
    )
  })

  it('resolves ref in a link: from the page folder, the root, or by a unique file name', () => {
    expect(html('[a]({{< ref "guide" >}}) [b]({{< ref "/company/values.md#how" >}}) [c]({{< relref "values" >}}) [d]({{< ref "../docs" >}})')).toBe(
      '<p><a href="/docs/guide">a</a> <a href="/company/values#how">b</a> <a href="/company/values">c</a> <a href="/docs">d</a></p>',
    )
  })

  it('reports an unknown ref at the tag with Did you mean', () => {
    expect(messages('\n[a]({{< ref "gide" >}})')).toEqual([expect.stringMatching(/^docs\/page\.md:2:5: error: ref "gide": no page at "gide".*Did you mean docs\/guide\.md\?/)])
  })

  it('draws inline badges, and a badge alone on a line as a paragraph', () => {
    expect(html('New {{< label "Beta" >}} and {{<badge text="Old" color="warning">}}.')).toBe('<p>New <span class="badge badge-neutral">Beta</span> and <span class="badge badge-warning">Old</span>.</p>')
    expect(html('{{< badge "Solo" >}}')).toBe('<p><span class="badge badge-neutral">Solo</span></p>')
  })

  it('makes a video a link to the host (nothing is loaded from it), and checks the id', () => {
    expect(html('{{< youtube id="dQw4w9WgXcQ" title="Intro" >}}\n\n{{< vimeo 76979871 >}}')).toBe(
      '<div class="video-embed video-youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="video-link">Watch “Intro” on YouTube</a></div>\n' +
        '<div class="video-embed video-vimeo"><a href="https://vimeo.com/76979871" class="video-link">Watch the video on Vimeo</a></div>',
    )
    expect(messages('{{< youtube "javascript:x" >}}')).toEqual([expect.stringMatching(/^docs\/page\.md:1:1: error: \{\{< youtube >\}\} needs the video's id/)])
  })

  it('draws tabs readable without JavaScript; a tab with lang holds code as written', () => {
    const out = html('{{< tabpane >}}\n{{% tab header="macOS" %}}\nUse **brew**.\n{{% /tab %}}\n{{< tab header="Linux" lang="bash" >}}\necho  hi\n{{< /tab >}}\n{{< /tabpane >}}')
    expect(out).toMatch(
      /^<div class="tabs"><section class="tab-panel"><p class="tab-label">macOS<\/p><p>Use <strong>brew<\/strong>.<\/p><\/section><section class="tab-panel"><p class="tab-label">Linux<\/p><pre class="language-bash"/,
    )
    expect(out).toContain('hi')
  })

  it("reads Docsy's pane options: langEqualsHeader and lang make code, text=true keeps Markdown, a disabled tab is a caption", () => {
    // From Docsy's "Tabbed panes": the header is the language.
    const dom = (body: string) => parseHtml(html(body), { blockTextElements: { script: true, style: true } })
    const byHeader = dom('{{< tabpane langEqualsHeader=true >}}\n{{< tab "Go" >}}\npackage main\n{{< /tab >}}\n{{< tab header="Python" >}}\n# a comment\nprint("Hello World!")\n{{< /tab >}}\n{{< /tabpane >}}')
    expect(
      byHeader.querySelectorAll('.tab-panel').map((panel) => [panel.querySelector('.tab-label')?.text, panel.querySelector('pre')?.getAttribute('class'), panel.querySelector('code')?.text.trim()]),
    ).toEqual([
      ['Go', 'language-go', 'package main'],
      ['Python', 'language-python', '# a comment\nprint("Hello World!")'],
    ])
    expect(byHeader.querySelector('h1')).toBeNull()
    // The pane's lang for the tabs that name none; a tab's own lang wins.
    const byPane = dom('{{< tabpane lang="yaml" >}}\n{{< tab "Config" >}}\nkey: value\n{{< /tab >}}\n{{< tab header="JSON" lang="json" >}}\n{"key": "value"}\n{{< /tab >}}\n{{< /tabpane >}}')
    expect(byPane.querySelectorAll('pre').map((pre) => pre.getAttribute('class'))).toEqual(['language-yaml', 'language-json'])
    // text=true on the pane: Markdown, even in a tab with lang (a spoken language there), with a disabled tab as the caption.
    const texts = html(
      '{{< tabpane text=true right=true >}}\n{{% tab header="**Languages**:" disabled=true /%}}\n{{% tab header="English" lang="en" %}}\n**Welcome!**\n{{% /tab %}}\n{{% tab header="Swahili" lang="sw" %}}\n**Karibu sana!**\n{{% /tab %}}\n{{< /tabpane >}}',
    )
    expect(texts).toMatch(/^<p><strong>Languages<\/strong>:<\/p>\n?<div class="tabs">/)
    expect(
      parseHtml(texts)
        .querySelectorAll('.tab-panel strong')
        .map((b) => b.text),
    ).toEqual(['Welcome!', 'Karibu sana!'])
    expect(texts).not.toContain('<pre')
    // `{{< tab >}}` without a language: its content as written, in a code block, as Docsy shows it; `{{% tab %}}` Markdown.
    const plain = dom('{{< tabpane >}}\n{{< tab "Output" >}}\n# not a heading\n{{< /tab >}}\n{{% tab "Notes" %}}\n**Bold**\n{{% /tab %}}\n{{< /tabpane >}}')
    expect(plain.querySelectorAll('.tab-panel').map((panel) => [panel.querySelector('pre code')?.text.trim(), panel.querySelector('strong')?.text])).toEqual([
      ['# not a heading', undefined],
      [undefined, 'Bold'],
    ])
    // Hugo Book's `{{< tabs >}}` renders its tabs' Markdown.
    expect(dom('{{< tabs "os" >}}\n{{< tab "MacOS" >}}\n# MacOS\n{{< /tab >}}\n{{< /tabs >}}').querySelector('.tab-panel h1')?.text).toBe('MacOS')
    expect(messages('{{< tabpane text=true >}}\n{{% tab header="A" disabled=true /%}}\n{{% tab header="B" %}}\nx\n{{% /tab %}}\n{{< /tabpane >}}')).toEqual([])
  })

  it('draws a figure whose image is checked like an image link', () => {
    expect(html('{{< figure src="x.png" caption="A picture" >}}')).toBe(
      '<figure class="figure"><img src="/docs/x.png" alt="A picture" loading="lazy" decoding="async"><figcaption>A picture</figcaption></figure>',
    )
    // Recorded like an image link, for the link check to report.
    expect(render('{{< figure src="nope.png" alt="x" >}}').rendered.links).toEqual([expect.objectContaining({ href: 'nope.png', embedded: true, target: expect.objectContaining({ kind: 'broken' }) })])
  })

  it('includes Markdown in place, and other files as code; a missing file and a cycle are errors', () => {
    const includes = {
      'docs/_inc/a.md': '---\ntitle: x\n---\nIncluded **text**\n',
      'docs/_inc/c.yaml': 'a: 1\n',
      'docs/_inc/loop.md': '{{< include "/docs/page.md" >}}',
      'docs/page.md': '{{< include "_inc/loop.md" >}}',
    }
    expect(html('{{< include "_inc/a.md" >}}', { includes })).toBe('<p>Included <strong>text</strong></p>')
    expect(html('{{< readfile file="/docs/_inc/c.yaml" >}}', { includes })).toContain('<pre class="language-yaml"')
    expect(messages('\n{{< include "_inc/b.md" >}}', { includes })).toEqual([expect.stringMatching(/^docs\/page\.md:2:1: error: include "_inc\/b\.md": no such file .*Did you mean docs\/_inc\/a\.md\?/)])
    expect(messages('{{< include "_inc/loop.md" >}}', { includes })).toEqual([
      'docs/_inc/loop.md:1:1: error: include "/docs/page.md" makes a cycle: docs/page.md → docs/_inc/loop.md → docs/page.md. Remove one of these includes',
    ])
  })

  it('shows an unknown shortcode as a marked placeholder with a warning, its inner Markdown still rendered', () => {
    expect(html('{{% sidebar-box %}}\nInner *md*\n{{% /sidebar-box %}}\n\nSee {{< tweet 1 >}}.')).toBe(
      '<div class="shortcode-unknown"><p class="shortcode-unknown-name">Unsupported shortcode: sidebar-box</p><p>Inner <em>md</em></p></div>\n' +
        '<p>See <span class="shortcode-unknown" title="Unsupported shortcode: tweet">tweet 1</span>.</p>',
    )
    expect(messages('{{% sidebar-box %}}\nx\n{{% /sidebar-box %}}')).toEqual([expect.stringMatching(/^docs\/page\.md:1:1: warning: \{\{% sidebar-box %\}\} is not a shortcode this handbook knows/)])
  })

  it('reports a tag never closed, a closing with no opening, and a pair split across blocks', () => {
    expect(messages('{{% alert %}}\nx')).toEqual([expect.stringMatching(/1:1: error: \{\{% alert %\}\} is never closed: end its content with \{\{% \/alert %\}\}/)])
    expect(messages('x\n\n{{% /details %}}')).toEqual([expect.stringMatching(/3:1: error: \{\{% \/details %\}\} closes nothing/)])
    expect(messages('- a\n  {{% alert %}}\n- b\n\n{{% /alert %}}')).toEqual([expect.stringMatching(/2:3: error: \{\{% alert %\}\} and its closing tag on line 5 are not in the same block/)])
  })

  it("maps a company's shortcodes to our blocks, or removes them on purpose", () => {
    const shortcodes = { callout: { block: 'alert', args: ['color'] }, 'engineering/header': { block: 'none' }, wrapper: { block: 'content' } }
    expect(html('{{% callout "warning" %}}\nx\n{{% /callout %}}\n\n{{< engineering/header >}}\n\n{{% wrapper %}}\nkept\n{{% /wrapper %}}', { shortcodes })).toBe(
      '<div class="callout callout-warning"><p>x</p></div>\n<p>kept</p>',
    )
    expect(messages('{{< member-by-name "Ada" >}}', { shortcodes: { 'member-by-name': { block: 'person', args: ['name'] } } })).toEqual([
      expect.stringMatching(/warning: \{\{< member-by-name >\}\} shows people, and this handbook has no people data/),
    ])
  })

  it('draws GitBook hints and warns about other Liquid tags', () => {
    expect(html('{% hint style="success" %}\nDone\n{% endhint %}')).toBe('<div class="callout callout-tip"><p class="callout-title">Success</p><p>Done</p></div>')
    expect(messages('{% include "x.md" %}')).toEqual([expect.stringMatching(/warning: \{% include %\} is a Jekyll\/Liquid tag/)])
    expect(html('{% raw %}\n{{ page.title }}\n{% endraw %}')).toBe('<p>{{ page.title }}</p>')
  })

  it('gives an unknown tag its written name as the kind of its warning, so reports count its uses as one', () => {
    const kinds = (body: string) => sortDiagnostics(render(body).diagnostics).map((d) => [d.line, d.code, d.kind])
    expect(kinds('{% slack_channel "#a" %}\n\n{% slack_channel "#b" %} and {{< tweet 1 >}}\n\n{% raw %}x{% endraw %}\n\n{{< person "ada" >}}')).toEqual([
      [1, 'shortcode-unknown', '{% slack_channel %}'],
      [3, 'shortcode-unknown', '{% slack_channel %}'],
      [3, 'shortcode-unknown', '{{< tweet >}}'],
      [5, 'shortcode-unknown', '{% raw %}'],
      [7, 'shortcode-unknown', '{{< person >}}'],
    ])
  })

  it('draws Docusaurus admonitions in both title forms; :note in text stays text', () => {
    expect(html(':::danger[Stop]\nNo.\n:::\n\n:::info Good to know\nYes.\n:::\n\nA time 12:note here.')).toBe(
      '<div class="callout callout-caution"><p class="callout-title">Stop</p><p>No.</p></div>\n<div class="callout callout-note"><p class="callout-title">Good to know</p><p>Yes.</p></div>\n<p>A time 12:note here.</p>',
    )
    expect(html('::::note\nOuter\n:::tip\nInner\n:::\n::::')).toBe(
      '<div class="callout callout-note"><p class="callout-title">Note</p><p>Outer</p><div class="callout callout-tip"><p class="callout-title">Tip</p><p>Inner</p></div></div>',
    )
  })

  it('never lets a shortcode argument inject markup', () => {
    const out = html('{{% alert title="<img src=x onerror=alert(1)>" color="x\\" onclick=\\"y" %}}\nz\n{{% /alert %}}\n\n{{< badge text="a" color="<b>" >}}')
    const tree = parseHtml(out)
    expect(tree.querySelectorAll('img, b')).toHaveLength(0)
    expect(tree.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes))).toEqual(['class', 'class', 'class'])
  })
})

describe('positions after shortcodes', () => {
  const linkPlaces = (body: string, includes?: Record<string, string>) =>
    render(body, includes ? { includes } : {})
      .rendered.links.filter((l) => l.target.kind === 'broken')
      .map((l) => `${l.href} ${l.line}:${l.column}`)

  it('reports raw HTML at its own line on a page with a shortcode before it', () => {
    const body = ['# Page', '', '{{< figure src="x.png" alt="X" >}}', '', 'Text.', '', '{{% note %}}', 'Inside.', '<a href="missing.md">raw</a>', '{{% /note %}}', ''].join('\n')
    expect(linkPlaces(body)).toEqual(['missing.md 9:1'])
  })

  it('keeps the line and column of raw HTML split by an inline shortcode', () => {
    const body = ['a', '', '{{< figure src="x.png" >}}', '', '<p>{{< badge "New" >}} and <a href="gone.md">x</a>', 'then <a href="also-gone.md">y</a></p>', ''].join('\n')
    expect(linkPlaces(body)).toEqual(['gone.md 5:28', 'also-gone.md 6:6'])
  })

  it("reports an included file's raw HTML at the include", () => {
    expect(linkPlaces('a\n\n{{< include "_inc/a.md" >}}\n', { 'docs/_inc/a.md': 'x\n\n<a href="lost.md">l</a>\n' })).toEqual(['lost.md 3:1'])
  })
})

describe('includes and the mapping, before rendering', () => {
  it('finds included files transitively, relative to the including file, then from the root', () => {
    const files: Record<string, string> = { 'a/_inc/one.md': '{{< include "two.md" >}}', 'a/_inc/two.md': 'x', 'shared/three.md': 'y' }
    expect(includedFiles('{{< include "_inc/one.md" >}} {{< readfile file="/shared/three.md" >}}', 'a/page.md', (p) => files[p])).toEqual(files)
    expect(includeCandidates('x.md', 'a/b/page.md')).toEqual(['a/b/x.md', 'x.md'])
    expect(includeCandidates('/x.md', 'a/b/page.md')).toEqual(['x.md'])
  })

  it('checks the mapping, with Did you mean', () => {
    expect(mappingProblems({ x: { block: 'alrt' }, y: 'alert', z: { block: 'person', args: 'name' } })).toEqual([
      expect.stringMatching(/^shortcode "x": "alrt" is not a block\. Did you mean "alert"\?/),
      'shortcode "y" needs a block or a template, e.g. { block: "alert" } or { template: "/{0}" }',
      'shortcode "z": args must be a list of argument names, e.g. ["name"]',
    ])
  })

  it('tells which pages show people through a mapped shortcode', () => {
    const mappings = { 'member-by-name': { block: 'person' } }
    expect(mentionsPeopleShortcodes('{{< member-by-name "Ada" >}}', mappings)).toBe(true)
    expect(mentionsPeopleShortcodes('{{< member-by-name-x "Ada" >}}', mappings)).toBe(false)
    expect(mentionsPeopleShortcodes('{{< alert >}}', mappings)).toBe(false)
  })
})

describe('admonitions in .mdx', () => {
  const manifest: RouteManifest = {
    people: NO_PEOPLE,
    site: { siteUrl: 'https://handbook.test', pathPrefix: '' },
    hrefPrefix: '',
    routes,
    files: [],
    mdx: { '/content/docs/page.mdx': { sourcePath: 'docs/page.md', url: '/docs/page' } },
  }

  it('compile to the same callout as in .md, with the components around them untouched', async () => {
    const plugins = handbookMdxPlugins(
      () => manifest,
      () => withAdmonitions(new Map()),
    )
    const compiled = await compile(
      { value: '<div>\n\n:::warning[Mind the gap]\nText with **bold**.\n:::\n\n</div>', path: '/content/docs/page.mdx' },
      { ...plugins, outputFormat: 'function-body', development: false },
    )
    const code = String(compiled)
    expect(code).toMatch(/className: "callout callout-warning"/)
    expect(code).toContain('"Mind the gap"')
  })

  it('warn about the old title form, which only .md reads', () => {
    const context = renderContext({ routes, site: manifest.site })
    const outcome = runRenderJob({ sourcePath: 'docs/page.mdx', route: 3, body: '\n:::tip Use the sandbox\nx\n:::\n', format: 'mdx' }, context, linkIndexOf(context))
    expect(outcome.diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`)).toEqual([
      "2: warning: in .mdx an admonition's title goes in brackets: write :::tip[Use the sandbox] (the form :::tip Use the sandbox works in .md only)",
    ])
  })
})

describe('shortcodes where only text can stand', () => {
  it('are reported in a link address, title or alt text, and left out of it', () => {
    expect(html('[a]({{< param "url" >}}) ![x {{< label "y" >}}](x.png)')).toBe('<p><a href="">a</a> <img src="/docs/x.png" alt="x " loading="lazy" decoding="async"></p>')
    expect(messages('[a]({{< param "url" >}}) ![x {{< label "y" >}}](x.png)')).toEqual([
      expect.stringMatching(/1:5: error: \{\{< param >\}\} cannot stand in a link's address/),
      expect.stringMatching(/1:30: error: \{\{< label >\}\} cannot stand in an image's or link's alt text/),
    ])
  })
})

describe('built-ins as Hugo and Docsy accept them', () => {
  it('keeps the start time of a video written in its id or as start=, in the link and its label', () => {
    expect(html('{{< youtube "dQw4w9WgXcQ?start=431" >}}')).toBe(
      '<div class="video-embed video-youtube"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=431s" class="video-link">Watch the video on YouTube (from 7:11)</a></div>',
    )
    expect(html('{{< youtube id="dQw4w9WgXcQ" start="90" title="Intro" >}}')).toContain(
      'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=90s" class="video-link">Watch “Intro” on YouTube (from 1:30)</a>',
    )
    expect(html('{{< youtube "dQw4w9WgXcQ?t=1m5s" >}}')).toContain('watch?v=dQw4w9WgXcQ&#x26;t=65s"')
    expect(html('{{< vimeo id="76979871" start="12" >}}')).toContain('href="https://vimeo.com/76979871#t=12s"')
    expect(messages('{{< youtube "dQw4w9WgXcQ?start=431" >}}\n\n{{< youtube "dQw4w9WgXcQ?autoplay=1" >}}')).toEqual([])
    expect(messages('{{< youtube "bad id?start=4" >}}')).toEqual([expect.stringMatching(/"bad id" is not a YouTube id/)])
  })

  it('draws a theme label written with name= and color=, and positionally', () => {
    expect(html('A {{< label name="Beta" color="green" >}} and {{< label "Old" "warning" >}}.')).toBe('<p>A <span class="badge badge-green">Beta</span> and <span class="badge badge-warning">Old</span>.</p>')
    expect(messages('A {{< label name="Beta" color="green" >}}.')).toEqual([])
  })

  it('reads the positional forms of alert and pageinfo, and a card with subtitle and code', () => {
    expect(html('{{% alert "Heads up" "warning" %}}\nBody\n{{% /alert %}}')).toBe('<div class="callout callout-warning"><p class="callout-title">Heads up</p><p>Body</p></div>')
    expect(html('{{% pageinfo "info" %}}\nBody\n{{% /pageinfo %}}')).toBe('<div class="pageinfo pageinfo-info"><p>Body</p></div>')
    const card = html('{{< card header="Go" subtitle="Hello" code=true lang="go" >}}\nfmt.Println("*hi*")\n{{< /card >}}')
    expect(card).toContain('<p class="card-header">Go</p><p>Hello</p><pre')
    expect(card).toContain('<pre class="language-go"')
    expect(card).not.toContain('<em>')
  })

  it('never shows a comment, shows conditional text, and links to gists and posts', () => {
    expect(html('a\n\n{{% comment %}}\nTODO: *secret*\n{{% /comment %}}\n\nb')).toBe('<p>a</p>\n<p>b</p>')
    expect(html('{{% conditional-text include-if="foo" %}}\nShown\n{{% /conditional-text %}}')).toBe('<p>Shown</p>')
    expect(html('{{< gist spf13 7896402 >}}')).toContain('<a href="https://gist.github.com/spf13/7896402">See it on GitHub Gist</a>')
    expect(html('{{< x user="SanDiegoZoo" id="1453110110599868418" >}}')).toContain('href="https://x.com/SanDiegoZoo/status/1453110110599868418"')
    expect(html('{{< instagram CxOWiQNP2MO >}}')).toContain('href="https://www.instagram.com/p/CxOWiQNP2MO/"')
    expect(messages('{{< gist "../x" >}}')).toEqual([expect.stringMatching(/gist >\}\} needs the post it shows/)])
  })
})

describe('{{name:args}} and {{name}}: another generator’s placeholders', () => {
  it('are found outside code, one warning kind per name, shown as a marked placeholder, never raw', () => {
    const body = 'A\n\n{{generator:reporting_structure}}\n\nSee {{generator:glossary}} and {{generator:glossary}}.\n\n`{{generator:x}}` and {{ liquid }} and {{a b}}\n'
    const out = html(body)
    expect(out).toContain('<div class="shortcode-unknown"><p class="shortcode-unknown-name">Unsupported shortcode: generator:reporting_structure</p></div>')
    expect(out).toContain('<span class="shortcode-unknown" title="Unsupported shortcode: generator:glossary">generator:glossary</span>')
    expect(out).not.toMatch(/\{\{generator:(reporting|glossary)/)
    expect(out).toContain('<code>{{generator:x}}</code> and {{ liquid }} and {{a b}}')
    const kinds = sortDiagnostics(render(body).diagnostics).map((d) => [d.line, d.code, d.kind])
    expect(kinds).toEqual([
      [3, 'shortcode-unknown', '{{generator:reporting_structure}}'],
      [5, 'shortcode-unknown', '{{generator:glossary}}'],
      [5, 'shortcode-unknown', '{{generator:glossary}}'],
    ])
    expect(messages('{{team_members_list}}')).toEqual([expect.stringMatching(/\{\{team_members_list\}\} is not Hugo's syntax.*shortcodes: \{ "team_members_list": \{ block: "…" \} \}/)])
  })

  it('are mapped like a shortcode: a block or a template, keyed by the whole text, with what follows the colon as arguments', () => {
    const shortcodes = { 'generator:glossary': { template: '[Glossary](/company/values)' }, 'generator:note': { block: 'alert' as const }, 'tag:beta': { template: '**{0}**' } }
    const out = html('{{generator:glossary}}\n\n{{generator:note}}\n\nA {{tag:beta}}.', { shortcodes })
    expect(out).toContain('<a href="/company/values">Glossary</a>')
    expect(out).toContain('<div class="callout callout-note"><p class="callout-title">note</p></div>')
    expect(out).toContain('<strong>beta</strong>')
    expect(messages('{{generator:glossary}}\n\n{{generator:note}}', { shortcodes })).toEqual([])
  })
})

describe('{{generator:…}} mapped onto the people blocks and a glossary page', () => {
  const diagnostics: Diagnostic[] = []
  const directory = loadDirectory(
    [
      {
        path: 'people.yml',
        text: 'ana:\n  name: Ana Lima\n  role: CEO\nbo:\n  name: Bo Chen\n  role: Product lead\n  reports_to: ana\n  teams: [product]\ncy:\n  name: Cy Dee\n  reports_to: bo\n  teams: [product]\n',
      },
      { path: 'teams.yml', text: 'product:\n  name: Product\n  lead: bo\n' },
    ],
    new Set(),
    diagnostics,
  )
  const people = { directory, urls: peopleUrlsOf({ peopleUrl: '/people', teamsUrl: '/teams' }), lang: 'en' }
  // As handbook.yml writes them (the migration guide's example for a handbook whose own generator filled these in).
  const shortcodes = {
    'generator:reporting_structure': { block: 'org-chart' },
    'generator:product_team': { block: 'team', with: { slug: 'product' } },
    'generator:team_members_list': { block: 'people', with: { team: 'product' } },
    'generator:glossary': { template: '[the glossary](/company/values)' },
  }
  const renderWithPeople = (body: string) => {
    const context = renderContext({ routes, files: [], shortcodes, people })
    return runRenderJob({ sourcePath: 'docs/page.md', route: 3, body, format: 'md' }, context, linkIndexOf(context))
  }

  it('draws each where it stands, between blocks or inside a sentence, and never shows the braces', () => {
    expect(diagnostics).toEqual([])
    const body = [
      '{{generator:reporting_structure}}',
      '',
      'How we report: {{generator:reporting_structure}} Ask your lead.',
      '',
      '- {{generator:product_team}}',
      '- Members: {{generator:team_members_list}}',
      '',
      'Words we use are in {{generator:glossary}}; the {{generator:product_team}} team owns it.',
    ].join('\n')
    const outcome = renderWithPeople(body)
    const root = parseHtml(outcome.rendered.html)
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.rendered.html).not.toContain('{{')
    expect(outcome.rendered.html).not.toContain('shortcode-unknown')
    // The whole chart, from the top (what follows the colon is the mapping's key, not a person id), twice.
    expect(root.querySelectorAll('.org-chart').length).toBe(2)
    expect(root.querySelector('.org-chart .org-person a')?.text).toBe('Ana Lima')
    // Inside a sentence: the chart stands after the text before it, the rest follows it.
    expect(outcome.rendered.html).toMatch(/<p>How we report:<\/p>\n<div class="org-chart">[\s\S]*?<\/div>\n<p>Ask your lead\.<\/p>/)
    const list = root.querySelectorAll('ul').find((ul) => ul.parentNode === root)!
    const [teamItem, membersItem] = list.querySelectorAll('li')
    expect(teamItem!.querySelector('.team-card .team-name')?.text).toBe('Product')
    expect(membersItem!.querySelector('.team-card')).toBeNull()
    expect(membersItem!.querySelectorAll('.people-grid .person-name').map((p) => p.text)).toEqual(['Bo Chen', 'Cy Dee'])
    expect(root.querySelector('p a[href="/company/values"]')?.text).toBe('the glossary')
    expect(root.querySelector('p a.team-mention')?.getAttribute('href')).toBe('/teams/product')
  })

  it('makes the page depend on the people data', () => {
    expect(mentionsPeopleShortcodes('Team: {{generator:team_members_list}}', shortcodes)).toBe(true)
    expect(mentionsPeopleShortcodes('{{generator:glossary}}', shortcodes)).toBe(false)
  })

  it('names the id through args when what follows the colon is one: {{person:ana}}', () => {
    const context = renderContext({ routes, files: [], shortcodes: { 'person:ana': { block: 'person', args: ['id'] } }, people })
    const outcome = runRenderJob({ sourcePath: 'docs/page.md', route: 3, body: 'Ask {{person:ana}}.', format: 'md' }, context, linkIndexOf(context))
    expect(outcome.diagnostics).toEqual([])
    expect(parseHtml(outcome.rendered.html).querySelector('p a')?.text).toBe('Ana Lima')
  })

  it('maps every {{person:…}} by the name before the colon, what follows it being the argument; the whole text wins', () => {
    const mappings = { person: { block: 'person', args: ['id'] }, 'person:team': { template: '[the team](/company/values)' } }
    const context = renderContext({ routes, files: [], shortcodes: mappings, people })
    const outcome = runRenderJob({ sourcePath: 'docs/page.md', route: 3, body: 'Ask {{person:ana}} or {{person:team}}.', format: 'md' }, context, linkIndexOf(context))
    expect(outcome.diagnostics).toEqual([])
    const links = parseHtml(outcome.rendered.html).querySelectorAll('p a')
    expect(links.map((a) => a.text)).toEqual(['Ana Lima', 'the team'])
    expect(mentionsPeopleShortcodes('Ask {{person:ana}}.', mappings)).toBe(true)
  })

  it('an unmapped {{name:args}} says a mapping of its name before the colon serves them all', () => {
    const context = renderContext({ routes, files: [], shortcodes: {}, people })
    const outcome = runRenderJob({ sourcePath: 'docs/page.md', route: 3, body: 'Ask {{person:ana}}.', format: 'md' }, context, linkIndexOf(context))
    expect(outcome.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('a mapping of "person" serves every {{person:…}}')])
  })
})
