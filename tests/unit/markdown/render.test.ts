/**
 * The Markdown pipeline on real inputs: GFM, raw HTML (sanitized), heading
 * ids, links, alerts, Prism, and MDX read as its compile renders it. Over 300
 * lines on purpose: one module, many small input → HTML cases.
 */
import { describe, expect, it } from 'vitest'
import { parse as parseHtml, type HTMLElement } from 'node-html-parser'
import { compile } from '@mdx-js/mdx'
import type { Root as HastRoot } from 'hast'
import { visit } from 'unist-util-visit'
import { renderPage, type RenderInput, type RenderedPage } from '../../../src/content/markdown/render'
import { handbookMdxPlugins, type RouteManifest } from '../../../src/content/markdown/mdx'
import { createLinkIndex, type Route } from '../../../src/content/links/links'
import { defaultSettings } from '../../../src/content/settings'
import { NO_PEOPLE } from '../../support/people'
import { readdirSync, readFileSync } from 'node:fs'
import { ADMONITION_HANDLERS } from '../../../src/content/markdown/admonitions'
import { isContentClass } from '../../../src/content/markdown/content-classes'
import { isSiteId } from '../../../src/content/markdown/site-ids'

const routes: Route[] = [
  { sourcePath: 'README.md', url: '/' },
  { sourcePath: 'values.md', url: '/values' },
  { sourcePath: 'company/management.md', url: '/company/management' },
  { sourcePath: 'company/structure.md', url: '/company/structure' },
  { sourcePath: 'people/compensation.md', url: '/people/compensation' },
]
const files = new Set(['company/x.png', 'company/bands.csv'])
const index = createLinkIndex(routes, (p) => files.has(p))
const from = routes[2]!

function render(body: string, options: Partial<RenderInput> = {}): RenderedPage {
  return renderPage({
    body,
    format: 'md',
    link: { from, index, site: { siteUrl: 'https://handbook.example.com', pathPrefix: '/handbook' }, hrefPrefix: '/handbook' },
    iframeHosts: defaultSettings.iframeHosts,
    ...options,
  })
}

/** node-html-parser keeps <pre> as raw text by default; code blocks are parsed here. */
function parse(html: string): HTMLElement {
  return parseHtml(html, { blockTextElements: { script: true, noscript: true, style: true } })
}

function dom(body: string, options: Partial<RenderInput> = {}): HTMLElement {
  return parse(render(body, options).html)
}

describe('GitHub Flavored Markdown', () => {
  it('renders tables', () => {
    const root = dom('| a | b |\n|---|---|\n| 1 | 2 |\n')
    expect(root.querySelectorAll('table th').map((th) => th.text)).toEqual(['a', 'b'])
    expect(root.querySelectorAll('table td').map((td) => td.text)).toEqual(['1', '2'])
    // A table scrolls sideways on a phone: it is a tab stop, so the keyboard can scroll it.
    expect(root.querySelector('table')!.getAttribute('tabindex')).toBe('0')
  })

  it('renders task lists as disabled checkboxes', () => {
    const root = dom('- [x] done\n- [ ] todo\n')
    const boxes = root.querySelectorAll('li.task-list-item input[type="checkbox"]')
    expect(boxes).toHaveLength(2)
    expect(boxes.map((box) => box.hasAttribute('checked'))).toEqual([true, false])
    expect(boxes.every((box) => box.hasAttribute('disabled'))).toBe(true)
  })

  it('names each task checkbox by its own item text (nested lists left out)', () => {
    const root = dom('- [x] Write the *first* draft\n- [ ] Announce it\n  - in the weekly update\n\n- [ ] Loose item\n')
    const boxes = root.querySelectorAll('li.task-list-item input[type="checkbox"]')
    expect(boxes.map((box) => box.getAttribute('aria-label'))).toEqual(['Write the first draft', 'Announce it', 'Loose item'])
  })

  it('renders strikethrough and autolink literals', () => {
    const root = dom('~~gone~~ and www.example.com and https://x.example.org\n')
    expect(root.querySelector('del')?.text).toBe('gone')
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['http://www.example.com', 'https://x.example.org'])
  })

  it('renders footnotes with working references', () => {
    const root = dom('Claim[^1].\n\n[^1]: The note.\n')
    const ref = root.querySelector('sup a[data-footnote-ref]')
    expect(ref).not.toBeNull()
    const target = ref!.getAttribute('href')!.slice(1)
    expect(root.getElementById(target)?.text).toContain('The note.')
    expect(root.querySelector('section.footnotes')).not.toBeNull()
  })
})

describe('raw HTML in .md', () => {
  const page = render(
    [
      'Intro.',
      '',
      '<img src="x.png" alt="a">',
      'line<br>break',
      '',
      '<details><summary>More</summary>',
      '',
      'Hidden *text*',
      '',
      '</details>',
      '',
      '<!-- an editor note -->',
      '',
      'After the comment, {braces} and a < b and 3 > 2.',
    ].join('\n'),
  )
  const root = parse(page.html)

  it('renders an <img> without a closing slash, with its URL rewritten', () => {
    const img = root.querySelector('img')
    expect(img?.getAttribute('alt')).toBe('a')
    expect(img?.getAttribute('src')).toBe('/handbook/company/x.png')
    expect(img?.getAttribute('loading')).toBe('lazy')
  })

  it("shows GitHub's images for one theme (#gh-dark-mode-only) in that theme only", () => {
    const themed = parse(render('![Logo](logo-light.png#gh-light-mode-only)\n![Logo](logo-dark.png#gh-dark-mode-only)\n![Plain](plain.png)\n').html)
    expect(themed.querySelectorAll('img').map((img) => img.getAttribute('class') ?? '')).toEqual(['theme-light-only', 'theme-dark-only', ''])
  })

  it('renders <br> and <details><summary> with Markdown inside', () => {
    expect(root.querySelector('br')).not.toBeNull()
    expect(root.querySelector('details summary')?.text).toBe('More')
    expect(root.querySelector('details em')?.text).toBe('text')
  })

  it('drops comments and keeps what follows', () => {
    expect(page.html).not.toContain('editor note')
    expect(page.html).not.toContain('<!--')
    expect(root.text).toContain('After the comment')
  })

  it('renders braces and angle brackets as text', () => {
    expect(root.text).toContain('{braces} and a < b and 3 > 2.')
  })
})

describe('sanitizing', () => {
  const html = render(
    [
      '<script>window.injected = true</script>',
      '',
      '<img src="x.png" onerror="window.injected = true" alt="b">',
      '',
      '<a href="javascript:window.injected=true">click</a>',
      '',
      '[md](javascript:alert(2))',
      '',
      '<iframe src="https://evil.example/frame"></iframe>',
      '',
      '<iframe src="https://www.youtube.com/embed/abc123" title="Intro video"></iframe>',
      '',
      '<style>body { display: none }</style>',
      '',
      '<span id="old-anchor"></span>',
      '',
      '<a name="legacy">legacy anchor</a>',
    ].join('\n'),
  ).html
  const root = parse(html)

  it('removes scripts, styles, event handlers and javascript: URLs', () => {
    expect(html).not.toContain('<script')
    expect(html).not.toContain('injected')
    expect(html).not.toContain('<style')
    expect(html).not.toMatch(/\son[a-z]+=/i)
    expect(html).not.toContain('javascript:')
    // A link left without its address is its text, not a link that does nothing.
    expect(root.querySelectorAll('a').map((a) => a.text)).not.toEqual(expect.arrayContaining(['click']))
    expect(root.querySelectorAll('a').map((a) => a.text)).not.toEqual(expect.arrayContaining(['md']))
    expect(root.textContent).toContain('click')
    expect(root.textContent).toContain('md')
    // An anchor without an address is kept: links point to it.
    expect(root.querySelector('a[name="legacy"]')?.text).toBe('legacy anchor')
  })

  it('replaces an iframe from a host not allowed with a link to it', () => {
    const frames = root.querySelectorAll('iframe').map((frame) => frame.getAttribute('src'))
    expect(frames).toEqual(['https://www.youtube.com/embed/abc123'])
    const fallback = root.querySelector('p.embed-fallback a')
    expect(fallback?.getAttribute('href')).toBe('https://evil.example/frame')
  })

  it('keeps an allowed YouTube embed, loaded lazily', () => {
    const frame = root.querySelector('iframe')!
    expect(frame.getAttribute('title')).toBe('Intro video')
    expect(frame.getAttribute('loading')).toBe('lazy')
  })

  it('gives a titleless allowed iframe a title', () => {
    const frame = dom('<iframe src="https://player.vimeo.com/video/1"></iframe>').querySelector('iframe')
    expect(frame?.getAttribute('title')).toBe('Embedded content from player.vimeo.com')
  })

  it('removes an iframe that is not https, even from an allowed host', () => {
    const root = dom('<iframe src="http://www.youtube.com/embed/abc"></iframe>')
    expect(root.querySelector('iframe')).toBeNull()
  })

  it('keeps ids as written, without the user-content- prefix', () => {
    expect(root.getElementById('old-anchor')).not.toBeNull()
    expect(html).not.toContain('user-content-old-anchor')
  })
})

describe('classes, styles and ids in raw HTML', () => {
  const classesOf = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((el) => el.getAttribute('class') ?? '')

  it("keeps no layout class on raw HTML, only our blocks' classes", () => {
    const root = dom('<a class="fixed inset-0 site-header sidebar drawer search-panel skip-link" href="https://example.com">x</a>\n\n<div class="callout callout-tip badge-success page-grid">y</div>\n')
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com')
    expect(root.querySelector('a')?.hasAttribute('class')).toBe(false)
    expect(classesOf(root, 'div')).toEqual(['callout callout-tip badge-success'])
  })

  it("keeps other frameworks' screen-reader-only text hidden, as ours", () => {
    const root = dom('<p>Step 1 <span class="usa-sr-only">completed</span> <span class="visually-hidden extra">done</span> <span class="screen-reader-text">ok</span></p>\n')
    expect(classesOf(root, 'span')).toEqual(['sr-only', 'sr-only', 'sr-only'])
  })

  it('keeps the classes our own blocks make: admonitions, alerts, shortcodes, task lists, footnotes, code', () => {
    const body = [
      ':::note[Heads up]',
      'Inside.',
      ':::',
      '',
      '> [!WARNING]',
      '> Careful.',
      '',
      '{{< badge "New" "success" >}}',
      '',
      '- [x] done',
      '',
      'Text[^1].',
      '',
      '[^1]: Note.',
      '',
      '```js',
      'const a = 1',
      '```',
    ].join('\n')
    const root = dom(body, { directives: ADMONITION_HANDLERS, shortcodes: { mappings: {}, includes: {} } })
    expect(classesOf(root, '.callout')).toEqual(['callout callout-note', 'callout callout-warning'])
    expect(root.querySelectorAll('.callout-title').map((el) => el.text)).toEqual(['Heads up', 'Warning'])
    expect(classesOf(root, 'span.badge')).toEqual(['badge badge-success'])
    expect(classesOf(root, 'ul')).toEqual(['contains-task-list'])
    expect(classesOf(root, 'li.task-list-item')).toHaveLength(1)
    expect(classesOf(root, 'section.footnotes')).toHaveLength(1)
    expect(classesOf(root, 'a.data-footnote-backref')).toHaveLength(1)
    expect(classesOf(root, 'pre')).toEqual(['language-javascript'])
    expect(root.querySelectorAll('pre .token.keyword').map((el) => el.text)).toEqual(['const'])
  })

  it("allows none of the layout stylesheets' classes", () => {
    const layout = readdirSync('src/styles/global')
      .concat(readdirSync('src/styles/search').map((name) => `../search/${name}`))
      .flatMap((name) => [...readFileSync(`src/styles/global/${name}`, 'utf8').matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((m) => m[1]!))
    expect(layout.length).toBeGreaterThan(50)
    expect(layout.filter((name) => isContentClass(name) && name !== 'sr-only')).toEqual([])
  })

  it('drops style attributes', () => {
    const html = render('<p style="position:fixed;inset:0">x</p>\n\n<span style="color:red">y</span>\n').html
    expect(html).toBe('<p>x</p>\n<p><span>y</span></p>')
  })

  it("drops ids the site's layout uses, keeps others", () => {
    const root = dom('<div id="main">a</div>\n\n<div id="search-input">b</div>\n\n<div id="sb-0-1">c</div>\n\n<a name="site-sidebar">d</a>\n\n<div id="mainly">e</div>\n')
    expect(root.querySelectorAll('[id]').map((el) => el.id)).toEqual(['mainly'])
    // The anchor lost its name, and with no address it is its text.
    expect(root.querySelector('a')).toBeNull()
    expect(root.textContent).toContain('d')
  })

  it('lists every literal id the layout components give', () => {
    const sources = ['src/components', 'src/pages', 'src/templates'].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.tsx'))
        .map((name) => readFileSync(`${dir}/${name}`, 'utf8')),
    )
    const ids = sources.flatMap((text) => [...text.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!))
    expect(ids.length).toBeGreaterThan(3)
    expect(ids.filter((id) => !isSiteId(id))).toEqual([])
  })
})

describe('headings', () => {
  const page = render(['## Hello World', '', '## Hello World', '', '### Sub {#custom-id}', '', '#### Deep', '', '## Ünïcode Café ようこそ', '', '## `code` and **bold**'].join('\n'))
  const root = parse(page.html)

  it('gets GitHub-style ids, numbering duplicates', () => {
    expect(page.headings.map((h) => h.id)).toEqual(['hello-world', 'hello-world-1', 'custom-id', 'deep', 'ünïcode-café-ようこそ', 'code-and-bold'])
    expect(root.querySelector('h2#hello-world')).not.toBeNull()
    expect(root.querySelector('h2#hello-world-1')).not.toBeNull()
    expect(page.html).not.toContain('user-content-')
  })

  it('takes {#custom} ids out of the text', () => {
    const h3 = root.querySelector('h3')!
    expect(h3.getAttribute('id')).toBe('custom-id')
    expect(h3.text).toBe('Sub')
    expect(page.headings[2]).toEqual({ depth: 3, id: 'custom-id', text: 'Sub', line: 5 })
  })

  it('adds an anchor link next to each heading below h1', () => {
    const anchors = root.querySelectorAll('a.heading-anchor').map((a) => a.getAttribute('href'))
    expect(anchors).toEqual(['#hello-world', '#hello-world-1', '#custom-id', '#deep', '#ünïcode-café-ようこそ', '#code-and-bold'])
    expect(root.querySelector('h2')!.querySelector('a')).toBeNull()
  })

  it('lists h2 and h3 in the table of contents', () => {
    expect(page.toc).toEqual([
      { depth: 2, id: 'hello-world', text: 'Hello World' },
      { depth: 2, id: 'hello-world-1', text: 'Hello World' },
      { depth: 3, id: 'custom-id', text: 'Sub' },
      { depth: 2, id: 'ünïcode-café-ようこそ', text: 'Ünïcode Café ようこそ' },
      { depth: 2, id: 'code-and-bold', text: 'code and bold' },
    ])
  })

  it('takes any {#id} without spaces or braces, as markdown-it-attrs does (ids the 18F handbook links to)', () => {
    const attrs = render(
      '## \\#ttsc-help-wanted Slack channel {##ttsc-help-wanted-slack-channel}\n\n## 18F Delivery Assurance (aka TLC Crew) {#18f-delivery-assurance-(aka-tlc-crew)}\n\n## Not an id {#two words}\n',
    )
    expect(attrs.headings.map((h) => [h.id, h.text])).toEqual([
      ['#ttsc-help-wanted-slack-channel', '#ttsc-help-wanted Slack channel'],
      ['18f-delivery-assurance-(aka-tlc-crew)', '18F Delivery Assurance (aka TLC Crew)'],
      ['not-an-id-two-words', 'Not an id {#two words}'],
    ])
  })

  it('takes the id of an attribute list after a heading, as MkDocs (attr_list), kramdown and Hugo read one, and drops its classes', () => {
    const attrs = render('## Install { #setup .special }\n\n## Configure {: #config }\n\n## Styled {.wide data-x="1"}\n\n## Code { x }\n')
    expect(attrs.headings.map((h) => [h.id, h.text])).toEqual([
      ['setup', 'Install'],
      ['config', 'Configure'],
      ['styled', 'Styled'],
      ['code--x-', 'Code { x }'],
    ])
  })

  it('keeps the footnotes label out of the table of contents', () => {
    const withNote = render('## Section\n\nText[^n].\n\n[^n]: Note.\n')
    expect(withNote.toc.map((t) => t.text)).toEqual(['Section'])
  })

  it('keeps an id set in raw HTML', () => {
    const raw = render('<h2 id="raw">Raw</h2>\n')
    expect(raw.headings).toMatchObject([{ depth: 2, id: 'raw', text: 'Raw' }])
  })

  it('never gives an automatic id that an explicit id already has', () => {
    const cases: [string, string[]][] = [
      ['## Foo {#bar}\n\n## Bar\n', ['bar', 'bar-1']],
      ['## Bar\n\n## Foo {#bar}\n', ['bar-1', 'bar']],
      ['<h2 id="raw">Raw</h2>\n\n## Raw\n', ['raw', 'raw-1']],
      ['## Raw\n\n<h2 id="raw">Raw</h2>\n', ['raw-1', 'raw']],
      ['## Bar\n\n## Bar\n\n## X {#bar-1}\n\n## Bar\n', ['bar', 'bar-2', 'bar-1', 'bar-3']],
      ['## Foo\n\n## Foo\n\n## Foo\n', ['foo', 'foo-1', 'foo-2']],
    ]
    for (const [body, ids] of cases) {
      const page = render(body)
      expect(
        page.headings.map((h) => h.id),
        body,
      ).toEqual(ids)
      expect(
        page.toc.map((t) => t.id),
        body,
      ).toEqual(ids)
      const root = parse(page.html)
      expect(
        root.querySelectorAll('h2').map((h) => h.getAttribute('id')),
        body,
      ).toEqual(ids)
      expect(
        root.querySelectorAll('a.heading-anchor').map((a) => a.getAttribute('href')),
        body,
      ).toEqual(ids.map((id) => `#${id}`))
    }
  })
})

describe('code highlighting', () => {
  const samples: Record<string, string> = {
    bash: 'echo "hi" && ls -la $HOME',
    js: 'const x = 1; function f() { return "s" }',
    ts: 'const x: number = 1; interface A { b: string }',
    tsx: 'const C = () => <div className="a">{x}</div>',
    json: '{"a": 1, "b": [true, null]}',
    yaml: 'key: value\nlist:\n  - 1',
    python: 'def f(x):\n    return "s"  # c',
    go: 'package main\nfunc main() { fmt.Println("x") }',
    ruby: 'def f\n  puts "x"\nend',
    sql: 'SELECT * FROM t WHERE a = 1;',
    diff: '- old\n+ new',
    markdown: '# Title\n\n*em* `code`',
  }
  const body = Object.entries(samples)
    .map(([language, code]) => '```' + language + '\n' + code + '\n```\n')
    .join('\n')
  const root = dom(body)

  it.each(Object.keys(samples))('highlights %s at build time', (language) => {
    const pre = root.querySelector(`pre[data-language="${language}"]`)
    expect(pre).not.toBeNull()
    expect(pre!.querySelectorAll('span.token').length).toBeGreaterThan(0)
    expect(pre!.querySelector('code')!.text.trim()).toBe(samples[language])
  })

  it('names the language with Prism’s full name', () => {
    expect(root.querySelector('pre[data-language="js"]')?.getAttribute('class')).toBe('language-javascript')
    expect(root.querySelector('pre[data-language="ts"] code')?.getAttribute('class')).toBe('language-typescript')
  })

  it('renders an unknown language as plain, escaped text', () => {
    let html = ''
    expect(() => {
      html = render('```brainfudge\nplain <b>text</b>\n```\n').html
    }).not.toThrow()
    const pre = parse(html).querySelector('pre[data-language="brainfudge"]')
    expect(pre).not.toBeNull()
    expect(pre!.querySelectorAll('span.token')).toHaveLength(0)
    expect(pre!.querySelector('b')).toBeNull()
    expect(pre!.text.trim()).toBe('plain <b>text</b>')
  })

  it('leaves a fence without a language plain', () => {
    const pre = dom('```\nno language\n```\n').querySelector('pre')!
    expect(pre.querySelectorAll('span.token')).toHaveLength(0)
    expect(pre.hasAttribute('data-language')).toBe(false)
  })
})

describe('alerts', () => {
  it('turns > [!NOTE] into a callout', () => {
    const root = dom('> [!NOTE]\n> Useful information.\n')
    const callout = root.querySelector('div.callout.callout-note')
    expect(callout).not.toBeNull()
    expect(callout!.querySelector('.callout-title')?.text).toBe('Note')
    expect(callout!.text).toContain('Useful information.')
    expect(callout!.text).not.toContain('[!NOTE]')
    expect(root.querySelector('blockquote')).toBeNull()
  })

  it('accepts every kind, in any case', () => {
    for (const [marker, kind, title] of [
      ['[!tip]', 'tip', 'Tip'],
      ['[!Important]', 'important', 'Important'],
      ['[!WARNING]', 'warning', 'Warning'],
      ['[!CAUTION]', 'caution', 'Caution'],
    ] as const) {
      const callout = dom(`> ${marker}\n> Body.\n`).querySelector(`div.callout-${kind}`)
      expect(callout?.querySelector('.callout-title')?.text, marker).toBe(title)
    }
  })

  it('leaves a plain quote and an unknown marker as blockquotes', () => {
    expect(dom('> plain quote\n').querySelector('blockquote')?.text.trim()).toBe('plain quote')
    expect(dom('> [!FOO]\n> x\n').querySelector('.callout')).toBeNull()
  })
})

describe('the title heading', () => {
  it('in a GitBook page, takes a leading ## heading as the title and shows it once', () => {
    const page = render('<!-- note -->\n## The clinic dashboard\n\nBody.\n\n## Later\n', { sourceTool: 'gitbook' })
    expect(page.titleHeading).toBe('The clinic dashboard')
    expect(
      parse(page.html)
        .querySelectorAll('h2')
        .map((h) => h.text),
    ).toEqual(['Later'])
    // Not after text, not with a frontmatter title, not for other tools.
    expect(render('Intro.\n\n## Section\n', { sourceTool: 'gitbook' }).titleHeading).toBeUndefined()
    expect(render('## Section\n', { sourceTool: 'gitbook', frontmatterTitle: 'T' }).titleHeading).toBeUndefined()
    expect(render('## Section\n').titleHeading).toBeUndefined()
  })

  it("in a GitBook page, the summary's label is the title before a leading ## heading, which stays unless it says the same", () => {
    const other = render('## What a clinic receives\n\nBody.\n', { sourceTool: 'gitbook', navigationTitle: 'Monthly reports' })
    expect(other.titleHeading).toBeUndefined()
    expect(parse(other.html).querySelector('h2')?.text).toBe('What a clinic receives')
    const same = render('## Monthly reports.\n\nBody.\n', { sourceTool: 'gitbook', navigationTitle: 'monthly reports' })
    expect(same.titleHeading).toBe('Monthly reports.')
    expect(parse(same.html).querySelector('h2')).toBeNull()
    // A # heading is the title whatever the label.
    expect(render('# Reports\n\nBody.\n', { sourceTool: 'gitbook', navigationTitle: 'Monthly reports' }).titleHeading).toBe('Reports')
  })

  it('takes the first H1 as the title when the frontmatter gives none, and removes it', () => {
    const page = render('# Management\n\nBody text.\n')
    expect(page.titleHeading).toBe('Management')
    expect(parse(page.html).querySelector('h1')).toBeNull()
  })

  it('takes the heading as written: no re-casing of a lowercase first heading (issue 29)', () => {
    expect(render('# how we hire\n\nBody text.\n').titleHeading).toBe('how we hire')
    expect(render('# iOS *and* macOS releases\n').titleHeading).toBe('iOS and macOS releases')
  })

  it('with showTitle: false (keepTitleHeading), keeps the H1 it takes the title from, or one that repeats the title, in the body', () => {
    const taken = render('# Careers\n\nBody text.\n', { keepTitleHeading: true })
    expect(taken.titleHeading).toBe('Careers')
    expect(parse(taken.html).querySelector('h1')?.text).toBe('Careers')
    expect(taken.headings.map((h) => [h.depth, h.text])).toEqual([[1, 'Careers']])
    const repeated = render('# Careers\n\nBody text.\n', { frontmatterTitle: 'Careers', keepTitleHeading: true })
    expect(parse(repeated.html).querySelector('h1')?.text).toBe('Careers')
    // Without it, the repeat is removed as before.
    expect(parse(render('# Careers\n\nBody text.\n', { frontmatterTitle: 'Careers' }).html).querySelector('h1')).toBeNull()
  })

  it('does not render a leading H1 twice when it says the frontmatter title', () => {
    for (const heading of ['# Values', '# values.', '<!-- note -->\n# Values']) {
      const page = render(`${heading}\n\nBody text.\n`, { frontmatterTitle: 'Values' })
      expect(parse(page.html).querySelectorAll('h1'), heading).toHaveLength(0)
    }
  })

  it('keeps an H1 that differs from the frontmatter title', () => {
    const page = render('# Other\n\nBody text.\n', { frontmatterTitle: 'Values' })
    expect(parse(page.html).querySelector('h1')?.text).toBe('Other')
  })

  it('keeps an H1 equal to the title that comes after content', () => {
    const page = render('Intro paragraph.\n\n# Values\n\nMore.\n', { frontmatterTitle: 'Values' })
    expect(parse(page.html).querySelectorAll('h1')).toHaveLength(1)
  })
})

describe('links', () => {
  const page = render('[s](structure) [v](../values.md#x) [c](bands.csv) [e](https://e.org) [m](mailto:a@b.c) [h](#top) [b](nope) [own](https://handbook.example.com/handbook/people/compensation)\n')
  const hrefs = parse(page.html)
    .querySelectorAll('a')
    .map((a) => a.getAttribute('href'))

  it('rewrites relative links to page URLs with the href prefix', () => {
    expect(hrefs).toEqual(['/handbook/company/structure', '/handbook/values#x', '/handbook/company/bands.csv', 'https://e.org', 'mailto:a@b.c', '#top', 'nope', '/handbook/people/compensation'])
  })

  it('records each link with its target and position', () => {
    expect(page.links.map((l) => [l.href, l.target.kind])).toEqual([
      ['structure', 'page'],
      ['../values.md#x', 'page'],
      ['bands.csv', 'file'],
      ['https://e.org', 'external'],
      ['mailto:a@b.c', 'other'],
      ['#top', 'same-page'],
      ['nope', 'broken'],
      ['https://handbook.example.com/handbook/people/compensation', 'page'],
    ])
    expect(page.links[0]).toMatchObject({ line: 1, column: 1, embedded: false })
  })

  it('uses no prefix when the href prefix is empty', () => {
    const html = render('[v](../values.md)\n', {
      link: { from, index, site: { siteUrl: 'https://handbook.example.com', pathPrefix: '' }, hrefPrefix: '' },
    }).html
    expect(parse(html).querySelector('a')?.getAttribute('href')).toBe('/values')
  })

  it('records images as embedded, with their alt text', () => {
    const images = render('![Chart](x.png)\n\n<img src="x.png">\n').links
    expect(images).toMatchObject([
      { href: 'x.png', embedded: true, alt: 'Chart', target: { kind: 'file', sourcePath: 'company/x.png' } },
      { href: 'x.png', embedded: true, alt: '' },
    ])
  })

  it('reports link lines as in the file when the frontmatter was blanked', () => {
    const links = render('\n\n\n\n[v](../values.md)\n').links
    expect(links[0]?.line).toBe(5)
  })
})

describe('excerpt', () => {
  it('is the first paragraph of 20 characters or more, as plain text', () => {
    expect(render('# T\n\nShort.\n\nThe first *real* paragraph of the page.\n').excerpt).toBe('The first real paragraph of the page.')
  })

  it('is cut at a word near 200 characters', () => {
    const excerpt = render('word '.repeat(80)).excerpt
    expect(excerpt.endsWith('…')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(201)
    expect(excerpt).not.toMatch(/wor…$/)
  })
})

/** The route manifest of the .mdx page at /content/company/management.mdx, on a site under /handbook. */
const prefixedManifest: RouteManifest = {
  people: NO_PEOPLE,
  site: { siteUrl: 'https://handbook.example.com', pathPrefix: '/handbook' },
  hrefPrefix: '/handbook',
  routes,
  files: [...files],
  mdx: { '/content/company/management.mdx': { sourcePath: from.sourcePath, url: from.url } },
}

describe('.mdx pages', () => {
  it('reads title, headings and links without rendering HTML', () => {
    const page = render('# MDX Title\n\n<Callout kind="note">Hi</Callout>\n\n## Section\n\n[c](structure.md) ![i](x.png)\n\nexport const a = 1\n', {
      format: 'mdx',
    })
    expect(page.html).toBe('')
    expect(page.titleHeading).toBe('MDX Title')
    expect(page.headings).toEqual([{ depth: 2, id: 'section', text: 'Section', line: 5 }])
    expect(page.links.map((l) => [l.href, l.target.kind, l.embedded])).toEqual([
      ['structure.md', 'page', false],
      ['x.png', 'file', true],
    ])
  })

  it('reads the heading ids, links and anchors the MDX compiler gives the page', async () => {
    const body = [
      '# Title',
      '',
      '## Dup',
      '',
      '## Dup',
      '',
      '## Hello {1 + 1} <span>inline</span>',
      '',
      '<Callout title="x">',
      '',
      '## Inside a component',
      '',
      'See [ref][r], [again][r] and ![i](x.png).',
      '',
      '</Callout>',
      '',
      '[r]: structure.md#part',
      '',
      'A footnote[^n] and [home](../README.md).',
      '',
      '[^n]: The note.',
      '',
    ].join('\n')
    const read = render(body, { format: 'mdx' })
    const plugins = handbookMdxPlugins(() => prefixedManifest)
    const compiled = { ids: [] as string[], hrefs: [] as string[] }
    const capture = () => (tree: HastRoot) =>
      visit(tree, 'element', (node) => {
        if (typeof node.properties?.id === 'string') compiled.ids.push(node.properties.id)
        const href = node.properties?.href ?? node.properties?.src
        if (typeof href === 'string' && !node.properties?.className?.toString().includes('heading-anchor')) compiled.hrefs.push(href)
      })
    await compile(
      { value: body, path: '/content/company/management.mdx' },
      { remarkPlugins: plugins.remarkPlugins, rehypePlugins: [...plugins.rehypePlugins, capture], remarkRehypeOptions: plugins.remarkRehypeOptions },
    )
    expect(read.anchors).toEqual(compiled.ids)
    expect(read.headings.map((h) => h.id)).toEqual(['dup', 'dup-1', 'hello-inline', 'inside-a-component'])
    expect(read.links.map((l) => l.href)).toEqual(['structure.md#part', 'structure.md#part', 'x.png', '#fn-n', '../README.md', '#fnref-n'])
    // The compiled page has the links rewritten, from the same uses.
    expect(compiled.hrefs).toEqual(['/handbook/company/structure#part', '/handbook/company/structure#part', '/handbook/company/x.png', '#fn-n', '/handbook/', '#fnref-n'])
  })

  it('with showTitle: false, the compiled page keeps the # heading its title is taken from, as its read does', async () => {
    const body = '# Careers\n\nWe are hiring.\n'
    const read = render(body, { format: 'mdx', keepTitleHeading: true })
    expect(read.titleHeading).toBe('Careers')
    expect(read.headings.map((h) => [h.depth, h.text])).toEqual([[1, 'Careers']])
    const h1s = async (keepTitleHeading: boolean) => {
      const entry = { sourcePath: from.sourcePath, url: from.url, ...(keepTitleHeading ? { keepTitleHeading: true as const } : {}) }
      const manifest: RouteManifest = { people: NO_PEOPLE, site: { siteUrl: 'https://handbook.example.com', pathPrefix: '' }, hrefPrefix: '', routes, files: [...files], mdx: { '/content/careers.mdx': entry } }
      const plugins = handbookMdxPlugins(() => manifest)
      const found: string[] = []
      const capture = () => (tree: HastRoot) => visit(tree, 'element', (node) => void (node.tagName === 'h1' && found.push(node.tagName)))
      await compile({ value: body, path: '/content/careers.mdx' }, { remarkPlugins: plugins.remarkPlugins, rehypePlugins: [...plugins.rehypePlugins, capture], remarkRehypeOptions: plugins.remarkRehypeOptions })
      return found.length
    }
    expect(await h1s(true)).toBe(1)
    expect(await h1s(false)).toBe(0)
  })

  it("reads, checks and rewrites the links of .mdx JSX HTML elements as Markdown's (a component's props are its own)", async () => {
    const body = ['# Page', '', '<img src="/company/x.png" alt="X" />', '', '<img src="/images/gone.png" alt="" />', '', '<a href="structure">Structure</a> and <Card href="values" />', ''].join('\n')
    const read = render(body, { format: 'mdx' })
    expect(read.links.map((l) => [l.href, l.target.kind, l.embedded, l.line, l.alt])).toEqual([
      ['/company/x.png', 'file', true, 3, 'X'],
      ['/images/gone.png', 'broken', true, 5, ''],
      ['structure', 'page', false, 7, undefined],
    ])
    expect(read.links[1]!.target).toEqual({ kind: 'broken', href: '/images/gone.png', reason: 'no file at /images/gone.png in the content folder or static/' })
    const plugins = handbookMdxPlugins(() => prefixedManifest)
    const compiled = String(await compile({ value: body, path: '/content/company/management.mdx' }, { ...plugins, development: false }))
    // The compiled page links where the Markdown would: the site's path prefix, the page's URL.
    expect(compiled).toContain('src: "/handbook/company/x.png"')
    expect(compiled).toContain('href: "/handbook/company/structure"')
    expect(compiled).toContain('href: "values"')
  })

  it('throws on an MDX syntax error, with its position', () => {
    let caught: unknown
    try {
      render('# T\n\nHello {oops\n', { format: 'mdx' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeDefined()
    expect((caught as { line?: number }).line).toBe(3)
  })

  it('renders the same text as plain .md without error', () => {
    expect(parse(render('Hello {oops\n').html).text).toContain('Hello {oops')
  })
})

describe('directives (RenderInput.directives)', () => {
  const handlers = new Map([['person', () => ({ nodes: [{ type: 'element' as const, tagName: 'strong', properties: {}, children: [{ type: 'text' as const, value: 'Jane' }] }] })]])
  const body = 'At 10:30 ask :person[jane] (n:th, TODO:fix, :tada:).\n\nmailto:jane@example.com and ::: note\n'

  it('without handlers renders every directive as the text written, as before', () => {
    const page = render(body)
    expect(page.html).toBe('<p>At 10:30 ask :person[jane] (n:th, TODO:fix, :tada:).</p>\n<p>mailto:<a href="mailto:jane@example.com">jane@example.com</a> and ::: note</p>')
    expect(page.problems).toBeUndefined()
  })

  it('with a handler replaces only its directive', () => {
    expect(render(body, { directives: handlers }).html).toBe(render(body).html.replace(':person[jane]', '<strong>Jane</strong>'))
  })
})

describe('anchors written in raw HTML', () => {
  it('keeps <a name> as written and lists it as a link target, like GitHub', () => {
    const page = renderPage({
      body: '## <a name="ref"></a>Combining schemas\n\nSee [above](#ref).\n',
      format: 'md',
      link: { from: { sourcePath: 'a.md', url: '/a' }, index: createLinkIndex([{ sourcePath: 'a.md', url: '/a' }], () => false), site: { siteUrl: 'https://x.test', pathPrefix: '' }, hrefPrefix: '' },
      iframeHosts: [],
    })
    expect(page.html).toContain('<a name="ref"></a>')
    expect(page.anchors).toEqual(expect.arrayContaining(['ref', 'combining-schemas']))
  })
})
